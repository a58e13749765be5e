/**
 * Response cache: a time-to-live per source with stale-while-revalidate, capped in size with LRU-ish eviction,
 * behind a KeyValueStore (IndexedDB in the extension). All decisions come from the injected clock.
 *
 *   age < fresh            → "fresh": use it, no request (a second visit makes no network request)
 *   fresh ≤ age < fresh+stale → "stale": use it now, refresh in the background
 *   older                  → "expired": fetch; if the fetch fails, the expired value is still better than nothing
 *
 * Without network (`{ network: false }`: the reader looks names up only when asking, and has not asked) the cache
 * is only read: a fresh or stale value is served as it is (a stale one is not refreshed), an expired answer as when
 * the network failed, and anything else is the failure `not-cached` — nothing is requested.
 */
import type { KeyValueStore } from './store';
import type { KnowledgeError, Result } from './types';

export type CacheSource =
  | 'wikipedia-search'
  | 'wikipedia-summary'
  | 'wikidata-search'
  | 'wikidata-entity'
  | 'wikidata-labels'
  | 'gdelt-artlist'
  | 'gdelt-timeline'
  | 'google-news';

export interface CachePolicy {
  /** Served without any request for this long after it was stored. */
  freshMs: number;
  /** Then served while a background refresh runs, for this much longer. */
  staleMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** TTLs per source; docs/knowledge.md has the table with the reasons. */
export const CACHE_POLICY: Readonly<Record<CacheSource, CachePolicy>> = {
  // Search ranking and page summaries change slowly; Wikimedia asks clients to cache (≥ 24 h).
  'wikipedia-search': { freshMs: DAY, staleMs: 6 * DAY },
  'wikipedia-summary': { freshMs: DAY, staleMs: 6 * DAY },
  // Asked only when Wikipedia has no article for a name; labels and aliases change as slowly as search results.
  'wikidata-search': { freshMs: DAY, staleMs: 6 * DAY },
  // Claims change rarely; a new office is usually entered days after the news anyway.
  'wikidata-entity': { freshMs: DAY, staleMs: 6 * DAY },
  // Labels of offices, parties and places almost never change.
  'wikidata-labels': { freshMs: 7 * DAY, staleMs: 23 * DAY },
  // News moves fast, but GDELT allows one request per 5 s: 30 min is the compromise.
  'gdelt-artlist': { freshMs: 30 * MINUTE, staleMs: 6 * HOUR },
  'gdelt-timeline': { freshMs: HOUR, staleMs: 12 * HOUR },
  // Related coverage as GDELT's artlist; fewer requests to a feed meant for personal reading.
  'google-news': { freshMs: 30 * MINUTE, staleMs: 6 * HOUR },
};

/** Entry count cap: a few hundred articles' worth of entities. */
export const MAX_ENTRIES = 2_000;
/** Approximate byte cap (JSON length): well below the quota browsers grant an extension's IndexedDB. */
export const MAX_BYTES = 20 * 1024 * 1024;
/** Eviction frees down to this fraction of the caps, so it does not run again on the very next write. */
const EVICT_TO = 0.9;
/** A read refreshes an entry's last-used time at most this often: a store write per read would be wasteful. */
const TOUCH_INTERVAL_MS = MINUTE;
const INDEX_KEY = 'cache/index';
const ENTRY_PREFIX = 'cache/';

interface IndexRow {
  /** stored at */
  t: number;
  /** last used */
  u: number;
  /** approximate bytes */
  b: number;
}

export type CacheState = 'fresh' | 'stale' | 'expired' | 'miss';

export interface CacheRead<T> {
  state: CacheState;
  value?: T;
  storedAt?: number;
}

/** Where a value came from: the network now, or the cache (fresh, or stale while it is refreshed). */
export type Provenance = 'network' | 'fresh' | 'stale' | 'expired';

export interface Loaded<T> {
  result: Result<T, KnowledgeError>;
  /** Absent only for `not-cached` (cache-only reads): the value came from nowhere. */
  from?: Provenance;
  /** Present when a stale value was served: resolves when the background refresh has been stored. */
  revalidation?: Promise<void>;
}

/** Errors that are answers, not accidents: caching them avoids asking again for what does not exist. */
const CACHEABLE_ERRORS: ReadonlySet<KnowledgeError> = new Set(['not-found', 'disambiguation', 'rejected']);

/** How a value may be had: `network: false` reads the cache only and never calls `load` (nothing is sent). */
export interface LoadOptions {
  network?: boolean;
}

export interface Cache {
  read<T>(source: CacheSource, key: string): Promise<CacheRead<T>>;
  write(source: CacheSource, key: string, value: unknown): Promise<void>;
  /**
   * Cached value or `load()`, following the policy. Only ok results and CACHEABLE_ERRORS are stored.
   * With `network: false`, `load` is never called: what is cached, or `not-cached` (`from` omitted).
   */
  getOrLoad<T>(source: CacheSource, key: string, load: () => Promise<Result<T, KnowledgeError>>, options?: LoadOptions): Promise<Loaded<T>>;
}

export interface CacheOptions {
  store: KeyValueStore;
  now: () => number;
  maxEntries?: number;
  maxBytes?: number;
  policy?: Readonly<Record<CacheSource, CachePolicy>>;
}

export function createCache(options: CacheOptions): Cache {
  const { store, now } = options;
  const maxEntries = options.maxEntries ?? MAX_ENTRIES;
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const policy = options.policy ?? CACHE_POLICY;
  let index: Record<string, IndexRow> | null = null;
  // Index updates are serialized: two lookups finishing together must not overwrite each other's rows.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <R>(task: () => Promise<R>): Promise<R> => {
    const next = chain.then(task, task);
    chain = next.catch(() => undefined);
    return next;
  };

  async function loadIndex(): Promise<Record<string, IndexRow>> {
    if (!index) {
      const stored = await store.get(INDEX_KEY);
      index = stored && typeof stored === 'object' ? (stored as Record<string, IndexRow>) : {};
    }
    return index;
  }

  async function evict(rows: Record<string, IndexRow>): Promise<void> {
    let count = Object.keys(rows).length;
    let bytes = Object.values(rows).reduce((sum, row) => sum + row.b, 0);
    if (count <= maxEntries && bytes <= maxBytes) return;
    const oldestFirst = Object.entries(rows).sort((a, b) => a[1].u - b[1].u);
    for (const [key, row] of oldestFirst) {
      if (count <= maxEntries * EVICT_TO && bytes <= maxBytes * EVICT_TO) break;
      delete rows[key];
      count -= 1;
      bytes -= row.b;
      await store.delete(ENTRY_PREFIX + key);
    }
  }

  const decide = (source: CacheSource, storedAt: number): CacheState => {
    const age = now() - storedAt;
    const { freshMs, staleMs } = policy[source];
    return age < freshMs ? 'fresh' : age < freshMs + staleMs ? 'stale' : 'expired';
  };

  const cache: Cache = {
    async read<T>(source: CacheSource, key: string): Promise<CacheRead<T>> {
      const full = `${source}:${key}`;
      const stored = (await store.get(ENTRY_PREFIX + full)) as { v: T; t: number } | undefined;
      if (!stored || typeof stored.t !== 'number') return { state: 'miss' };
      await serial(async () => {
        const rows = await loadIndex();
        const row = rows[full];
        if (row && now() - row.u >= TOUCH_INTERVAL_MS) {
          row.u = now();
          await store.set(INDEX_KEY, rows);
        }
      });
      return { state: decide(source, stored.t), value: stored.v, storedAt: stored.t };
    },

    async write(source, key, value) {
      const full = `${source}:${key}`;
      const t = now();
      const bytes = JSON.stringify(value)?.length ?? 0;
      await serial(async () => {
        const rows = await loadIndex();
        await store.set(ENTRY_PREFIX + full, { v: value, t });
        rows[full] = { t, u: t, b: bytes + full.length };
        await evict(rows);
        await store.set(INDEX_KEY, rows);
      });
    },

    async getOrLoad<T>(source: CacheSource, key: string, load: () => Promise<Result<T, KnowledgeError>>, options: LoadOptions = {}): Promise<Loaded<T>> {
      const cached = await cache.read<Result<T, KnowledgeError>>(source, key);
      if (options.network === false) {
        if (cached.value && (cached.state === 'fresh' || cached.state === 'stale')) return { result: cached.value, from: cached.state };
        if (cached.value?.ok && cached.state === 'expired') return { result: cached.value, from: 'expired' };
        return { result: { ok: false, error: 'not-cached' } };
      }
      const storeIfAnswer = async (result: Result<T, KnowledgeError>): Promise<void> => {
        if (result.ok || CACHEABLE_ERRORS.has(result.error)) await cache.write(source, key, result);
      };
      if (cached.value && cached.state === 'fresh') return { result: cached.value, from: 'fresh' };
      if (cached.value && cached.state === 'stale') {
        const revalidation = load().then(storeIfAnswer, () => undefined);
        return { result: cached.value, from: 'stale', revalidation };
      }
      const result = await load();
      await storeIfAnswer(result);
      if (!result.ok && !CACHEABLE_ERRORS.has(result.error) && cached.value?.ok) return { result: cached.value, from: 'expired' };
      return { result, from: 'network' };
    },
  };
  return cache;
}
