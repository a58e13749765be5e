/**
 * Backstory's background knowledge: who a person or organization is (Wikipedia), a dated timeline and the facts
 * true when the article was published (Wikidata), and related coverage with its volume (GDELT).
 *
 * ## What leaves the device
 * Only entity **names** (Wikipedia search, GDELT queries — a short name may be narrowed with another entity's
 * name), Wikidata **ids** and Wikipedia **titles**. Never the article's text or sentences, never the page URL:
 * `context.contextWords` are used only for local scoring, `context.articleUrl` only to drop the article itself
 * from the coverage list after it arrived, and `context.articleDate` only to place the article on the timeline.
 * Requests to Wikimedia carry an `Api-User-Agent` naming Backstory; none carries cookies or ids of the reader.
 * A unit test (index.test.ts) checks every request URL of a whole lookup against the seed article.
 * With `{ network: false }` a lookup reads only the device's cache and sends nothing at all (on-demand mode).
 *
 * Everything is injected (`fetch`, clock, store): the module runs the same in the extension's background, in
 * the CLI and in tests, and can be pointed at the fixture server (`endpoints`).
 */
import { createCache } from './cache';
import { toLinkCandidate } from './candidates';
import { fromEpoch, fromIso } from './dates';
import { mergeCoverage } from './coverage-merge';
import { createGdeltClient, entityQuery, storyQuery } from './gdelt';
import { createGoogleNewsClient, createGoogleNewsQueue } from './googlenews';
import { applyCorrection, correctionKey, linkAll } from './linking';
import type { Correction, LinkCandidate, LinkResult, MentionCandidates } from './linking';
import { createGdeltQueue, createWikimediaQueue } from './request-queue';
import { createSources } from './sources';
import type { Piece, Sources } from './sources';
import type { KeyValueStore } from './store';
import { asOf, buildTimeline, extractFacts, referencedIds, termIds } from './timeline';
import type { AsOf, Timeline } from './timeline';
import { DEFAULT_ENDPOINTS, fail, ok, realSleep, wikiLang, wikipediaOrigin } from './types';
import type { Endpoints, FetchLike, Sleep } from './types';
import { createWikidataClient } from './wikidata';
import { createWikipediaClient } from './wikipedia';
import type { WikipediaSummary } from './wikipedia';
import type { CoverageItem, VolumeSeries } from './gdelt-parse';

export type { AsOf, AsOfFact, Timeline, TimelineEvent, TimelineKind, UndatedFact } from './timeline';
export type { Correction, LinkResult, ScoredCandidate, Features } from './linking';
export type { CoverageItem, VolumeSeries } from './gdelt-parse';
export type { WikipediaSummary, Thumbnail } from './wikipedia';
export type { FuzzyDate, Precision } from './dates';
export type { KnowledgeError, Endpoints, FetchLike } from './types';
export type { Piece } from './sources';
export type { Provenance } from './cache';
export type { KeyValueStore } from './store';
export { createMemoryStore } from './store';
export { openIdbStore } from './idb-store';
export { DEFAULT_ENDPOINTS, endpointsAt, fail } from './types';
export { LINK_THRESHOLD } from './linking';

/** Other entities used for coherence: the most salient few; more would cost requests for little gain. */
export const MAX_COHERENCE_PEERS = 4;
const CORRECTIONS_KEY = 'knowledge/corrections';

/** The part of an article entity the lookup needs (lib/entities `Entity` fits). */
export interface EntityRef {
  id: string;
  name: string;
  type: 'PER' | 'ORG';
}

export interface LookupContext {
  /** Words of the article for local scoring only — never sent. */
  contextWords: readonly string[];
  /** Publication date (ISO 8601), placed on the timeline and used for "as of this article". */
  articleDate?: string | null;
  /** The page URL, only to drop the article from its own coverage list — never sent. */
  articleUrl?: string | null;
  /**
   * The article's headline, only to drop its copies from its own coverage list — never sent. Google News links are
   * opaque redirects, so its copy of the article is recognised by its title alone.
   */
  articleTitle?: string | null;
  /** The article's other entities, most salient first (coherence, GDELT context for short names). */
  others?: readonly EntityRef[];
}

/** What identifies the article itself in its coverage lists (compared on the device, never sent). */
export type OwnArticle = Pick<LookupContext, 'articleUrl' | 'articleTitle'>;

/** Everything the panel shows for one entity; each piece fails on its own, so partial data can be shown. */
export interface EntityKnowledge {
  entity: EntityRef;
  link: Piece<LinkResult>;
  summary: Piece<WikipediaSummary>;
  timeline: Piece<Timeline>;
  asOf: Piece<AsOf>;
  coverage: Piece<CoverageItem[]>;
  volume: Piece<VolumeSeries>;
}

export interface KnowledgeServiceOptions {
  fetch: FetchLike;
  now: () => number;
  store: KeyValueStore;
  /** The article's language (BCP 47); Wikipedia of that language, labels with fallback to `mul`/English. */
  lang: string;
  endpoints?: Partial<Endpoints>;
  sleep?: Sleep;
  /** GDELT related coverage; false skips it (pieces answer "disabled"). */
  coverage?: boolean;
  /** Google News RSS merged into related coverage (off unless true; never when `coverage` is false). */
  googleNews?: boolean;
}

/**
 * `network: false`: only what is in the device's cache (fresh, stale or expired, none of it refreshed); what is
 * not there is the failure `not-cached`. Nothing is sent. For the reader who looks names up only when asking.
 */
export interface LookupOptions {
  network?: boolean;
}

export interface KnowledgeService {
  lookupEntity(entity: EntityRef, context: LookupContext, options?: LookupOptions): Promise<EntityKnowledge>;
  /** Coverage of the story: the article's top entities together. */
  storyCoverage(entities: readonly EntityRef[], context: OwnArticle, options?: LookupOptions): Promise<Piece<CoverageItem[]>>;
  /** Stores the reader's choice for this name (qid null = "none of these"); used by every later lookup. */
  correct(entity: Pick<EntityRef, 'name' | 'type'>, correction: Correction): Promise<void>;
  /** Resolves when background refreshes of stale cache entries are done (tests, CLI). */
  settled(): Promise<void>;
}

/**
 * Whether an answer read from the device only leaves something to ask the sources for: a piece not on the device,
 * or one past its freshness (it is not refreshed without asking).
 */
export function partlyOnDevice(knowledge: EntityKnowledge): boolean {
  return [knowledge.link, knowledge.summary, knowledge.timeline, knowledge.coverage, knowledge.volume].some(
    (piece) => (!piece.ok && piece.error === 'not-cached') || piece.from === 'stale' || piece.from === 'expired',
  );
}

export function createKnowledgeService(options: KnowledgeServiceOptions): KnowledgeService {
  const { fetch, now, store } = options;
  const lang = wikiLang(options.lang);
  const sleep = options.sleep ?? realSleep;
  const endpoints: Endpoints = { ...DEFAULT_ENDPOINTS, ...options.endpoints };
  const wikimedia = createWikimediaQueue({ fetch, now, sleep });
  const deps = {
    cache: createCache({ store, now }),
    wikipedia: createWikipediaClient(wikimedia, wikipediaOrigin(endpoints, lang)),
    wikidata: createWikidataClient(wikimedia, endpoints.wikidata.replace(/\/+$/, ''), lang),
    gdelt: createGdeltClient(createGdeltQueue({ fetch, now, sleep, store }), endpoints.gdelt),
    ...(options.googleNews === true ? { googleNews: createGoogleNewsClient(createGoogleNewsQueue({ fetch, now, sleep, store }), endpoints.googleNews, options.lang) } : {}),
    lang,
    now,
  };
  // One cache, two ways to use it: with the network, and reading the device only (the reader has not asked).
  const online = createSources(deps);
  const onDevice = createSources({ ...deps, network: false });
  const shared = { lang, now, store, coverage: options.coverage !== false, googleNews: options.googleNews === true };
  const withNetwork = createLookups(online, shared);
  const deviceOnly = createLookups(onDevice, shared);
  const pick = (network: boolean | undefined) => (network === false ? deviceOnly : withNetwork);

  return {
    lookupEntity: (entity, context, how = {}) => pick(how.network).lookupEntity(entity, context),
    storyCoverage: (entities, context, how = {}) => pick(how.network).storyCoverage(entities, context),
    async correct(entity, correction) {
      const corrections = ((await store.get(CORRECTIONS_KEY)) ?? {}) as Record<string, Correction>;
      corrections[correctionKey(entity)] = correction;
      await store.set(CORRECTIONS_KEY, corrections);
    },
    settled: () => online.settled(),
  };
}

/** The lookups over one set of sources (with the network, or the device's cache only). */
function createLookups(sources: Sources, options: { lang: string; now: () => number; store: KeyValueStore; coverage: boolean; googleNews: boolean }) {
  const { lang, now, store } = options;

  async function candidatesFor(entity: EntityRef): Promise<Piece<MentionCandidates>> {
    const mention = { key: entity.id, name: entity.name, type: entity.type };
    const hits = await sources.search(entity.name);
    if (!hits.ok) return hits;
    const items = await sources.entities(hits.value.map((h) => h.qid).filter((q): q is string => Boolean(q)));
    // Without Wikidata the candidates still carry Wikipedia's title, rank and description.
    const entities = items.ok ? items.value : {};
    const candidates = hits.value
      .map((hit) => toLinkCandidate(hit, hit.qid ? entities[hit.qid] : undefined, lang))
      .filter((c): c is LinkCandidate => c !== null);
    if (candidates.length > 0) return { ...ok({ mention, candidates }), ...(hits.from ? { from: hits.from } : {}) };
    // No Wikipedia article for the name: Wikidata's label and alias search is the second source of candidates
    // (items without an article in the reader's language). Its ranking is weak; the scorer decides.
    const found = await wikidataCandidates(entity.name);
    return { ...ok({ mention, candidates: found }), ...(hits.from ? { from: hits.from } : {}) };
  }

  async function wikidataCandidates(name: string): Promise<LinkCandidate[]> {
    const ids = await sources.items(name);
    if (!ids.ok || ids.value.length === 0) return [];
    const items = await sources.entities(ids.value);
    if (!items.ok) return [];
    return ids.value.flatMap((qid, index) => {
      const candidate = toLinkCandidate(undefined, items.value[qid], lang);
      return candidate ? [{ ...candidate, searchRank: index + 1 }] : [];
    });
  }

  async function link(entity: EntityRef, context: LookupContext): Promise<Piece<LinkResult>> {
    const own = await candidatesFor(entity);
    if (!own.ok) return own;
    const peers = await Promise.all((context.others ?? []).filter((o) => o.id !== entity.id).slice(0, MAX_COHERENCE_PEERS).map(candidatesFor));
    const items = [own.value, ...peers.flatMap((p) => (p.ok ? [p.value] : []))];
    const automatic = linkAll(items, { contextWords: context.contextWords, articleDate: fromIso(context.articleDate) })[entity.id] ?? { status: 'not-found' };
    const corrections = ((await store.get(CORRECTIONS_KEY)) ?? {}) as Record<string, Correction>;
    return { ...ok(applyCorrection(automatic, corrections[correctionKey(entity)])), ...(own.from ? { from: own.from } : {}) };
  }

  async function timelineFor(qid: string, articleDate: string | null | undefined): Promise<Piece<Timeline>> {
    const main = await sources.entities([qid]);
    if (!main.ok) return main;
    const entity = main.value[qid];
    if (!entity) return fail('not-found', qid);
    const facts = extractFacts(entity);
    const terms = termIds(facts);
    const termEntities = terms.length > 0 ? await sources.entities(terms) : ok({});
    const labels = await sources.labels(referencedIds(facts));
    return {
      ...ok(buildTimeline(entity, { labels: labels.ok ? labels.value : {}, terms: termEntities.ok ? termEntities.value : {}, articleDate: fromIso(articleDate) })),
      ...(main.from ? { from: main.from } : {}),
    };
  }

  /** GDELT's items, with Google News's merged in when the reader switched it on (each index fails on its own). */
  async function relatedCoverage(query: string, own: OwnArticle): Promise<{ merged: Piece<CoverageItem[]>; gdelt: Piece<CoverageItem[]> }> {
    if (!options.googleNews) {
      const gdelt = await sources.articles(query, own.articleUrl);
      return { merged: gdelt, gdelt };
    }
    const [gdelt, google] = await Promise.all([sources.articles(query), sources.googleNews(query)]);
    return { merged: mergeCoverage(gdelt, google, { url: own.articleUrl, title: own.articleTitle }), gdelt };
  }

  async function coverageFor(entity: EntityRef, label: string | undefined, context: LookupContext): Promise<[Piece<CoverageItem[]>, Piece<VolumeSeries>]> {
    if (!options.coverage) return [fail('disabled'), fail('disabled')];
    const query = entityQuery({ name: entity.name, ...(label ? { longName: label } : {}), context: (context.others ?? []).map((o) => o.name) });
    const { merged, gdelt } = await relatedCoverage(query, context);
    // After a rate limit the queue is cooling down: asking again now would only extend it.
    const volume = !gdelt.ok && (gdelt.error === 'rate-limited' || gdelt.error === 'delayed') ? fail(gdelt.error, gdelt.detail) : await sources.volume(query);
    return [merged, volume];
  }

  return {
    async lookupEntity(entity: EntityRef, context: LookupContext): Promise<EntityKnowledge> {
      const linked = await link(entity, context);
      const result = linked.ok ? linked.value : null;
      const notLinked = fail(linked.ok ? 'not-linked' : linked.error, linked.ok ? result?.status : linked.detail);
      const qid = result?.status === 'linked' ? result.qid : null;
      const title = result?.status === 'linked' ? result.title : undefined;
      const label = result?.status === 'linked' ? result.label : undefined;
      const [summary, timeline, [coverage, volume]] = await Promise.all([
        title ? sources.summary(title) : qid ? Promise.resolve(fail('not-found', 'no Wikipedia article in this language')) : Promise.resolve(notLinked),
        qid ? timelineFor(qid, context.articleDate) : Promise.resolve(notLinked),
        coverageFor(entity, label, context),
      ]);
      const date = fromIso(context.articleDate) ?? fromEpoch(now());
      const facts: Piece<AsOf> = timeline.ok ? ok(asOf(timeline.value, date)) : timeline;
      return { entity, link: linked, summary, timeline, asOf: facts, coverage, volume };
    },
    async storyCoverage(entities: readonly EntityRef[], context: OwnArticle): Promise<Piece<CoverageItem[]>> {
      if (!options.coverage) return fail('disabled');
      const query = storyQuery(entities.map((e) => ({ name: e.name })));
      return query ? (await relatedCoverage(query, context)).merged : ok([]);
    },
  };
}
