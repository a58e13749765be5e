/**
 * Politeness. Wikimedia: identify ourselves, at most 3 requests at a time, honour Retry-After, back off
 * exponentially on 429/503. GDELT: one request per 5 s through one global queue whose timing survives the
 * MV3 service worker being stopped (its state lives in the injected KeyValueStore).
 */
import { httpGet } from './http';
import type { HttpReply } from './http';
import type { KeyValueStore } from './store';
import { fail } from './types';
import type { FetchLike, KnowledgeResult, Sleep } from './types';

/** Wikimedia's User-Agent policy: browsers forbid setting User-Agent, so Api-User-Agent carries our name and contact. */
export const API_USER_AGENT = 'Backstory/0.1 (https://github.com/backstory-extension/backstory)';
/** Wikimedia's 2026 rate-limit guidance: no more than 3 concurrent requests per client. */
export const WIKIMEDIA_MAX_CONCURRENT = 3;
/** Retries after a 429/503 before the piece is reported as rate-limited/unavailable (the cache keeps older data). */
export const WIKIMEDIA_MAX_RETRIES = 3;
/** First back-off when the server sends no Retry-After; doubles per attempt (1 s, 2 s, 4 s). */
export const BACKOFF_BASE_MS = 1_000;
/** Longest we wait for one retry; a longer Retry-After means "not now": report it instead of holding the panel. */
export const MAX_RETRY_WAIT_MS = 30_000;

/** GDELT: "Please limit requests to one every 5 seconds"; half a second of margin for clock skew between tabs. */
export const GDELT_SPACING_MS = 5_500;
/** After a GDELT 429 the notes report cool-downs from seconds to 45 min: start at 1 min, double, cap at 45 min. */
export const GDELT_COOLDOWN_BASE_MS = 60_000;
export const GDELT_COOLDOWN_MAX_MS = 45 * 60_000;
/** A queued GDELT request that would wait longer than this is answered "delayed" at once (the panel says so). */
export const GDELT_MAX_WAIT_MS = 30_000;
/** Store key of the GDELT queue state. */
export const GDELT_STATE_KEY = 'gdelt/queue-state';
/** GDELT sometimes sends its rate-limit sentence with HTTP 200. */
const GDELT_RATE_LIMIT_TEXT = /limit requests|one every 5 seconds/i;

export type Getter = (url: string) => Promise<KnowledgeResult<HttpReply>>;

export interface WikimediaQueueOptions {
  fetch: FetchLike;
  now: () => number;
  sleep: Sleep;
  maxConcurrent?: number;
}

/** A GET for Wikimedia URLs with the header, the concurrency cap and the retry policy. */
export function createWikimediaQueue(options: WikimediaQueueOptions): Getter & { readonly active: () => number } {
  const { fetch, now, sleep } = options;
  const maxConcurrent = options.maxConcurrent ?? WIKIMEDIA_MAX_CONCURRENT;
  let active = 0;
  const waiting: Array<() => void> = [];
  // A Retry-After pauses every request, not only the one that received it.
  let pausedUntil = 0;

  const acquire = async (): Promise<void> => {
    if (active < maxConcurrent) {
      active += 1;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };

  async function attempt(url: string): Promise<KnowledgeResult<HttpReply>> {
    for (let tryNumber = 0; ; tryNumber += 1) {
      if (pausedUntil > now()) await sleep(pausedUntil - now());
      const result = await httpGet(fetch, url, { 'Api-User-Agent': API_USER_AGENT }, now());
      if (!result.ok) return result;
      const { status, retryAfterMs } = result.value;
      if (status !== 429 && status !== 503) return result;
      const wait = retryAfterMs ?? BACKOFF_BASE_MS * 2 ** tryNumber;
      const error = status === 429 ? 'rate-limited' : 'unavailable';
      if (tryNumber >= WIKIMEDIA_MAX_RETRIES || wait > MAX_RETRY_WAIT_MS) return fail(error, `HTTP ${status}, retry after ${wait} ms`);
      pausedUntil = Math.max(pausedUntil, now() + wait);
    }
  }

  const get = async (url: string): Promise<KnowledgeResult<HttpReply>> => {
    await acquire();
    try {
      return await attempt(url);
    } finally {
      release();
    }
  };
  return Object.assign(get, { active: () => active });
}

interface GdeltState {
  nextAllowedAt: number;
  cooldownUntil: number;
  /** Consecutive rate-limit answers; sets the cool-down length. */
  strikes: number;
}

export interface GdeltQueueOptions {
  fetch: FetchLike;
  now: () => number;
  sleep: Sleep;
  store: KeyValueStore;
}

async function readState(store: KeyValueStore): Promise<GdeltState> {
  const raw = (await store.get(GDELT_STATE_KEY)) as Partial<GdeltState> | undefined;
  return {
    nextAllowedAt: typeof raw?.nextAllowedAt === 'number' ? raw.nextAllowedAt : 0,
    cooldownUntil: typeof raw?.cooldownUntil === 'number' ? raw.cooldownUntil : 0,
    strikes: typeof raw?.strikes === 'number' ? raw.strikes : 0,
  };
}

/** The one GDELT queue: serial, spaced, cooled down after rate-limit answers; state persisted in the store. */
export function createGdeltQueue(options: GdeltQueueOptions): Getter {
  const { fetch, now, sleep, store } = options;
  let chain: Promise<unknown> = Promise.resolve();

  async function run(url: string): Promise<KnowledgeResult<HttpReply>> {
    const state = await readState(store);
    const readyAt = Math.max(state.nextAllowedAt, state.cooldownUntil);
    const wait = readyAt - now();
    if (wait > GDELT_MAX_WAIT_MS) return fail('delayed', new Date(readyAt).toISOString());
    if (wait > 0) await sleep(wait);
    // Persist the next slot before sending: if the worker dies mid-request, the next one still waits.
    state.nextAllowedAt = now() + GDELT_SPACING_MS;
    await store.set(GDELT_STATE_KEY, state);
    const result = await httpGet(fetch, url, {}, now());
    if (!result.ok) return result;
    const reply = result.value;
    if (reply.status === 429 || GDELT_RATE_LIMIT_TEXT.test(reply.text.slice(0, 200))) {
      const cooldown = Math.min(GDELT_COOLDOWN_BASE_MS * 2 ** state.strikes, GDELT_COOLDOWN_MAX_MS);
      const until = now() + Math.max(cooldown, reply.retryAfterMs ?? 0);
      await store.set(GDELT_STATE_KEY, { ...state, strikes: state.strikes + 1, cooldownUntil: until });
      // No immediate retry: GDELT extends the cool-down when hammered.
      return fail('rate-limited', new Date(until).toISOString());
    }
    if (state.strikes > 0) await store.set(GDELT_STATE_KEY, { ...state, strikes: 0 });
    return result;
  }

  return (url) => {
    const next = chain.then(() => run(url));
    chain = next.catch(() => undefined);
    return next;
  };
}
