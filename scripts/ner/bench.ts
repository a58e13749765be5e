/**
 * npm run bench:ner — speed, size and cold start of Backstory's tagger vs compromise, in one process.
 * Text: the committed dev sample (data/ner/dev-sample.jsonl) plus the seed-like sample article, repeated.
 * - The engine is measured as it ships: lib/ner bundled and minified by esbuild into one module, as Vite bundles it
 *   into the extension's background (so the cold start includes parsing the module with its inlined model).
 * - words/s: whitespace-separated words per second, after warm-up, best of 12 interleaved rounds per system; the
 *   ratio of the bests, and the median and range of the 12 paired rounds' ratios;
 * - 2,000-word article: ms per call on a 2,000-word slice, after warm-up (median);
 * - model size: the inlined model binary, raw and gzip; engine: the bundled, minified code without the model;
 * - cold start: importing the bundled module (parsing the inlined model), decoding the model (base64 → tables) and
 *   the first tagText call, in a fresh process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type * as NerApi from '../../lib/ner/index';
import { MODEL_BASE64 } from '../../lib/ner/model/model-data';
import { compromiseTag } from './baseline';

type Engine = Pick<typeof NerApi, 'tagText' | 'loadDefaultModel'>;

/** lib/ner bundled and minified as the extension ships it; with `external` the model module is left out (size). */
async function bundleEngine(outfile: string, external: string[] = []): Promise<string> {
  await build({
    entryPoints: [join(process.cwd(), 'lib', 'ner', 'index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile,
    external,
    logLevel: 'warning',
  });
  return outfile;
}

const ARTICLE_WORDS = 2000;
/** Interleaved timed rounds per system (12 × 2 × 400 ms ≈ 10 s): enough pairs for a median on a noisy machine. */
const ROUNDS = 12;
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
 * on a machine shared with other work; and the ratio of each round pair (A's round over the B round right after
 * it), whose median does not depend on catching both systems at the machine's fastest moment.
 */
function compareSpeed(a: (t: string) => unknown, b: (t: string) => unknown, docs: string[]): { bestA: number; bestB: number; paired: number[] } {
  let bestA = 0, bestB = 0;
  const paired: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const ra = round(a, docs, ROUND_MS), rb = round(b, docs, ROUND_MS);
    bestA = Math.max(bestA, ra);
    bestB = Math.max(bestB, rb);
    paired.push(ra / rb);
  }
  return { bestA, bestB, paired: paired.sort((x, y) => x - y) };
}

interface Cold { imported: number; load: number; first: number }

/** In a fresh process: import the bundle, decode the model, tag one sentence. */
async function coldChild(bundle: string): Promise<void> {
  const t0 = performance.now();
  // eslint-disable-next-line no-unsanitized/method -- the bundle this script has just built in a temporary folder
  const engine = (await import(pathToFileURL(bundle).href)) as Engine;
  const t1 = performance.now();
  const m = engine.loadDefaultModel();
  const t2 = performance.now();
  engine.tagText('Turkey’s intelligence chief Ibrahim Kalin met with Hamas leaders on Saturday.', m);
  const t3 = performance.now();
  process.stdout.write(JSON.stringify({ imported: t1 - t0, load: t2 - t1, first: t3 - t2 } satisfies Cold));
}

function coldStart(bundle: string): string {
  const runs: Cold[] = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', '--cold-child', bundle], { encoding: 'utf8' });
    runs.push(JSON.parse(out) as Cold);
  }
  const total = (c: Cold) => c.imported + c.load + c.first;
  runs.sort((a, b) => total(a) - total(b));
  const m = runs[1] ?? runs[0]!;
  return `cold start (fresh process, median of 3): import ${m.imported.toFixed(1)} ms + model decode ${m.load.toFixed(1)} ms + first tagText ${m.first.toFixed(1)} ms = ${total(m).toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const childAt = process.argv.indexOf('--cold-child');
  if (childAt >= 0) { await coldChild(process.argv[childAt + 1] ?? ''); return; }
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-ner-'));
  const bundle = await bundleEngine(join(dir, 'ner.mjs'));
  const codeOnly = readFileSync(await bundleEngine(join(dir, 'ner-code.mjs'), ['./model/model-data']));
  // eslint-disable-next-line no-unsanitized/method -- the bundle this script has just built in a temporary folder
  const engine = (await import(pathToFileURL(bundle).href)) as Engine;
  const { tagText } = engine;
  const text = loadText();
  const docs = text.split('\n\n');
  const model = engine.loadDefaultModel();
  // warm-up
  for (const d of docs) { tagText(d, model); compromiseTag(d); }
  const { bestA: ours, bestB: theirs, paired } = compareSpeed((t) => tagText(t, model), compromiseTag, docs);
  // a 2,000-word article
  const all = text.split(/(\s+)/);
  let article = '', n = 0;
  for (const piece of all) { article += piece; if (/\S/.test(piece)) n++; if (n >= ARTICLE_WORDS) break; }
  for (let i = 0; i < 10; i++) tagText(article, model);
  const times: number[] = [];
  for (let i = 0; i < ARTICLE_RUNS; i++) { const t0 = performance.now(); tagText(article, model); times.push(performance.now() - t0); }
  times.sort((a, b) => a - b);
  const raw = Buffer.from(MODEL_BASE64, 'base64');
  console.log(`text: ${docs.length} documents, ${words(text)} words (data/ner/dev-sample.jsonl)`);
  console.log(`Backstory:  ${Math.round(ours).toLocaleString('en-US')} words/s (bundled as shipped)`);
  console.log(`compromise: ${Math.round(theirs).toLocaleString('en-US')} words/s`);
  const median = ((paired[(paired.length - 1) >> 1] ?? 0) + (paired[paired.length >> 1] ?? 0)) / 2;
  console.log(`ratio: ${(ours / theirs).toFixed(1)}x (best against best); paired rounds: median ${median.toFixed(1)}x, range ${(paired[0] ?? 0).toFixed(1)}–${(paired.at(-1) ?? 0).toFixed(1)}x`);
  console.log(`2,000-word article: median ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(2)} ms, p90 ${(times[Math.floor(times.length * 0.9)] ?? 0).toFixed(2)} ms (after warm-up)`);
  console.log(`model: ${raw.length.toLocaleString('en-US')} bytes raw, ${gzipSync(raw, { level: 9 }).length.toLocaleString('en-US')} gzip; inlined as base64: ${MODEL_BASE64.length.toLocaleString('en-US')} chars, ${gzipSync(Buffer.from(MODEL_BASE64), { level: 9 }).length.toLocaleString('en-US')} gzip`);
  console.log(`engine (bundled, minified, without the model): ${codeOnly.length.toLocaleString('en-US')} bytes, ${gzipSync(codeOnly, { level: 9 }).length.toLocaleString('en-US')} gzip`);
  console.log(coldStart(bundle));
}

await main();
