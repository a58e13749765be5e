/**
 * Wikidata: wbgetentities in batches of at most 50 ids, and tolerant readers for the entity JSON (labels with
 * language fallback, non-deprecated statements, item and time values). URL building and rank filtering come
 * from wikibase-sdk; the readers accept the trimmed shapes real recorders publish (no hashes, no ids).
 */
import { isItemId, nonDeprecatedPropertyClaims, WBK } from 'wikibase-sdk';
import type { Claim, ItemId } from 'wikibase-sdk';
import { fromWikibaseTime } from './dates';
import type { FuzzyDate } from './dates';
import { parseJson } from './http';
import type { Getter } from './request-queue';
import { fail, ok } from './types';
import type { KnowledgeResult } from './types';

/** wbgetentities accepts at most 50 ids per call for clients without the apihighlimits right. */
export const WIKIDATA_BATCH = 50;

interface Term {
  language?: string;
  value?: string;
}

/** The parts of an entity this layer reads; everything optional because responses may be trimmed. */
export interface WikidataEntity {
  id: string;
  missing?: string;
  labels?: Record<string, Term>;
  descriptions?: Record<string, Term>;
  aliases?: Record<string, Term[]>;
  claims?: Record<string, Statement[]>;
  sitelinks?: Record<string, { site?: string; title?: string }>;
}

/** A statement as this layer reads it (wikibase-sdk's Claim, with the fields trimmed recordings drop optional). */
export interface Statement {
  mainsnak: Snak;
  rank?: 'preferred' | 'normal' | 'deprecated';
  qualifiers?: Record<string, Snak[]>;
}

export interface Snak {
  snaktype?: 'value' | 'somevalue' | 'novalue';
  property?: string;
  datavalue?: { type?: string; value?: unknown };
}

export type EntityProp = 'labels' | 'descriptions' | 'aliases' | 'claims' | 'sitelinks' | 'info';

/** Labels fall back to `mul` (the default label many items carry since 2024), then English. */
export function languagesFor(lang: string): string[] {
  return [...new Set([lang, 'mul', 'en'])];
}

export function entitiesUrl(origin: string, ids: readonly ItemId[], props: readonly EntityProp[], languages: readonly string[]): string {
  const wbk = WBK({ instance: origin.replace(/\/+$/, '') });
  const url = wbk.getEntities({ ids: [...ids], props: [...props], languages: [...languages] });
  // languagefallback fills a missing label from related languages; origin=* keeps anonymous CORS working anywhere.
  return `${url}&languagefallback=1&origin=*`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseEntities(body: unknown): KnowledgeResult<Record<string, WikidataEntity>> {
  if (!isRecord(body)) return fail('invalid-response', 'not an object');
  if (isRecord(body.error)) return fail('invalid-response', `${String(body.error.code)}: ${String(body.error.info)}`);
  if (!isRecord(body.entities)) return fail('invalid-response', 'no entities');
  const out: Record<string, WikidataEntity> = {};
  for (const [key, value] of Object.entries(body.entities)) {
    if (!isRecord(value) || typeof value.id !== 'string' || 'missing' in value) continue;
    out[key] = value as unknown as WikidataEntity;
    // Special:EntityData and redirects may answer under another id: index by the entity's own id as well.
    out[value.id] = value as unknown as WikidataEntity;
  }
  return ok(out);
}

/** Items asked of wbsearchentities: the label/alias matches are weakly ranked, so only the first few are worth scoring. */
export const WIKIDATA_SEARCH_LIMIT = 7;

export function searchUrl(origin: string, name: string, lang: string): string {
  const wbk = WBK({ instance: origin.replace(/\/+$/, '') });
  return `${wbk.searchEntities({ search: name, language: lang, uselang: lang, type: 'item', limit: WIKIDATA_SEARCH_LIMIT })}&origin=*`;
}

/**
 * Item ids from a wbsearchentities answer, in its order, keeping only matches in the reader's languages: the real
 * answer for "UoD" also matches a Tagalog label ("uod", a worm) (docs/knowledge.md).
 */
export function parseSearch(body: unknown, languages: readonly string[]): KnowledgeResult<string[]> {
  if (!isRecord(body) || !Array.isArray(body['search'])) return fail('invalid-response', 'no search list');
  const ids: string[] = [];
  for (const hit of body['search']) {
    if (!isRecord(hit) || typeof hit['id'] !== 'string' || !isItemId(hit['id'])) continue;
    const match = hit['match'];
    const language = isRecord(match) && typeof match['language'] === 'string' ? match['language'] : null;
    if (language && !languages.includes(language)) continue;
    ids.push(hit['id']);
  }
  return ok(ids);
}

export interface WikidataClient {
  /** Entities by id, fetched in batches of ≤ 50; unknown ids are simply absent from the answer. */
  entities(ids: readonly string[], props: readonly EntityProp[]): Promise<KnowledgeResult<Record<string, WikidataEntity>>>;
  /** Labels in the reader's language (with fallback) for referenced items, batched. */
  labels(ids: readonly string[]): Promise<KnowledgeResult<Record<string, string>>>;
  /** Items whose label or alias matches a name (wbsearchentities): candidates without a Wikipedia article. */
  search(name: string): Promise<KnowledgeResult<string[]>>;
}

export function createWikidataClient(get: Getter, origin: string, lang: string): WikidataClient {
  const languages = languagesFor(lang);
  const client: WikidataClient = {
    async entities(ids, props) {
      const valid = [...new Set(ids)].filter((id): id is ItemId => isItemId(id));
      const out: Record<string, WikidataEntity> = {};
      for (let start = 0; start < valid.length; start += WIKIDATA_BATCH) {
        const reply = await get(entitiesUrl(origin, valid.slice(start, start + WIKIDATA_BATCH), props, languages));
        if (!reply.ok) return reply;
        if (reply.value.status >= 500) return fail('unavailable', `HTTP ${reply.value.status}`);
        if (reply.value.status !== 200) return fail('invalid-response', `HTTP ${reply.value.status}`);
        const body = parseJson(reply.value);
        if (!body.ok) return body;
        const parsed = parseEntities(body.value);
        if (!parsed.ok) return parsed;
        Object.assign(out, parsed.value);
      }
      return ok(out);
    },
    async search(name) {
      const reply = await get(searchUrl(origin, name, lang));
      if (!reply.ok) return reply;
      if (reply.value.status >= 500) return fail('unavailable', `HTTP ${reply.value.status}`);
      if (reply.value.status !== 200) return fail('invalid-response', `HTTP ${reply.value.status}`);
      const body = parseJson(reply.value);
      return body.ok ? parseSearch(body.value, languages) : body;
    },
    async labels(ids) {
      const result = await client.entities(ids, ['labels']);
      if (!result.ok) return result;
      const out: Record<string, string> = {};
      for (const id of ids) {
        const entity = result.value[id];
        const text = entity ? labelOf(entity, lang) : undefined;
        if (text) out[id] = text;
      }
      return ok(out);
    },
  };
  return client;
}

function term(map: Record<string, Term> | undefined, lang: string): string | undefined {
  if (!map) return undefined;
  for (const code of languagesFor(lang)) {
    const value = map[code]?.value;
    if (value) return value;
  }
  return Object.values(map).find((t) => t.value)?.value;
}

export const labelOf = (entity: WikidataEntity, lang: string): string | undefined => term(entity.labels, lang);
export const descriptionOf = (entity: WikidataEntity, lang: string): string | undefined => term(entity.descriptions, lang);

/** All aliases in any language we asked for (names are matched across scripts anyway). */
export function aliasesOf(entity: WikidataEntity): string[] {
  return Object.values(entity.aliases ?? {}).flatMap((list) => list.map((t) => t.value ?? '').filter(Boolean));
}

/** Number of Wikipedia (and sister) editions describing the item: a popularity signal. */
export function sitelinkCount(entity: WikidataEntity): number {
  return Object.keys(entity.sitelinks ?? {}).length;
}

/** Non-deprecated statements of a property (history keeps normal and preferred alike). */
export function statementsOf(entity: WikidataEntity, property: string): Statement[] {
  const list = entity.claims?.[property];
  if (!Array.isArray(list)) return [];
  const withRank = list.map((st) => ({ ...st, rank: st.rank ?? 'normal' }));
  return nonDeprecatedPropertyClaims(withRank as unknown as Claim[]) as unknown as Statement[];
}

export function itemIdOf(snak: Snak | undefined): string | undefined {
  if (!snak || snak.snaktype === 'somevalue' || snak.snaktype === 'novalue') return undefined;
  const value = snak.datavalue?.value;
  return isRecord(value) && typeof value.id === 'string' && isItemId(value.id) ? value.id : undefined;
}

export function timeOf(snak: Snak | undefined): FuzzyDate | null {
  // somevalue/novalue carry no time; trimmed recordings may omit snaktype on value snaks.
  if (!snak || (snak.snaktype !== undefined && snak.snaktype !== 'value')) return null;
  const value = snak.datavalue?.value;
  return isRecord(value) ? fromWikibaseTime(value) : null;
}

/** True when the snak says "some unknown value" (e.g. an end date that is known to exist but not known). */
export const isSomeValue = (snak: Snak | undefined): boolean => snak?.snaktype === 'somevalue';

/** Item ids a property points to (non-deprecated). */
export function itemValues(entity: WikidataEntity, property: string): string[] {
  return statementsOf(entity, property).map((st) => itemIdOf(st.mainsnak)).filter((id): id is string => Boolean(id));
}

export function qualifier(statement: Statement, property: string): Snak | undefined {
  return statement.qualifiers?.[property]?.[0];
}
