/**
 * Run-time emission scores. The score of a token is the sum of
 * - five cached vectors: the unary features of the words at offsets −2..+2 (cached per word type per model), and
 * - its context features, looked up one by one.
 * Caching the unary part removes most of the hash lookups: common words are scored once per session.
 */
import type { WordInfo } from './features';
import { boundaryInfo, contextFeatures, makeWordInfo, prepareDoc, unaryFeatures } from './features';
import type { CachedWord, NerModel } from './model';
import type { Tokens } from './tokenize';
import type { DocFeatures } from './features';

/** Offsets −2..+2 of unary features. */
const WINDOW = 2;
const N_OFFSETS = 2 * WINDOW + 1;
/** The word cache is cleared when it grows beyond this many types (bounded memory in a long-lived worker). */
const MAX_CACHED_WORDS = 200_000;

const scratch: number[] = [];

/** Adds the weights of features `fids` to `out[offset..offset+T)`. */
function addFeatureScores(model: NerModel, fids: number[], out: Float32Array, offset: number): void {
  const T = model.nTags, w = model.weights;
  for (let f = 0; f < fids.length; f++) {
    const row = model.rows.get(fids[f] as number);
    if (row === 0) continue;
    const base = (row - 1) * T, s = model.rowScale[row - 1] as number;
    for (let t = 0; t < T; t++) out[offset + t] = (out[offset + t] as number) + (w[base + t] as number) * s;
  }
}

function cachedWord(model: NerModel, word: string): CachedWord {
  let c = model.cache.get(word);
  if (c !== undefined) return c;
  if (model.cache.size >= MAX_CACHED_WORDS) model.cache.clear();
  c = computeCached(model, makeWordInfo(word, model.gaz, model.clusters));
  model.cache.set(word, c);
  return c;
}

function computeCached(model: NerModel, info: WordInfo): CachedWord {
  const T = model.nTags;
  const unary = new Float32Array(N_OFFSETS * T);
  for (let k = -WINDOW; k <= WINDOW; k++) {
    scratch.length = 0;
    unaryFeatures(info, k, scratch);
    addFeatureScores(model, scratch, unary, (k + WINDOW) * T);
  }
  return { info, unary };
}

const padCache = new WeakMap<NerModel, CachedWord>();
function padWord(model: NerModel): CachedWord {
  let p = padCache.get(model);
  if (!p) { p = computeCached(model, boundaryInfo()); padCache.set(model, p); }
  return p;
}

export interface ScoredDoc {
  doc: DocFeatures;
  emis: Float32Array;
}

/** Computes the emission matrix (count × nTags) of a tokenized text. */
export function scoreDoc(model: NerModel, text: string, tokens: Tokens): ScoredDoc {
  const n = tokens.count, T = model.nTags;
  const words: CachedWord[] = new Array<CachedWord>(n);
  const infos: WordInfo[] = new Array<WordInfo>(n);
  for (let i = 0; i < n; i++) {
    const c = cachedWord(model, text.slice(tokens.starts[i], tokens.ends[i]));
    words[i] = c;
    infos[i] = c.info;
  }
  const doc = prepareDoc(tokens, infos, model.gaz, model.dict);
  const pad = padWord(model);
  const emis = new Float32Array(n * T);
  for (let i = 0; i < n; i++) {
    const base = i * T;
    for (let k = -WINDOW; k <= WINDOW; k++) {
      const j = i + k;
      const u = (j < 0 || j >= n ? pad : (words[j] as CachedWord)).unary;
      const off = (k + WINDOW) * T;
      for (let t = 0; t < T; t++) emis[base + t] = (emis[base + t] as number) + (u[off + t] as number);
    }
    scratch.length = 0;
    contextFeatures(doc, i, pad.info, scratch);
    addFeatureScores(model, scratch, emis, base);
  }
  return { doc, emis };
}
