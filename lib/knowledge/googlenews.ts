/**
 * Google News RSS search: optional related coverage, off by default. The feed's terms allow it "solely for the
 * purpose of rendering Google News results within a personal feed reader for personal, non-commercial use", so
 * the reader switches it on (options page); only the entity query (names) goes to Google, from the background.
 *
 * Shape (docs/knowledge.md): `rss/channel/item/{title "Headline - Publisher", link (an opaque Google redirect),
 * pubDate (RFC 822), source url="https://publisher"}`. Too many requests get a 429 or an HTML captcha page:
 * those are answers ("rate-limited"), never exceptions.
 */
import type { CoverageItem } from './gdelt-parse';
import type { HttpReply } from './http';
import { httpGet } from './http';
import type { Getter } from './request-queue';
import type { KeyValueStore } from './store';
import { fail, ok } from './types';
import type { FetchLike, KnowledgeResult, Sleep } from './types';
import { child, childrenNamed, parseXml, textOf } from './xml';

/** The look-back of a search, as GDELT's artlist (one month). */
export const GOOGLE_NEWS_WHEN = '30d';
/** Items kept from one feed (Google sends up to ~100): a panel list, as GDELT's ARTLIST_MAX_RECORDS. */
export const GOOGLE_NEWS_MAX_ITEMS = 25;
/**
 * Google publishes no rate for the feed; a personal feed reader polls a few feeds now and then. One request
 * every 3 s at most, serial, keeps a reader who opens names one after another well within that, and far from
 * the bursts that bring the captcha page.
 */
export const GOOGLE_NEWS_SPACING_MS = 3_000;
/** After a 429 or a captcha page, no request for this long (Google's blocks last minutes to hours; the cache still answers). */
export const GOOGLE_NEWS_COOLDOWN_MS = 15 * 60_000;
/** A request that would wait longer than this in the queue is answered "delayed" (the panel does not hang). */
export const GOOGLE_NEWS_MAX_WAIT_MS = 10_000;
/** Store key of the queue state, so the spacing and the cool-down survive the MV3 service worker being stopped. */
export const GOOGLE_NEWS_STATE_KEY = 'google-news/queue-state';

/** Region used with each language when the article's language has none ("de" → Germany). */
const DEFAULT_REGION: Record<string, string> = {
  en: 'US', fr: 'FR', de: 'DE', es: 'ES', it: 'IT', pt: 'BR', nl: 'NL', pl: 'PL', tr: 'TR', ru: 'RU', uk: 'UA',
  ar: 'EG', he: 'IL', ja: 'JP', ko: 'KR', zh: 'CN', hi: 'IN', sv: 'SE', no: 'NO', da: 'DK', fi: 'FI', cs: 'CZ', el: 'GR',
};

/** hl/gl/ceid for an article language: "en-GB" → en-GB/GB/GB:en; "de" → de/DE/DE:de; unknown or junk → en-US. */
export function newsLocale(lang: string | null | undefined): { hl: string; gl: string; ceid: string } {
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?$/i.exec((lang ?? '').trim());
  const language = m?.[1]?.toLowerCase() ?? '';
  const region = m?.[2]?.toUpperCase() ?? DEFAULT_REGION[language];
  if (!language || !region) return { hl: 'en-US', gl: 'US', ceid: 'US:en' };
  // English editions are named by region (en-US, en-GB); the others by language alone (de, fr), as Google's own URLs.
  return { hl: m?.[2] || language === 'en' ? `${language}-${region}` : language, gl: region, ceid: `${region}:${language}` };
}

/** The search feed URL: the query (entity names, as GDELT's) restricted to the last month. */
export function searchUrl(origin: string, query: string, lang: string | null | undefined): string {
  const { hl, gl, ceid } = newsLocale(lang);
  const params = new URLSearchParams({ q: `${query} when:${GOOGLE_NEWS_WHEN}`, hl, gl, ceid });
  return `${origin.replace(/\/+$/, '')}/rss/search?${params.toString()}`;
}

/** Google's "unusual traffic" page (reached through a redirect to /sorry/) is a rate limit, not an outage. */
const CAPTCHA = /unusual traffic|\/sorry\/|captcha/i;
const isHtml = (reply: HttpReply): boolean => /^\s*(<!doctype html|<html)/i.test(reply.text) || /text\/html/i.test(reply.contentType);
/** A 429, or an HTML page (never a feed, whose headlines may mention captchas) that is the captcha page. */
const isRateLimit = (reply: HttpReply): boolean => reply.status === 429 || (isHtml(reply) && CAPTCHA.test(reply.text.slice(0, 20_000)));

/** "en" → "English", as GDELT names languages (the list shows only languages other than English). */
function languageName(lang: string | null | undefined): string {
  const code = newsLocale(lang).hl.split('-')[0] ?? 'en';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

/**
 * A feed answer → coverage items, or the error it means: 429 or a captcha page → "rate-limited", other HTML or
 * 5xx → "unavailable", not well-formed RSS → "invalid-response". Titles stay plain text (the UI renders them as
 * text); the escaped HTML in `<description>` is ignored.
 */
export function parseRss(reply: HttpReply, lang?: string | null): KnowledgeResult<CoverageItem[]> {
  const text = reply.text;
  const html = isHtml(reply);
  if (isRateLimit(reply)) return fail('rate-limited', `HTTP ${reply.status}`);
  if (reply.status >= 500) return fail('unavailable', `HTTP ${reply.status}`);
  if (!text.trim()) return fail('unavailable', 'empty body');
  if (html) return fail('unavailable', 'HTML page');
  if (reply.status >= 400) return fail('unavailable', `HTTP ${reply.status}`);
  const root = parseXml(text);
  const channel = root?.name === 'rss' ? child(root, 'channel') : undefined;
  if (!channel) return fail('invalid-response', root ? `<${root.name}> instead of RSS` : 'not well-formed XML');
  const language = languageName(lang);
  const items: CoverageItem[] = [];
  for (const entry of childrenNamed(channel, 'item')) {
    const url = textOf(child(entry, 'link'));
    const time = Date.parse(textOf(child(entry, 'pubDate')));
    if (!/^https?:\/\//.test(url) || Number.isNaN(time)) continue;
    const source = child(entry, 'source');
    const publisher = textOf(source);
    let title = textOf(child(entry, 'title')).replace(/\s+/g, ' ');
    // "Headline - Publisher": cut the publisher the feed names, not at any " - " (headlines contain them too).
    if (publisher && title.endsWith(` - ${publisher}`)) title = title.slice(0, -(publisher.length + 3)).trim();
    if (!title) continue;
    const outlet = hostOf(source?.attrs['url'] ?? '') || publisher || hostOf(url);
    items.push({ url, title, outlet, seen: new Date(time).toISOString(), language, via: 'google-news' });
    if (items.length >= GOOGLE_NEWS_MAX_ITEMS) break;
  }
  return ok(items);
}

export interface GoogleNewsClient {
  /** Coverage for a query (entity names, GDELT's query syntax: quoted phrases, parenthesised OR). */
  articles(query: string): Promise<KnowledgeResult<CoverageItem[]>>;
}

export function createGoogleNewsClient(get: Getter, origin: string, lang: string): GoogleNewsClient {
  return {
    async articles(query) {
      const reply = await get(searchUrl(origin, query, lang));
      return reply.ok ? parseRss(reply.value, lang) : reply;
    },
  };
}

interface QueueState {
  nextAllowedAt: number;
  cooldownUntil: number;
}

/** Serial, spaced requests to Google; a 429 or captcha page pauses them all (state kept in the store). */
export function createGoogleNewsQueue(options: { fetch: FetchLike; now: () => number; sleep: Sleep; store: KeyValueStore }): Getter {
  const { fetch, now, sleep, store } = options;
  let chain: Promise<unknown> = Promise.resolve();

  async function run(url: string): Promise<KnowledgeResult<HttpReply>> {
    const raw = (await store.get(GOOGLE_NEWS_STATE_KEY)) as Partial<QueueState> | undefined;
    const state: QueueState = { nextAllowedAt: Number(raw?.nextAllowedAt) || 0, cooldownUntil: Number(raw?.cooldownUntil) || 0 };
    const readyAt = Math.max(state.nextAllowedAt, state.cooldownUntil);
    if (state.cooldownUntil > now()) return fail('rate-limited', new Date(state.cooldownUntil).toISOString());
    if (readyAt - now() > GOOGLE_NEWS_MAX_WAIT_MS) return fail('delayed', new Date(readyAt).toISOString());
    if (readyAt > now()) await sleep(readyAt - now());
    state.nextAllowedAt = now() + GOOGLE_NEWS_SPACING_MS;
    await store.set(GOOGLE_NEWS_STATE_KEY, state);
    // No cookies or identifying headers: the browser's fetch from the background sends none cross-origin.
    const result = await httpGet(fetch, url, {}, now());
    if (result.ok && isRateLimit(result.value)) {
      const until = now() + Math.max(GOOGLE_NEWS_COOLDOWN_MS, result.value.retryAfterMs ?? 0);
      await store.set(GOOGLE_NEWS_STATE_KEY, { ...state, cooldownUntil: until });
    }
    return result;
  }

  return (url) => {
    const next = chain.then(() => run(url));
    chain = next.catch(() => undefined);
    return next;
  };
}
