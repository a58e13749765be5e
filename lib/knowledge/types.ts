/**
 * Shared types of the knowledge layer. Expected failures are data (`Result` from the message contract),
 * never exceptions: a lookup shows whatever pieces succeeded.
 */
import type { Result } from '../messaging/protocol';

export type { Result };

/** Why a piece of knowledge is missing. The UI maps each code to one sentence. */
export type KnowledgeError =
  /** The network refused or dropped the connection (offline, DNS, reset). */
  | 'offline'
  /** No answer within the time limit. */
  | 'timeout'
  /** The service asked us to slow down (HTTP 429 or GDELT's rate-limit sentence); try later. */
  | 'rate-limited'
  /** The request waits in the polite queue longer than a reader would wait: shown as "coverage delayed". */
  | 'delayed'
  /** 5xx, or an HTML error page where JSON was expected. */
  | 'unavailable'
  /** The service answered but not in the expected shape (invalid JSON, missing fields). */
  | 'invalid-response'
  /** The service rejected the query itself (GDELT's one-sentence answers); retrying will not help. */
  | 'rejected'
  /** The page, item or result does not exist. */
  | 'not-found'
  /** A Wikipedia disambiguation page: it describes no single entity. */
  | 'disambiguation'
  /** The entity is not linked (ambiguous or not found), so there is nothing to fetch for it. */
  | 'not-linked'
  /** The source is switched off (GDELT can be disabled by the reader). */
  | 'disabled'
  /** Not on the device, and not asked for: the reader looks names up only when asking (nothing was sent). */
  | 'not-cached'
  /** Asked for in a second step (related coverage, whose queue is slow): the panel shows it is on its way. */
  | 'pending';

export type KnowledgeResult<T> = Result<T, KnowledgeError>;

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = (error: KnowledgeError, detail?: string): { ok: false; error: KnowledgeError; detail?: string } =>
  detail === undefined ? { ok: false, error } : { ok: false, error, detail };

/** The `fetch` the layer is given: the browser's, Node's, or a fake in tests. */
export type FetchLike = (url: string, init?: { headers?: Record<string, string>; signal?: AbortSignal }) => Promise<Response>;

/** Waits `ms` milliseconds. Injected so tests advance a fake clock instead of sleeping. */
export type Sleep = (ms: number) => Promise<void>;

/** The real sleep, for callers that do not inject one. */
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Where each service lives. Configurable so tests, e2e runs and readers behind mirrors can point elsewhere. */
export interface Endpoints {
  /** Wikipedia origin; `{lang}` is replaced by the article's language ("https://{lang}.wikipedia.org"). */
  wikipedia: string;
  /** Wikidata origin ("https://www.wikidata.org"). */
  wikidata: string;
  /** GDELT origin ("https://api.gdeltproject.org"). */
  gdelt: string;
  /** Google News origin ("https://news.google.com"); asked only when the reader switched it on. */
  googleNews: string;
}

export const DEFAULT_ENDPOINTS: Endpoints = {
  wikipedia: 'https://{lang}.wikipedia.org',
  wikidata: 'https://www.wikidata.org',
  gdelt: 'https://api.gdeltproject.org',
  googleNews: 'https://news.google.com',
};

/** Points every service at one origin (the fixture server in tests and e2e runs). */
export function endpointsAt(origin: string): Endpoints {
  const base = origin.replace(/\/+$/, '');
  return { wikipedia: base, wikidata: base, gdelt: base, googleNews: base };
}

/** Language subtags we put into a host name: anything else falls back to English rather than building a bad URL. */
const WIKI_LANG = /^[a-z]{2,3}$/;

/** "en-gb" → "en"; junk → "en". */
export function wikiLang(lang: string | null | undefined): string {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return WIKI_LANG.test(primary) ? primary : 'en';
}

export function wikipediaOrigin(endpoints: Endpoints, lang: string): string {
  return endpoints.wikipedia.replace('{lang}', wikiLang(lang)).replace(/\/+$/, '');
}
