/**
 * GDELT DOC 2.0: related coverage (artlist) and coverage volume (timelinevol) for an entity or for the story.
 * Only entity names go out — never the article's text or URL (the URL is used locally to drop the article itself).
 */
import { parseArtlist, parseGdeltBody, parseTimeline } from './gdelt-parse';
import type { CoverageItem, VolumeSeries } from './gdelt-parse';
import type { Getter } from './request-queue';
import { ok } from './types';
import type { KnowledgeResult } from './types';

/** GDELT rejects quoted phrases shorter than ~5 characters ("Iran", "OPEC" → "The specified phrase is too short."). */
export const MIN_QUOTED_PHRASE = 5;
/** Coverage items requested: a panel list, not an archive (GDELT's cap is 250). */
export const ARTLIST_MAX_RECORDS = 25;
/** Related coverage looks back one month; the volume chart three (GDELT's artlist only covers ~3 months). */
export const ARTLIST_TIMESPAN = '1m';
export const TIMELINE_TIMESPAN = '3m';
const TIMELINE_SPAN_MS = 91 * 86_400_000;
/** Entities joined in a story query: more terms make GDELT's AND too narrow to return anything. */
export const STORY_ENTITIES = 3;

/** Characters with meaning in GDELT's query syntax, removed from names. */
const QUERY_SYNTAX = /["()<>:]/g;

export interface EntityTerms {
  name: string;
  /** A longer form for short names and acronyms ("American University of Beirut" for "AUB"), e.g. the Wikidata label. */
  longName?: string;
  /** Names of other entities of the article, to narrow a short name ("Hamas", "Turkey"). */
  context?: string[];
}

function clean(name: string): string {
  return name.replace(QUERY_SYNTAX, ' ').replace(/\s+/g, ' ').trim();
}

/** One term: quoted when long enough for GDELT to accept the phrase, bare otherwise. */
function term(name: string): string {
  const c = clean(name);
  if (!c) return '';
  return c.length >= MIN_QUOTED_PHRASE ? `"${c}"` : c;
}

/**
 * The query for one entity. Full names are quoted; a short name or acronym is OR'd with its long form (OR terms
 * must be parenthesised) or, lacking one, narrowed with a context name.
 */
export function entityQuery(entity: EntityTerms): string {
  const name = clean(entity.name);
  if (name.length >= MIN_QUOTED_PHRASE) return term(name);
  const long = entity.longName ? clean(entity.longName) : '';
  if (long.length >= MIN_QUOTED_PHRASE && long.toLowerCase() !== name.toLowerCase()) return `(${name} OR ${term(long)})`;
  const context = (entity.context ?? []).map(clean).find((c) => c && c.toLowerCase() !== name.toLowerCase());
  return context ? `${name} ${term(context)}` : name;
}

/** The story: the article's top entities together (GDELT ANDs space-separated terms). */
export function storyQuery(entities: readonly EntityTerms[]): string {
  return entities
    .slice(0, STORY_ENTITIES)
    .map((e) => entityQuery({ ...e, context: [] }))
    .filter(Boolean)
    .join(' ');
}

export function docUrl(origin: string, query: string, mode: 'artlist' | 'timelinevol'): string {
  const params = new URLSearchParams({ query, mode, format: 'json' });
  if (mode === 'artlist') {
    params.set('maxrecords', String(ARTLIST_MAX_RECORDS));
    params.set('sort', 'DateDesc');
    params.set('timespan', ARTLIST_TIMESPAN);
  } else {
    params.set('timespan', TIMELINE_TIMESPAN);
    params.set('timelinesmooth', '0');
  }
  return `${origin.replace(/\/+$/, '')}/api/v2/doc/doc?${params.toString()}`;
}

export interface GdeltClient {
  /** Coverage for a query; `excludeUrl` (the article) is compared locally and never sent. */
  articles(query: string, excludeUrl?: string | null): Promise<KnowledgeResult<CoverageItem[]>>;
  /** Volume over the last three months, zero-filled, ending at `now`. */
  volume(query: string, now: number): Promise<KnowledgeResult<VolumeSeries>>;
}

export function createGdeltClient(get: Getter, origin: string): GdeltClient {
  return {
    async articles(query, excludeUrl) {
      const reply = await get(docUrl(origin, query, 'artlist'));
      if (!reply.ok) return reply;
      const body = parseGdeltBody(reply.value);
      return body.ok ? ok(parseArtlist(body.value, excludeUrl)) : body;
    },
    async volume(query, now) {
      const reply = await get(docUrl(origin, query, 'timelinevol'));
      if (!reply.ok) return reply;
      const body = parseGdeltBody(reply.value);
      return body.ok ? ok(parseTimeline(body.value, { from: now - TIMELINE_SPAN_MS, to: now })) : body;
    },
  };
}

export type { CoverageItem, VolumeSeries };
