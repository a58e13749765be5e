/**
 * Wikipedia: candidate search (Action API, generator=search with QIDs and short descriptions) and the REST page
 * summary. Only the entity's name (search) or a Wikipedia title (summary) is sent.
 */
import { parseJson } from './http';
import type { Getter } from './request-queue';
import { fail, ok } from './types';
import type { KnowledgeResult } from './types';

export interface Thumbnail {
  source: string;
  width: number;
  height: number;
  /**
   * True for a file local to one Wikipedia (path /wikipedia/{lang}/ instead of /wikipedia/commons/): often a
   * non-free "fair use" image that an extension should not show.
   */
  local: boolean;
}

/** One search hit: a page that may describe the entity. */
export interface WikipediaCandidate {
  title: string;
  pageId: number;
  /** 1 = best search rank. */
  rank: number;
  qid?: string;
  description?: string;
  thumbnail?: Thumbnail;
  /** The redirect title the search matched ("Ibrahim Kalin" → "İbrahim Kalın"). */
  redirectFrom?: string;
  disambiguation: boolean;
}

export interface WikipediaSummary {
  title: string;
  /** Title as used in URLs (underscores). */
  canonicalTitle: string;
  description?: string;
  extract: string;
  qid?: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  thumbnail?: Thumbnail;
  pageUrl: string;
  /** Wikipedia text is CC BY-SA 4.0: the panel shows this with the link. */
  licence: { name: string; url: string };
  /** Revision timestamp (ISO). */
  timestamp?: string;
}

/** How many candidates to consider per name: enough for the right one to be among them, few enough to score. */
export const SEARCH_LIMIT = 5;
/** Thumbnail width the panel shows. */
const THUMB_WIDTH = 160;
export const WIKIPEDIA_LICENCE = { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export function searchUrl(origin: string, name: string): string {
  const params = new URLSearchParams({
    action: 'query',
    format: 'json',
    formatversion: '2',
    origin: '*',
    generator: 'search',
    gsrsearch: name,
    gsrlimit: String(SEARCH_LIMIT),
    prop: 'pageprops|description|pageimages',
    ppprop: 'wikibase_item|disambiguation',
    piprop: 'thumbnail',
    pithumbsize: String(THUMB_WIDTH),
    redirects: '1',
  });
  return `${origin}/w/api.php?${params.toString()}`;
}

export function summaryUrl(origin: string, title: string): string {
  return `${origin}/api/rest_v1/page/summary/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

function thumbnail(value: unknown): Thumbnail | undefined {
  if (!isRecord(value) || typeof value.source !== 'string') return undefined;
  let local = false;
  try {
    local = !/^\/wikipedia\/commons\//.test(new URL(value.source).pathname);
  } catch {
    return undefined;
  }
  return { source: value.source, width: Number(value.width) || 0, height: Number(value.height) || 0, local };
}

/** Parses a generator=search answer (formatversion=2) into candidates sorted by search rank. */
export function parseSearch(body: unknown): KnowledgeResult<WikipediaCandidate[]> {
  if (!isRecord(body)) return fail('invalid-response', 'not an object');
  if (isRecord(body.error)) return fail('invalid-response', `${String(body.error.code)}: ${String(body.error.info)}`);
  // No `query` at all is how the API says "no results".
  if (body.query === undefined) return ok([]);
  if (!isRecord(body.query)) return fail('invalid-response', 'query is not an object');
  const redirects = new Map<string, string>();
  if (Array.isArray(body.query.redirects)) {
    for (const r of body.query.redirects) if (isRecord(r) && typeof r.to === 'string' && typeof r.from === 'string') redirects.set(r.to, r.from);
  }
  const pages = Array.isArray(body.query.pages) ? body.query.pages : [];
  const candidates: WikipediaCandidate[] = [];
  for (const page of pages) {
    if (!isRecord(page) || typeof page.title !== 'string' || page.missing === true) continue;
    const props = isRecord(page.pageprops) ? page.pageprops : {};
    const candidate: WikipediaCandidate = {
      title: page.title,
      pageId: Number(page.pageid) || 0,
      rank: Number(page.index) || pages.length + 1,
      disambiguation: 'disambiguation' in props,
    };
    const qid = str(props.wikibase_item);
    if (qid) candidate.qid = qid;
    const description = str(page.description);
    if (description) candidate.description = description;
    const thumb = thumbnail(page.thumbnail);
    if (thumb) candidate.thumbnail = thumb;
    const from = redirects.get(page.title);
    if (from) candidate.redirectFrom = from;
    candidates.push(candidate);
  }
  // Pages come back in page-id order; `index` is the search rank.
  return ok(candidates.sort((a, b) => a.rank - b.rank));
}

export function parseSummary(body: unknown): KnowledgeResult<WikipediaSummary> {
  if (!isRecord(body)) return fail('invalid-response', 'not an object');
  if (typeof body.type === 'string' && body.type.includes('not_found')) return fail('not-found', str(body.detail));
  if (body.type === 'disambiguation') return fail('disambiguation', str(body.title));
  const titles = isRecord(body.titles) ? body.titles : {};
  const title = str(titles.normalized) ?? str(body.title);
  const urls = isRecord(body.content_urls) && isRecord(body.content_urls.desktop) ? body.content_urls.desktop : {};
  const pageUrl = str(urls.page);
  if (!title || !pageUrl) return fail('invalid-response', 'summary without title or page URL');
  const summary: WikipediaSummary = {
    title,
    canonicalTitle: str(titles.canonical) ?? title.replace(/ /g, '_'),
    // The recorded 2022 sample has no `extract` (its test authors renamed it): an empty extract is still a summary.
    extract: str(body.extract) ?? '',
    lang: str(body.lang) ?? 'en',
    dir: body.dir === 'rtl' ? 'rtl' : 'ltr',
    pageUrl,
    licence: WIKIPEDIA_LICENCE,
  };
  const description = str(body.description);
  if (description) summary.description = description;
  const qid = str(body.wikibase_item);
  if (qid) summary.qid = qid;
  const thumb = thumbnail(body.thumbnail);
  if (thumb) summary.thumbnail = thumb;
  const timestamp = str(body.timestamp);
  if (timestamp) summary.timestamp = timestamp;
  return ok(summary);
}

export interface WikipediaClient {
  search(name: string): Promise<KnowledgeResult<WikipediaCandidate[]>>;
  summary(title: string): Promise<KnowledgeResult<WikipediaSummary>>;
}

/** `origin` is already resolved for the article's language (types.wikipediaOrigin). */
export function createWikipediaClient(get: Getter, origin: string): WikipediaClient {
  return {
    async search(name) {
      const reply = await get(searchUrl(origin, name));
      if (!reply.ok) return reply;
      if (reply.value.status >= 500) return fail('unavailable', `HTTP ${reply.value.status}`);
      if (reply.value.status !== 200) return fail('invalid-response', `HTTP ${reply.value.status}`);
      const body = parseJson(reply.value);
      return body.ok ? parseSearch(body.value) : body;
    },
    async summary(title) {
      const reply = await get(summaryUrl(origin, title));
      if (!reply.ok) return reply;
      const { status } = reply.value;
      if (status === 404) return fail('not-found', title);
      if (status >= 500) return fail('unavailable', `HTTP ${status}`);
      if (status !== 200) return fail('invalid-response', `HTTP ${status}`);
      const body = parseJson(reply.value);
      return body.ok ? parseSummary(body.value) : body;
    },
  };
}

