/**
 * Span-level evaluation (used by scripts/ner/eval.ts, the trainer's early stopping and the regression test).
 * - strict: a prediction is correct when start, end and type equal a gold span;
 * - overlap: a prediction is correct when it overlaps a gold span of the same type (and a gold span is found
 *   when some prediction of its type overlaps it).
 * Gold spans flagged `nested`, `person_group_or_role` or `gpe_metonymy` (GUM conventions), and gold spans of
 * types outside PER/ORG/LOC/MISC (GUM's TIME, NORP), are ignored: they are not counted as misses, and a
 * prediction that overlaps only such spans is not counted as a false positive.
 */
import { ENTITY_TYPES } from './tags';

export interface GoldSpan {
  start: number;
  end: number;
  type: string;
  nested?: boolean;
  person_group_or_role?: boolean;
  gpe_metonymy?: boolean;
}

export interface PredSpan { start: number; end: number; type: string }

export interface Counts { tp: number; fp: number; fn: number }
export interface TypeScores { strict: Counts; overlapP: Counts; overlapR: Counts }
export type ScoreTable = Record<string, TypeScores>;

const SCORED_TYPES: readonly string[] = ENTITY_TYPES;

export function isIgnoredGold(g: GoldSpan): boolean {
  return !SCORED_TYPES.includes(g.type) || g.nested === true || g.person_group_or_role === true || g.gpe_metonymy === true;
}

export function emptyTable(): ScoreTable {
  const t: ScoreTable = {};
  for (const ty of [...SCORED_TYPES, 'ALL']) {
    t[ty] = { strict: { tp: 0, fp: 0, fn: 0 }, overlapP: { tp: 0, fp: 0, fn: 0 }, overlapR: { tp: 0, fp: 0, fn: 0 } };
  }
  return t;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Adds one document's counts to `table`. */
export function scoreDocument(gold: GoldSpan[], pred: PredSpan[], table: ScoreTable): void {
  const scored = gold.filter((g) => !isIgnoredGold(g));
  const ignored = gold.filter((g) => isIgnoredGold(g));
  const exact = new Set(scored.map((g) => `${g.start}:${g.end}:${g.type}`));
  const keep = pred.filter((p) => SCORED_TYPES.includes(p.type)).filter((p) => {
    if (exact.has(`${p.start}:${p.end}:${p.type}`)) return true;
    // drop predictions that touch only ignored gold spans
    return !(ignored.some((g) => overlaps(g, p)) && !scored.some((g) => overlaps(g, p)));
  });
  const predExact = new Set(keep.map((p) => `${p.start}:${p.end}:${p.type}`));
  const add = (type: string, kind: keyof TypeScores, field: keyof Counts): void => {
    for (const ty of [type, 'ALL']) { const c = table[ty]; if (c) c[kind][field]++; }
  };
  for (const p of keep) {
    add(p.type, 'strict', exact.has(`${p.start}:${p.end}:${p.type}`) ? 'tp' : 'fp');
    add(p.type, 'overlapP', scored.some((g) => g.type === p.type && overlaps(g, p)) ? 'tp' : 'fp');
  }
  for (const g of scored) {
    if (!predExact.has(`${g.start}:${g.end}:${g.type}`)) add(g.type, 'strict', 'fn');
    add(g.type, 'overlapR', keep.some((p) => p.type === g.type && overlaps(g, p)) ? 'tp' : 'fn');
  }
}

export interface PRF { p: number; r: number; f: number }

export function prf(c: Counts): PRF {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Overlap P from overlapP counts, R from overlapR counts. */
export function overlapPRF(s: TypeScores): PRF {
  const p = prf(s.overlapP).p, r = prf(s.overlapR).r;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function strictF1(table: ScoreTable, type: string): number {
  const s = table[type];
  return s ? prf(s.strict).f : 0;
}
