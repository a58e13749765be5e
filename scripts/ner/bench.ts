/**
 * npm run bench:ner — speed, size and cold start of Backstory's tagger vs compromise, in one process.
 * Text: the committed dev sample (data/ner/dev-sample.jsonl) plus the seed-like sample article, repeated.
 * - words/s: whitespace-separated words per second, after warm-up, best of 8 interleaved rounds per system;
 * - 2,000-word article: ms per call on a 2,000-word slice, after warm-up (median);
 * - model size: the inlined model binary, raw and gzip; engine: the lib/ner sources' gzip size as a proxy;
 * - cold start: decoding the bundled model (base64 → tables) plus the first tagText call, in a fresh process.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadDefaultModel, tagText } from '../../lib/ner/index';
import { MODEL_BASE64 } from '../../lib/ner/model/model-data';
import { compromiseTag } from './baseline';

const ARTICLE_WORDS = 2000;
const ROUNDS = 8;
const ROUND_MS = 400;
const ARTICLE_RUNS = 50;

function words(t: string): number { return t.split(/\s+/).filter(Boolean).length; }

function loadText(): string {
  const path = join(process.cwd(), 'data', 'ner', 'dev-sample.jsonl');
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text).join('\n\n');
}

/** Words per second of one timed round of at least `minMs`. */
function round(fn: (t: string) => unknown, docs: string[], minMs: number): number {
  const perPass = docs.reduce((a, d) => a + words(d), 0); // counted outside the timed loop
  let n = 0;
  const t0 = performance.now();
  let ms = 0;
  do { for (const d of docs) fn(d); n += perPass; ms = performance.now() - t0; } while (ms < minMs);
  return (n / ms) * 1000;
}

/**
 * Best-of-ROUNDS words/s for both systems, rounds interleaved (A, B, A, B…) so that both get the same chances
 * on a machine shared with other work.
 */
function compareSpeed(a: (t: string) => unknown, b: (t: string) => unknown, docs: string[]): [number, number] {
  let bestA = 0, bestB = 0;
  for (let r = 0; r < ROUNDS; r++) {
    bestA = Math.max(bestA, round(a, docs, ROUND_MS));
    bestB = Math.max(bestB, round(b, docs, ROUND_MS));
  }
  return [bestA, bestB];
}

function coldStart(): string {
  if (process.argv.includes('--cold-child')) {
    const t0 = performance.now();
    const m = loadDefaultModel();
    const t1 = performance.now();
    tagText('Turkey’s intelligence chief Ibrahim Kalin met with Hamas leaders on Saturday.', m);
    const t2 = performance.now();
    process.stdout.write(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));
    process.exit(0);
  }
  const runs: Array<{ load: number; first: number }> = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', '--cold-child'], { encoding: 'utf8' });
    runs.push(JSON.parse(out) as { load: number; first: number });
  }
  runs.sort((a, b) => a.load + a.first - (b.load + b.first));
  const m = runs[1] ?? runs[0]!;
  return `cold start (fresh process, median of 3): model decode ${m.load.toFixed(1)} ms + first tagText ${m.first.toFixed(1)} ms = ${(m.load + m.first).toFixed(1)} ms`;
}

function main(): void {
  if (process.argv.includes('--cold-child')) { coldStart(); return; }
  const text = loadText();
  const docs = text.split('\n\n');
  const model = loadDefaultModel();
  // warm-up
  for (const d of docs) { tagText(d, model); compromiseTag(d); }
  const [ours, theirs] = compareSpeed((t) => tagText(t, model), compromiseTag, docs);
  // a 2,000-word article
  const all = text.split(/(\s+)/);
  let article = '', n = 0;
  for (const piece of all) { article += piece; if (/\S/.test(piece)) n++; if (n >= ARTICLE_WORDS) break; }
  for (let i = 0; i < 10; i++) tagText(article, model);
  const times: number[] = [];
  for (let i = 0; i < ARTICLE_RUNS; i++) { const t0 = performance.now(); tagText(article, model); times.push(performance.now() - t0); }
  times.sort((a, b) => a - b);
  const raw = Buffer.from(MODEL_BASE64, 'base64');
  const engineDir = join(process.cwd(), 'lib', 'ner');
  const engineSrc = readdirSync(engineDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => readFileSync(join(engineDir, f), 'utf8')).join('\n');
  console.log(`text: ${docs.length} documents, ${words(text)} words (data/ner/dev-sample.jsonl)`);
  console.log(`Backstory:  ${Math.round(ours).toLocaleString('en-US')} words/s`);
  console.log(`compromise: ${Math.round(theirs).toLocaleString('en-US')} words/s`);
  console.log(`ratio: ${(ours / theirs).toFixed(1)}x`);
  console.log(`2,000-word article: median ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(2)} ms, p90 ${(times[Math.floor(times.length * 0.9)] ?? 0).toFixed(2)} ms (after warm-up)`);
  console.log(`model: ${raw.length.toLocaleString('en-US')} bytes raw, ${gzipSync(raw, { level: 9 }).length.toLocaleString('en-US')} gzip; inlined as base64: ${MODEL_BASE64.length.toLocaleString('en-US')} chars, ${gzipSync(Buffer.from(MODEL_BASE64), { level: 9 }).length.toLocaleString('en-US')} gzip`);
  console.log(`engine source (TypeScript, unminified): ${gzipSync(Buffer.from(engineSrc), { level: 9 }).length.toLocaleString('en-US')} bytes gzip`);
  console.log(coldStart());
}

main();
