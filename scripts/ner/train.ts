/**
 * npm run train:ner — trains the tagger and writes lib/ner/model/model-data.ts.
 *
 * Averaged structured perceptron (Collins 2002) over BIO tags, first-order Viterbi, hashed features.
 * - data: ../shared/corpus/train per MIX.json (per-document weights scale the updates);
 * - partial labels: where a set does not annotate a type, the gold path is the best path among the tags
 *   the annotation allows (latent structured perceptron);
 * - the training-data dictionary is jackknifed: a document sees the dictionary built from the other half of
 *   the training documents, so the model does not learn to trust it blindly;
 * - fixed seed; early stopping on ../shared/corpus/dev/gum-dev.jsonl (PER+ORG strict F1), dev is never trained on;
 * - export: rows pruned to the MAX_ROWS largest, int8 quantized.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FEATURE_BITS } from '../../lib/ner/features';
import { hashString } from '../../lib/ner/hash';
import { HashDict } from '../../lib/ner/hashdict';
import { byteToScale, encodeModel, loadModel, scaleToByte } from '../../lib/ner/model';
import { N_TAGS } from '../../lib/ner/tags';
import { mulberry32 } from './random';
import { LINE_START_MASK, combineTransitions, viterbiCombined } from '../../lib/ner/viterbi';
import { decodeMask } from '../../lib/ner/features';
import { applyConsistency, spansFromTags } from '../../lib/ner/consistency';
import { ENTITY_TYPES } from '../../lib/ner/tags';
import { tagText } from '../../lib/ner/index';
import { emptyTable, prf, scoreDocument, strictF1 } from '../../lib/ner/score';
import type { GoldSpan, PredSpan, ScoreTable } from '../../lib/ner/score';
import { CORPUS, buildGazetteer, loadTrainingMix, readJsonl, requireShared } from './data';
import type { CorpusDoc } from './data';
import type { Instance } from './prepare';
import { DictCounts, WordTable, addDocToDict, dictFromCounts, makeInstance } from './prepare';
import { buildClusters } from './clusters';

const SEED = Number(process.env.NER_SEED ?? 20261127);
const MAX_EPOCHS = Number(process.env.NER_EPOCHS ?? 14);
const PATIENCE = 3;
/** Weight rows kept in the exported model (by largest |w|). */
const MAX_ROWS = Number(process.env.NER_MAX_ROWS ?? 60_000);
/** Quantization: int8 per row, the row's largest |w| maps to 127. */
const INT8_MAX = 127;
const T = N_TAGS;
const N_FEATS = 1 << FEATURE_BITS;
const OUT_MODEL_TS = join(process.cwd(), 'lib', 'ner', 'model', 'model-data.ts');
const OUT_DEV_SAMPLE = join(process.cwd(), 'data', 'ner', 'dev-sample.jsonl');
const OUT_BASELINE = join(process.cwd(), 'data', 'ner', 'regression-baseline.json');
/** Dev documents committed for the regression test (every k-th, so all genres are in). */
const DEV_SAMPLE_EVERY = 6;

function log(msg: string): void {
  process.stderr.write(`[${(performance.now() / 1000).toFixed(1)}s] ${msg}\n`);
}

function emissions(inst: Instance, w: Float32Array, out: Float32Array): void {
  const n = inst.tokens.count;
  out.fill(0, 0, n * T);
  for (let i = 0; i < n; i++) {
    const base = i * T;
    for (let k = inst.featStart[i] as number, e = inst.featStart[i + 1] as number; k < e; k++) {
      const f = (inst.feats[k] as number) * T;
      for (let t = 0; t < T; t++) out[base + t] = (out[base + t] as number) + (w[f + t] as number);
    }
  }
}

/** The gazetteer, for the consistency pass during dev evaluation. */
const gazRef: { current: HashDict } = { current: new HashDict(1) };
/** The full training-data dictionary, for the decoding mask during dev evaluation. */
const dictRef: { current: HashDict } = { current: new HashDict(1) };

function decodeSpans(inst: Instance, w: Float32Array, trans: Float32Array): PredSpan[] {
  const n = inst.tokens.count;
  const emis = new Float32Array(n * T);
  emissions(inst, w, emis);
  const tags = new Uint8Array(n);
  viterbiCombined(emis, n, combineTransitions(trans), tags, decodeMask(inst.tokens, inst.infos, dictRef.current, (1 << N_TAGS) - 1, LINE_START_MASK));
  applyConsistency(inst.text, inst.tokens, inst.infos, tags, gazRef.current);
  return spansFromTags(tags, n).map((s) => ({
    start: inst.tokens.starts[s.start] as number, end: inst.tokens.ends[s.end - 1] as number, type: ENTITY_TYPES[s.type] as string,
  }));
}

function devScore(dev: Instance[], gold: CorpusDoc[], w: Float32Array, trans: Float32Array): ScoreTable {
  const table = emptyTable();
  dev.forEach((inst, k) => scoreDocument((gold[k] as CorpusDoc).entities as GoldSpan[], decodeSpans(inst, w, trans), table));
  return table;
}

function fmt(table: ScoreTable): string {
  return ENTITY_TYPES.map((t) => { const s = prf(table[t]!.strict); return `${t} ${(100 * s.p).toFixed(1)}/${(100 * s.r).toFixed(1)}/${(100 * s.f).toFixed(1)}`; }).join('  ');
}

function objective(table: ScoreTable): number {
  return (strictF1(table, 'PER') + strictF1(table, 'ORG')) / 2;
}

function main(): void {
  requireShared();
  const rng = mulberry32(SEED);
  log('building gazetteers');
  const gaz = buildGazetteer();
  gazRef.current = gaz;
  log(`gazetteer entries: ${gaz.size}`);
  const mix = loadTrainingMix();
  log(`training documents: ${mix.length}`);
  // training-data dictionary, jackknifed in two folds by document id
  const foldOf = (id: string): number => hashString(id) & 1;
  const counts = [new DictCounts(), new DictCounts()];
  for (const wd of mix) addDocToDict(counts[foldOf(wd.doc.id)] as DictCounts, wd);
  const fullDict = dictFromCounts(counts);
  dictRef.current = fullDict;
  const foldDict = [dictFromCounts([counts[1] as DictCounts]), dictFromCounts([counts[0] as DictCounts])];
  log(`dictionary entries: ${fullDict.size}`);
  // word classes from the training documents' text alone (labels unused); NER_CLUSTERS=0 disables them
  const clusters = process.env.NER_CLUSTERS === '0' ? null : buildClusters(mix.map((wd) => wd.doc.text), log);
  const words = new WordTable(gaz, clusters);
  const train: Instance[] = mix.map((wd) => makeInstance(wd.doc, wd.weight, words, gaz, foldDict[foldOf(wd.doc.id)] as HashDict));
  const devDocs = readJsonl<CorpusDoc>(join(CORPUS, 'dev', 'gum-dev.jsonl'));
  const dev = devDocs.map((d) => makeInstance(d, 1, words, gaz, fullDict));
  const nTok = train.reduce((a, b) => a + b.tokens.count, 0);
  const nFeat = train.reduce((a, b) => a + b.feats.length, 0);
  log(`features ready: ${nTok} tokens, ${(nFeat / nTok).toFixed(1)} features/token`);

  if (process.env.NER_LOAD) {
    // re-export from dumped float weights (for pruning/quantization experiments) without training again
    const buf = readFileSync(process.env.NER_LOAD);
    const all = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
    exportModel(all.slice((T + 1) * T), all.slice(0, (T + 1) * T), gaz, fullDict, clusters, devDocs);
    return;
  }
  const W = new Float32Array(N_FEATS * T);
  const U = new Float64Array(N_FEATS * T);
  const TR = new Float32Array((T + 1) * T);
  const TU = new Float64Array((T + 1) * T);
  const avg = new Float32Array(N_FEATS * T);
  const avgTr = new Float32Array((T + 1) * T);
  let best = { score: -1, epoch: 0, w: new Float32Array(0), tr: new Float32Array(0) };
  let c = 1;
  const order = train.map((_, i) => i);
  const maxN = train.reduce((a, b) => Math.max(a, b.tokens.count), 0);
  const emis = new Float32Array(maxN * T);
  const pred = new Uint8Array(maxN), gold = new Uint8Array(maxN);

  const average = (): void => {
    for (let i = 0; i < W.length; i++) avg[i] = (W[i] as number) - (U[i] as number) / c;
    for (let i = 0; i < TR.length; i++) avgTr[i] = (TR[i] as number) - (TU[i] as number) / c;
  };

  for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)); const t = order[i] as number; order[i] = order[j] as number; order[j] = t; }
    let wrong = 0;
    for (const idx of order) {
      const inst = train[idx] as Instance;
      const n = inst.tokens.count;
      if (n === 0) continue;
      emissions(inst, W, emis);
      const tr = combineTransitions(TR);
      viterbiCombined(emis, n, tr, pred, inst.lineMask);
      viterbiCombined(emis, n, tr, gold, inst.allowed);
      const s = inst.weight, cs = c * s;
      for (let i = 0; i < n; i++) {
        const g = gold[i] as number, p = pred[i] as number;
        if (g !== p) {
          wrong++;
          for (let k = inst.featStart[i] as number, e = inst.featStart[i + 1] as number; k < e; k++) {
            const f = (inst.feats[k] as number) * T;
            W[f + g] = (W[f + g] as number) + s; U[f + g] = (U[f + g] as number) + cs;
            W[f + p] = (W[f + p] as number) - s; U[f + p] = (U[f + p] as number) - cs;
          }
        }
        const gp = i === 0 ? T : (gold[i - 1] as number), pp = i === 0 ? T : (pred[i - 1] as number);
        if (g !== p || gp !== pp) {
          TR[gp * T + g] = (TR[gp * T + g] as number) + s; TU[gp * T + g] = (TU[gp * T + g] as number) + cs;
          TR[pp * T + p] = (TR[pp * T + p] as number) - s; TU[pp * T + p] = (TU[pp * T + p] as number) - cs;
        }
      }
      c++;
    }
    average();
    const table = devScore(dev, devDocs, avg, avgTr);
    const obj = objective(table);
    log(`epoch ${epoch}: ${wrong} wrong tokens; dev ${fmt(table)}  PER+ORG ${(100 * obj).toFixed(2)}`);
    if (obj > best.score) best = { score: obj, epoch, w: avg.slice(), tr: avgTr.slice() };
    else if (epoch - best.epoch >= PATIENCE) { log('early stop'); break; }
  }
  log(`best epoch ${best.epoch}`);
  if (process.env.NER_DUMP) writeFileSync(process.env.NER_DUMP, Buffer.concat([Buffer.from(best.tr.buffer), Buffer.from(best.w.buffer)]));
  exportModel(best.w, best.tr, gaz, fullDict, clusters, devDocs);
}

function exportModel(w: Float32Array, tr: Float32Array, gaz: HashDict, dict: HashDict, clusters: HashDict | null, devDocs: CorpusDoc[]): void {
  // rank rows by max |w|
  const rowMax = new Float32Array(N_FEATS);
  for (let f = 0; f < N_FEATS; f++) {
    let m = 0;
    for (let t = 0; t < T; t++) m = Math.max(m, Math.abs(w[f * T + t] as number));
    rowMax[f] = m;
  }
  const nonzero = rowMax.filter((m) => m > 0).length;
  const sorted = Float32Array.from(rowMax).sort();
  const threshold = nonzero > MAX_ROWS ? (sorted[N_FEATS - MAX_ROWS] as number) : 1e-12;
  const keys: number[] = [];
  for (let f = 0; f < N_FEATS; f++) if ((rowMax[f] as number) >= threshold && (rowMax[f] as number) > 0) keys.push(f);
  const weights = new Int8Array(keys.length * T);
  const rowScale = new Float32Array(keys.length);
  keys.forEach((f, r) => {
    const scale = byteToScale(scaleToByte((rowMax[f] as number) / INT8_MAX));
    rowScale[r] = scale;
    for (let t = 0; t < T; t++) weights[r * T + t] = Math.round((w[f * T + t] as number) / scale);
  });
  log(`rows: ${nonzero} nonzero, kept ${keys.length} (|w| ≥ ${threshold.toFixed(3)})`);
  const bytes = encodeModel({ rowScale, trans: tr, rowKeys: Uint32Array.from(keys), weights, gaz, dict, clusters });
  log(`model: ${bytes.length} bytes raw, ${gzipSync(bytes, { level: 9 }).length} gzip`);
  mkdirSync(join(process.cwd(), 'lib', 'ner', 'model'), { recursive: true });
  const b64 = Buffer.from(bytes).toString('base64');
  writeFileSync(OUT_MODEL_TS,
    '// Generated by `npm run train:ner` (scripts/ner/train.ts). Do not edit.\n'
    + '// The NER model binary (format: lib/ner/model.ts), base64 so bundlers and Node import it alike.\n'
    + `export const MODEL_BASE64 =\n  '${b64}';\n`);
  // verify through the runtime path and record the regression baseline
  const model = loadModel(bytes);
  const table = emptyTable();
  const sampleTable = emptyTable();
  const sample: CorpusDoc[] = [];
  devDocs.forEach((d, k) => {
    const pred = tagText(d.text, model);
    scoreDocument(d.entities as GoldSpan[], pred, table);
    if (k % DEV_SAMPLE_EVERY === 0) { sample.push(d); scoreDocument(d.entities as GoldSpan[], pred, sampleTable); }
  });
  log(`runtime dev: ${fmt(table)}`);
  log(`runtime dev sample (${sample.length} docs): ${fmt(sampleTable)}`);
  mkdirSync(join(process.cwd(), 'data', 'ner'), { recursive: true });
  writeFileSync(OUT_DEV_SAMPLE, sample.map((d) => JSON.stringify({
    id: d.id, source: (d as unknown as Record<string, unknown>).source, license: (d as unknown as Record<string, unknown>).license,
    url: (d as unknown as Record<string, unknown>).url, text: d.text,
    entities: d.entities.map((e) => ({ start: e.start, end: e.end, type: e.type, text: e.text,
      ...(e.nested ? { nested: true } : {}), ...(e.person_group_or_role ? { person_group_or_role: true } : {}), ...(e.gpe_metonymy ? { gpe_metonymy: true } : {}) })),
  })).join('\n') + '\n');
  const baseline: Record<string, number> = {};
  for (const t of [...ENTITY_TYPES, 'ALL']) baseline[t] = Number(strictF1(sampleTable, t).toFixed(4));
  writeFileSync(OUT_BASELINE, JSON.stringify({ note: 'strict F1 of the committed model on data/ner/dev-sample.jsonl, written by train.ts', ...baseline }, null, 2) + '\n');
}

main();
