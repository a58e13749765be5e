/**
 * GDELT DOC 2.0 answers: the text-or-JSON body, artlist rows and timeline series. Errors come as one plain
 * sentence with HTTP 200, rate limits as 429 text, bodies sometimes carry invalid JSON escapes.
 */
import type { HttpReply } from './http';
import { fail, ok } from './types';
import type { KnowledgeResult } from './types';

/** Reads a GDELT body: JSON (repaired once if needed), or the error the text means. */
export function parseGdeltBody(reply: HttpReply): KnowledgeResult<Record<string, unknown>> {
  const text = reply.text;
  if (reply.status === 429) return fail('rate-limited', text.slice(0, 200));
  if (reply.status >= 500) return fail('unavailable', `HTTP ${reply.status}`);
  if (!text.trim()) return fail('unavailable', 'empty body');
  if (/^\s*</.test(text)) return fail('unavailable', 'HTML page');
  // One plain sentence ("The specified phrase is too short."): the query itself is refused; retrying won't help.
  if (!/^\s*[{[]/.test(text)) return fail('rejected', text.trim().slice(0, 200));
  const parsed = parseLenient(text);
  if (parsed === undefined) return fail('invalid-response', 'invalid JSON');
  return ok(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {});
}

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // GDELT titles occasionally carry "\'" or raw control characters: drop them and try once more.
    const repaired = text.replace(/\\(?!["\\/bfnrtu])/g, '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

/** GDELT's tokenised titles → readable: "U . S . Indexes" → "U.S. Indexes", "rally ; investors" → "rally; investors". */
export function detokenize(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?%)\]}’])/g, '$1')
    .replace(/([([{‘])\s+/g, '$1')
    .replace(/\b([A-Z])\.\s(?=[A-Z]\.)/g, '$1.')
    .replace(/(\w)\s*(['’])\s*(s|t|re|ve|ll|d|m)\b/g, '$1$2$3')
    .trim();
}

/** "20250419T171500Z" → "2025-04-19T17:15:00Z" (GDELT's crawl time, ISO basic format). */
export function seenDateToIso(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : null;
}

export interface CoverageItem {
  url: string;
  title: string;
  /** The outlet's domain ("thehindu.com"). */
  outlet: string;
  /** When GDELT saw it (ISO, UTC) — not the publication time; for Google News items, the feed's publication time. */
  seen: string;
  /** Language name as GDELT gives it ("English", "Malayalam"). */
  language: string;
  country?: string;
  image?: string;
  /** Which index found it (absent in lists cached before Google News existed: GDELT). */
  via?: CoverageVia;
}

export type CoverageVia = 'gdelt' | 'google-news';

/** URL identity for de-duplication: no scheme, no www., no query/fragment, no trailing slash. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '').replace(/^m\./, '')}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}

/** Title identity: syndicated copies differ by a " - Outlet" suffix, case and punctuation. */
export function titleKey(title: string): string {
  return title
    .replace(/\s[-–|]\s[^-–|]{2,40}$/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Artlist rows → coverage items: de-tokenized, de-duplicated by URL and near-identical title, the article itself excluded. */
export function parseArtlist(body: Record<string, unknown>, excludeUrl?: string | null): CoverageItem[] {
  const rows = Array.isArray(body.articles) ? body.articles : [];
  const seenUrls = new Set<string>(excludeUrl ? [urlKey(excludeUrl)] : []);
  const seenTitles = new Set<string>();
  const items: CoverageItem[] = [];
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    const r = row as Record<string, unknown>;
    const url = str(r.url);
    const seen = seenDateToIso(r.seendate);
    if (!/^https?:\/\//.test(url) || !seen) continue;
    const title = detokenize(str(r.title));
    const keyU = urlKey(url);
    const keyT = titleKey(title);
    if (seenUrls.has(keyU) || (keyT && seenTitles.has(keyT))) continue;
    seenUrls.add(keyU);
    if (keyT) seenTitles.add(keyT);
    const item: CoverageItem = { url, title, outlet: str(r.domain) || keyU.split('/')[0] || '', seen, language: str(r.language) || 'unknown' };
    if (str(r.sourcecountry)) item.country = str(r.sourcecountry);
    if (/^https:\/\//.test(str(r.socialimage))) item.image = str(r.socialimage);
    items.push(item);
  }
  return items;
}

export type Resolution = '15m' | 'hour' | 'day';

export interface VolumeSeries {
  resolution: Resolution;
  /** Share of all coverage GDELT monitored (percent), per bucket; missing buckets filled with 0. */
  points: Array<{ date: string; value: number }>;
}

const MAX_POINTS = 5_000;
const STEP_MS: Record<Resolution, number> = { '15m': 15 * 60_000, hour: 3_600_000, day: 86_400_000 };

function resolutionOf(value: unknown): Resolution {
  const text = String(value ?? '').toLowerCase();
  if (text.startsWith('15')) return '15m';
  if (text.startsWith('hour')) return 'hour';
  return 'day';
}

/**
 * timelinevol → a chart-ready series. GDELT omits empty buckets: they are filled with zeros between `from` and
 * `to` (defaults: the first and last bucket GDELT returned).
 */
export function parseTimeline(body: Record<string, unknown>, range?: { from: number; to: number }): VolumeSeries {
  const details = typeof body.query_details === 'object' && body.query_details !== null ? (body.query_details as Record<string, unknown>) : {};
  const resolution = resolutionOf(details.date_resolution);
  const step = STEP_MS[resolution];
  const series = Array.isArray(body.timeline) ? body.timeline[0] : undefined;
  const data = series && typeof series === 'object' && Array.isArray((series as Record<string, unknown>).data) ? ((series as Record<string, unknown>).data as unknown[]) : [];
  const values = new Map<number, number>();
  for (const point of data) {
    if (typeof point !== 'object' || point === null) continue;
    const iso = seenDateToIso((point as Record<string, unknown>).date);
    const value = Number((point as Record<string, unknown>).value);
    if (iso && Number.isFinite(value)) values.set(Math.floor(Date.parse(iso) / step) * step, value);
  }
  const known = [...values.keys()];
  const to = range ? Math.floor(range.to / step) * step : Math.max(...known);
  // A chart never needs more points than this; a fine resolution over a long range keeps the most recent ones.
  const from = Math.max(range ? Math.floor(range.from / step) * step : Math.min(...known), to - (MAX_POINTS - 1) * step);
  const points: VolumeSeries['points'] = [];
  if (!Number.isFinite(from) || !Number.isFinite(to)) return { resolution, points };
  for (let t = from; t <= to; t += step) points.push({ date: new Date(t).toISOString(), value: values.get(t) ?? 0 });
  return { resolution, points };
}
