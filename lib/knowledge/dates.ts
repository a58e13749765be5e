/**
 * Dates with their precision. Wikidata writes "+1977-00-00T00:00:00Z" for "some day in 1977": `new Date()` on
 * that is an Invalid Date, so a date here is a string of exactly the known parts plus its precision.
 */
import { wikibaseTimeToSimpleDay } from 'wikibase-sdk';

export type Precision = 'year' | 'month' | 'day';

/** "2023", "2023-06" or "2023-06-04" (negative years for BCE: "-44-03-15"). */
export interface FuzzyDate {
  date: string;
  precision: Precision;
}

/** Wikidata precision codes (time datavalue `precision`). */
const WIKIBASE_YEAR = 9;
const WIKIBASE_MONTH = 10;
const WIKIBASE_DAY = 11;

const SIMPLE_DAY = /^(-?\d{1,6})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/**
 * A Wikidata time value → FuzzyDate, or null when unusable. Precisions coarser than a year (decade, century)
 * are kept as their year with precision "year"; finer than a day (hour…) become "day".
 */
export function fromWikibaseTime(value: { time?: unknown; precision?: unknown } | null | undefined): FuzzyDate | null {
  if (!value || typeof value.time !== 'string' || typeof value.precision !== 'number') return null;
  const precision = Math.min(value.precision, WIKIBASE_DAY);
  let simple: string;
  try {
    simple = wikibaseTimeToSimpleDay({ time: value.time, precision: Math.max(precision, WIKIBASE_YEAR) });
  } catch {
    return null;
  }
  const match = SIMPLE_DAY.exec(simple);
  if (!match) return null;
  const [, year, month, day] = match;
  if (precision >= WIKIBASE_DAY && month && day) return { date: `${year}-${month}-${day}`, precision: 'day' };
  if (precision >= WIKIBASE_MONTH && month) return { date: `${year}-${month}`, precision: 'month' };
  return { date: String(year), precision: 'year' };
}

/** An ISO 8601 date or date-time (article metadata) → a day-precision FuzzyDate in UTC, or null. */
export function fromIso(iso: string | null | undefined): FuzzyDate | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return { date: new Date(ms).toISOString().slice(0, 10), precision: 'day' };
}

/** A FuzzyDate for a millisecond timestamp (the injected clock). */
export function fromEpoch(ms: number): FuzzyDate {
  return { date: new Date(ms).toISOString().slice(0, 10), precision: 'day' };
}

function parts(date: FuzzyDate): { year: number; month: number; day: number } | null {
  const match = SIMPLE_DAY.exec(date.date);
  if (!match) return null;
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : 1, day: match[3] ? Number(match[3]) : 1 };
}

function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
}

/** The first and last millisecond the date may mean ("2023" → 1 Jan 2023 … 31 Dec 2023 23:59:59.999). */
export function bounds(date: FuzzyDate): { earliest: number; latest: number } | null {
  const p = parts(date);
  if (!p) return null;
  const earliest = utc(p.year, date.precision === 'year' ? 1 : p.month, date.precision === 'day' ? p.day : 1);
  const next =
    date.precision === 'year' ? utc(p.year + 1, 1, 1) : date.precision === 'month' ? utc(p.year, p.month + 1, 1) : utc(p.year, p.month, p.day + 1);
  return { earliest, latest: next - 1 };
}

/** Sort key: the earliest instant; unparseable dates sort last. */
export function sortKey(date: FuzzyDate): number {
  return bounds(date)?.earliest ?? Number.POSITIVE_INFINITY;
}

/** -1, 0, 1 by earliest instant, then coarser precision first ("2023" before "2023-01-01"). */
export function compareDates(a: FuzzyDate, b: FuzzyDate): number {
  const diff = sortKey(a) - sortKey(b);
  if (diff !== 0) return diff < 0 ? -1 : 1;
  const rank: Record<Precision, number> = { year: 0, month: 1, day: 2 };
  return rank[a.precision] - rank[b.precision];
}
