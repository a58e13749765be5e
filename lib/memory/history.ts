import { nameKey } from '../entities/name-key';
import type { EntityType } from '../entities/types';
import { isNullableString, isRecord, isString } from '../util/guards';

/** One article the reader read, as Backstory remembers it on the device. */
export interface ReadRecord {
  /** Canonical URL of the article (the key: reading it again updates the record). */
  url: string;
  title: string | null;
  outlet: string | null;
  publishedTime: string | null;
  /** When the reader opened it (ms since epoch). */
  readAt: number;
  /** The people and organizations it named. */
  entities: Array<{ key: string; name: string; type: EntityType }>;
}

/** What the reader has read before about one entity. */
export interface EntityMemory {
  count: number;
  /** Most recent first, at most MEMORY_LIST_LIMIT. */
  articles: Array<Pick<ReadRecord, 'url' | 'title' | 'outlet' | 'publishedTime' | 'readAt'>>;
}

/** How many earlier articles the panel lists per entity. */
export const MEMORY_LIST_LIMIT = 10;
/** Retention choices offered in the options, in days (0: keep until cleared). */
export const RETENTION_CHOICES = [30, 90, 365, 0] as const;
export const DEFAULT_RETENTION_DAYS = 365;
const DAY_MS = 86_400_000;

/** The same person or organization across articles: type plus the accent- and case-insensitive name. */
export function entityKey(type: EntityType, name: string): string {
  return `${type}:${nameKey(name)}`;
}

/** What the reader read about an entity, apart from the article in front of them. */
export function memoryFor(records: readonly ReadRecord[], key: string, currentUrl: string | null): EntityMemory {
  const matching = records
    .filter((record) => record.url !== currentUrl && record.entities.some((entity) => entity.key === key))
    .sort((a, b) => b.readAt - a.readAt);
  return {
    count: matching.length,
    articles: matching.slice(0, MEMORY_LIST_LIMIT).map(({ url, title, outlet, publishedTime, readAt }) => ({ url, title, outlet, publishedTime, readAt })),
  };
}

/** True when a record is older than the retention period (0 days: kept until cleared). */
export function isExpired(record: Pick<ReadRecord, 'readAt'>, now: number, retentionDays: number): boolean {
  return retentionDays > 0 && now - record.readAt > retentionDays * DAY_MS;
}

/** The export file's format marker and version: an import checks both. */
export const EXPORT_FORMAT = 'backstory-history';
export const EXPORT_VERSION = 1;

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  records: ReadRecord[];
}

export function exportHistory(records: readonly ReadRecord[], now: number): HistoryExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), records: [...records] };
}


function isReadRecord(value: unknown): value is ReadRecord {
  if (!isRecord(value)) return false;
  const record = value;
  return (
    isString(record['url']) &&
    /^https?:\/\//.test(record['url']) &&
    isNullableString(record['title']) &&
    isNullableString(record['outlet']) &&
    isNullableString(record['publishedTime']) &&
    typeof record['readAt'] === 'number' &&
    Number.isFinite(record['readAt']) &&
    Array.isArray(record['entities']) &&
    record['entities'].every((entity: unknown) => {
      const item = entity as Record<string, unknown> | null;
      return !!item && isString(item['key']) && isString(item['name']) && (item['type'] === 'PER' || item['type'] === 'ORG');
    })
  );
}

/** Reads an export file: every record checked, so a hand-edited or foreign file cannot inject bad data. */
export function parseHistoryImport(text: string): { ok: true; value: ReadRecord[] } | { ok: false; error: 'invalid' } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  const file = parsed as Partial<HistoryExport> | null;
  if (!file || file.format !== EXPORT_FORMAT || file.version !== EXPORT_VERSION || !Array.isArray(file.records)) return { ok: false, error: 'invalid' };
  return file.records.every(isReadRecord) ? { ok: true, value: file.records } : { ok: false, error: 'invalid' };
}
