/**
 * The cached source calls the service is made of: each goes through the cache (TTL + stale-while-revalidate)
 * and then the polite queues. Batch calls (Wikidata) read what is cached and fetch only the rest, ≤ 50 per call.
 * Created with `network: false`, they only read the cache (any age) and never call a client: nothing is sent.
 */
import type { Cache, Provenance } from './cache';
import type { GdeltClient } from './gdelt';
import type { GoogleNewsClient } from './googlenews';
import { urlKey } from './gdelt-parse';
import type { CoverageItem, VolumeSeries } from './gdelt-parse';
import { fail, ok } from './types';
import type { KnowledgeResult } from './types';
import type { EntityProp, WikidataClient, WikidataEntity } from './wikidata';
import { labelOf } from './wikidata';
import type { WikipediaCandidate, WikipediaClient, WikipediaSummary } from './wikipedia';

export type Piece<T> = KnowledgeResult<T> & { from?: Provenance };

const FULL_PROPS: EntityProp[] = ['labels', 'descriptions', 'aliases', 'claims', 'sitelinks'];

export interface Sources {
  search(name: string): Promise<Piece<WikipediaCandidate[]>>;
  summary(title: string): Promise<Piece<WikipediaSummary>>;
  /** Wikidata items matching a name (label or alias), for names Wikipedia has no article for. */
  items(name: string): Promise<Piece<string[]>>;
  entities(ids: readonly string[]): Promise<Piece<Record<string, WikidataEntity>>>;
  labels(ids: readonly string[]): Promise<Piece<Record<string, string>>>;
  articles(query: string, excludeUrl?: string | null): Promise<Piece<CoverageItem[]>>;
  volume(query: string): Promise<Piece<VolumeSeries>>;
  /** Google News items for a query ("disabled" without a client: the reader did not switch it on). */
  googleNews(query: string): Promise<Piece<CoverageItem[]>>;
  /** Resolves when background refreshes of stale entries are stored. */
  settled(): Promise<void>;
}

export interface SourcesDeps {
  cache: Cache;
  wikipedia: WikipediaClient;
  wikidata: WikidataClient;
  gdelt: GdeltClient;
  googleNews?: GoogleNewsClient;
  lang: string;
  now: () => number;
  /** False: read the cache only (what is not there is `not-cached`); nothing goes to the sources. Default true. */
  network?: boolean;
}

export function createSources(deps: SourcesDeps): Sources {
  const { cache, wikipedia, wikidata, gdelt, lang, now } = deps;
  const network = deps.network !== false;
  const options = { network };
  const pending: Array<Promise<void>> = [];
  const track = <T>(loaded: { result: KnowledgeResult<T>; from?: Provenance; revalidation?: Promise<void> }): Piece<T> => {
    if (loaded.revalidation) pending.push(loaded.revalidation);
    return loaded.from ? { ...loaded.result, from: loaded.from } : loaded.result;
  };

  /** Per-id cache in front of a batched fetch: only ids not fresh in the cache are requested. */
  async function batched<T>(source: 'wikidata-entity' | 'wikidata-labels', ids: readonly string[], fetchMany: (missing: string[]) => Promise<KnowledgeResult<Record<string, T>>>): Promise<Piece<Record<string, T>>> {
    const out: Record<string, T> = {};
    const missing: string[] = [];
    let from: Provenance = 'fresh';
    if (!network) return cachedOnly(source, ids);
    for (const id of new Set(ids)) {
      const cached = await cache.read<T | null>(source, `${lang}:${id}`);
      if (cached.state === 'fresh' || cached.state === 'stale') {
        if (cached.value !== null && cached.value !== undefined) out[id] = cached.value;
        if (cached.state === 'stale') missing.push(id);
      } else missing.push(id);
    }
    if (missing.length === 0) return { ...ok(out), from };
    const fetched = await fetchMany(missing);
    if (!fetched.ok) return Object.keys(out).length > 0 ? { ...ok(out), from: 'stale' } : fetched;
    from = 'network';
    for (const id of missing) {
      const value = fetched.value[id];
      // Remember "no such item" too (null), so it is not asked again within the TTL.
      await cache.write(source, `${lang}:${id}`, value ?? null);
      if (value !== undefined) out[id] = value;
    }
    return { ...ok(out), from };
  }

  /** Cache-only batch: every id on the device, whatever its age; `not-cached` when none of them is. */
  async function cachedOnly<T>(source: 'wikidata-entity' | 'wikidata-labels', ids: readonly string[]): Promise<Piece<Record<string, T>>> {
    const out: Record<string, T> = {};
    const ages = new Set<Provenance>();
    for (const id of new Set(ids)) {
      const cached = await cache.read<T | null>(source, `${lang}:${id}`);
      if (cached.state === 'miss') continue;
      ages.add(cached.state);
      if (cached.value !== null && cached.value !== undefined) out[id] = cached.value;
    }
    if (ages.size === 0 && ids.length > 0) return fail('not-cached');
    const from: Provenance = ages.has('expired') ? 'expired' : ages.has('stale') ? 'stale' : 'fresh';
    return { ...ok(out), from };
  }

  return {
    search: async (name) => track(await cache.getOrLoad('wikipedia-search', `${lang}:${name}`, () => wikipedia.search(name), options)),
    summary: async (title) => track(await cache.getOrLoad('wikipedia-summary', `${lang}:${title}`, () => wikipedia.summary(title), options)),
    items: async (name) => track(await cache.getOrLoad('wikidata-search', `${lang}:${name}`, () => wikidata.search(name), options)),
    entities: (ids) => batched<WikidataEntity>('wikidata-entity', ids, (missing) => wikidata.entities(missing, FULL_PROPS)),
    labels: (ids) =>
      batched<string>('wikidata-labels', ids, async (missing) => {
        const result = await wikidata.entities(missing, ['labels']);
        if (!result.ok) return result;
        const labels: Record<string, string> = {};
        for (const [id, entity] of Object.entries(result.value)) {
          const label = labelOf(entity, lang);
          if (label) labels[id] = label;
        }
        return ok(labels);
      }),
    articles: async (query, excludeUrl) => {
      // The cache holds GDELT's list; the article itself is removed after reading, so its URL is not in any key.
      const piece = track(await cache.getOrLoad('gdelt-artlist', query, () => gdelt.articles(query), options));
      if (!piece.ok || !excludeUrl) return piece;

      const own = urlKey(excludeUrl);
      return { ...ok(piece.value.filter((item) => urlKey(item.url) !== own)), ...(piece.from ? { from: piece.from } : {}) };
    },
    volume: async (query) => track(await cache.getOrLoad('gdelt-timeline', query, () => gdelt.volume(query, now()), options)),
    // The feed's language and region follow the article's language: part of the key.
    googleNews: async (query) => {
      const client = deps.googleNews;
      return client ? track(await cache.getOrLoad('google-news', `${lang}:${query}`, () => client.articles(query), options)) : fail('disabled');
    },
    settled: async () => {
      while (pending.length > 0) await Promise.all(pending.splice(0));
    },
  };
}
