/**
 * npm run eval:ner -- --gold FILE.jsonl [--errors N]
 * P/R/F1 per type, strict and overlap, for Backstory and the compromise baseline in the same run.
 * GUM-style flagged gold spans are ignored (see lib/ner/score.ts). --errors N prints N example errors per
 * type for Backstory to stderr.
 */
import { readFileSync } from 'node:fs';
import { loadDefaultModel, tagText } from '../../lib/ner/index';
import { emptyTable, isIgnoredGold, overlapPRF, prf, scoreDocument } from '../../lib/ner/score';
import type { GoldSpan, PredSpan, ScoreTable } from '../../lib/ner/score';
import { ENTITY_TYPES } from '../../lib/ner/tags';
import { compromiseTag } from './baseline';

interface GoldDoc { id: string; text: string; entities: Array<GoldSpan & { text: string }> }

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function pct(x: number): string { return (100 * x).toFixed(1).padStart(5); }

function printTable(name: string, t: ScoreTable): void {
  console.log(`\n${name}`);
  console.log('type  | strict P     R     F1  | overlap P     R     F1  | gold  pred');
  for (const ty of [...ENTITY_TYPES, 'ALL']) {
    const s = t[ty];
    if (!s) continue;
    const st = prf(s.strict), ov = overlapPRF(s);
    const gold = s.strict.tp + s.strict.fn, pred = s.strict.tp + s.strict.fp;
    console.log(`${ty.padEnd(5)} |   ${pct(st.p)} ${pct(st.r)} ${pct(st.f)} |   ${pct(ov.p)} ${pct(ov.r)} ${pct(ov.f)}  | ${String(gold).padStart(5)} ${String(pred).padStart(5)}`);
  }
}

function main(): void {
  const goldPath = arg('--gold');
  if (!goldPath) { console.error('usage: npm run eval:ner -- --gold FILE.jsonl [--errors N]'); process.exit(2); }
  const nErrors = Number(arg('--errors') ?? 0);
  const docs = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
  const model = loadDefaultModel();
  const ours = emptyTable(), base = emptyTable();
  const errors: string[] = [];
  for (const d of docs) {
    const pred = tagText(d.text, model);
    scoreDocument(d.entities, pred, ours);
    scoreDocument(d.entities, compromiseTag(d.text), base);
    if (nErrors > 0) collectErrors(d, pred, errors);
  }
  const words = docs.reduce((a, d) => a + d.text.split(/\s+/).filter(Boolean).length, 0);
  console.log(`gold: ${goldPath} — ${docs.length} documents, ${words} words`);
  printTable('Backstory', ours);
  printTable('compromise 14.17 (PER=people, ORG=organizations, LOC=places; no MISC)', base);
  if (nErrors > 0) for (const e of errors.slice(0, nErrors)) console.error(e);
}

function collectErrors(d: GoldDoc, pred: PredSpan[], out: string[]): void {
  const ctx = (s: number, e: number): string => d.text.slice(Math.max(0, s - 30), e + 30).replace(/\n/g, ' ');
  const gold = d.entities.filter((g) => !isIgnoredGold(g));
  const key = (x: { start: number; end: number; type: string }): string => `${x.start}:${x.end}:${x.type}`;
  const gk = new Set(gold.map(key)), pk = new Set(pred.map(key));
  for (const p of pred) if (!gk.has(key(p)) && !d.entities.some((g) => isIgnoredGold(g) && g.start < p.end && p.start < g.end)) {
    const g = gold.find((x) => x.start < p.end && p.start < x.end);
    out.push(`FP ${p.type} "${d.text.slice(p.start, p.end)}"${g ? ` (gold ${g.type} "${d.text.slice(g.start, g.end)}")` : ''} | ${ctx(p.start, p.end)}`);
  }
  for (const g of gold) if (!pk.has(key(g)) && !pred.some((p) => p.start < g.end && g.start < p.end)) {
    out.push(`FN ${g.type} "${d.text.slice(g.start, g.end)}" | ${ctx(g.start, g.end)}`);
  }
}

main();
