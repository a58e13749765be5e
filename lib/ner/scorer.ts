/**
 * Run-time emission scores, equal to the sum of the weights of the token's features (as the trainer computes
 * them), but organised for speed:
 * - per word type (cached per model): the unary features at offsets −2..+2, and the word as left/right
 *   neighbour conditioned on the token's capitalization class (6 classes each);
 * - small-domain context templates (capitalization triples, sentence/headline/glue flags, gazetteer and
 *   dictionary bits, document casing) are filled lazily into per-model tables;
 * - only four templates are looked up per token (word bigrams, shape trigram, two-word left context).
 */
import {
  FAR_WORD, N_CAP_CLASSES, boundaryInfo, ctxFid, decodeMask, isCapitalizedClass, makeWordInfo, newLowerStats, prepareDoc, unaryFeatures,
} from './features';
import type { DocFeatures, WordInfo } from './features';
import type { CachedWord, NerModel } from './model';
import { TF_GLUE_LEFT, TF_SENT_START, isLower, isUpper } from './tokenize';
import type { Tokens } from './tokenize';
import { SEQ_SEED, seqHash } from './hash';
import { T_CONNECTOR, TOKEN_BITS_SHIFT, TOKEN_FEATURE_BITS, tokenKey } from './gazetteer';
import { N_TAGS, TAG_O } from './tags';
import { LINE_START_MASK } from './viterbi';

/** Offsets −2..+2 of unary features. */
const WINDOW = 2;
const N_OFFSETS = 2 * WINDOW + 1;
/**
 * Vector blocks per cached word: 5 unary offsets, then 6 "as previous word" (given the tagged token's
 * capitalization class, including the offset −1 unary scores), then 6 "as next word" (including offset +1).
 */
const PREV_BLOCK = N_OFFSETS;
const NEXT_BLOCK = N_OFFSETS + N_CAP_CLASSES;
const N_BLOCKS = N_OFFSETS + 2 * N_CAP_CLASSES;
const N_LINE_MODES = 3;
const N_DOC_BITS = 4;
const N_BIT_GROUPS = 4;
const MAX_BITS = 32;

const scratch: number[] = [];
/** Tokens farther than this from any token with a capital or digit are not looked up (1 scored + 2 context). */
const LOOKUP_WINDOW = 3;
let hashBuf = new Uint32Array(0);
/** Emission matrix, reused between calls (valid until the next scoreDoc call). */
let emisBuf = new Float32Array(0);
let capBuf = new Uint8Array(0);
let farBuf = new Uint32Array(0);
const farWord: CachedWord = { info: FAR_WORD, unary: new Float32Array(0) };

/** Adds the weights of feature `f` to `out[offset..offset+T)`. */
function addFeature(model: NerModel, f: number, out: Float32Array, offset: number): void {
  const rt = model.rows;
  const base = rt.find(f);
  if (base < 0) return;
  const w = rt.bytes, s = rt.scales[rt.ubytes[base + 9]!]!;
  out[offset] = out[offset]! + w[base]! * s;
  out[offset + 1] = out[offset + 1]! + w[base + 1]! * s;
  out[offset + 2] = out[offset + 2]! + w[base + 2]! * s;
  out[offset + 3] = out[offset + 3]! + w[base + 3]! * s;
  out[offset + 4] = out[offset + 4]! + w[base + 4]! * s;
  out[offset + 5] = out[offset + 5]! + w[base + 5]! * s;
  out[offset + 6] = out[offset + 6]! + w[base + 6]! * s;
  out[offset + 7] = out[offset + 7]! + w[base + 7]! * s;
  out[offset + 8] = out[offset + 8]! + w[base + 8]! * s;
}

/** Lazily filled table of score vectors for a small integer domain; each entry sums the features fidsOf(index). */
class LazyTable {
  readonly data: Float32Array;
  private readonly filled: Uint8Array;
  constructor(private readonly model: NerModel, size: number, private readonly fidsOf: (index: number) => number[]) {
    this.data = new Float32Array(size * model.nTags);
    this.filled = new Uint8Array(size);
  }
  /** Offset of the vector of `index` in `data`. */
  at(index: number): number {
    const off = index * this.model.nTags;
    if (this.filled[index] === 0) {
      for (const f of this.fidsOf(index)) addFeature(this.model, f, this.data, off);
      this.filled[index] = 1;
    }
    return off;
  }
}

/** Index of the joint small-domain context: capitalization triple × sentence start × line mode × glue. */
function shapeCtxIndex(pc: number, cc: number, nc: number, sent: number, line: number, glueL: number, glueR: number): number {
  return (((((pc * C + cc) * C + nc) * 2 + sent) * N_LINE_MODES + line) * 2 + glueL) * 2 + glueR;
}

/** The features one joint index stands for (same ids as contextFeatures emits). */
function shapeCtxFids(index: number): number[] {
  let i = index;
  const glueR = i % 2; i = Math.floor(i / 2);
  const glueL = i % 2; i = Math.floor(i / 2);
  const line = i % N_LINE_MODES; i = Math.floor(i / N_LINE_MODES);
  const sent = i % 2; i = Math.floor(i / 2);
  const nc = i % C; i = Math.floor(i / C);
  const cc = i % C; i = Math.floor(i / C);
  const pc = i;
  const f = [ctxFid.bias(), ctxFid.cap3(pc, cc, nc)];
  if (sent) f.push(ctxFid.sent(cc));
  if (line !== 0) f.push(ctxFid.line(line, cc, sent));
  if (glueL || glueR) f.push(ctxFid.glue(glueL, glueR, cc));
  return f;
}

interface Tables {
  pad: CachedWord;
  /** bias + capitalization triple + sentence start + headline mode + glue, jointly (one vector per token) */
  shape: LazyTable;
  doc: LazyTable;
  bits: LazyTable;
  tok: LazyTable;
}

const C = N_CAP_CLASSES;
const tablesOf = new WeakMap<NerModel, Tables>();

function tables(model: NerModel): Tables {
  let t = tablesOf.get(model);
  if (t) return t;
  t = {
    pad: computeCached(model, boundaryInfo()),
    shape: new LazyTable(model, C * C * C * 2 * N_LINE_MODES * 2 * 2, shapeCtxFids),
    doc: new LazyTable(model, N_DOC_BITS * 2 * N_LINE_MODES, (i) => [ctxFid.doc(Math.floor(i / (2 * N_LINE_MODES)), Math.floor(i / N_LINE_MODES) % 2, i % N_LINE_MODES)]),
    bits: new LazyTable(model, N_BIT_GROUPS * MAX_BITS, (i) => [ctxFid.bit(Math.floor(i / MAX_BITS), i % MAX_BITS)]),
    tok: new LazyTable(model, MAX_BITS, (i) => [ctxFid.tokDict(i)]),
  };
  tablesOf.set(model, t);
  return t;
}

function computeCached(model: NerModel, info: WordInfo): CachedWord {
  const T = model.nTags;
  const vec = new Float32Array(N_BLOCKS * T);
  for (let k = -WINDOW; k <= WINDOW; k++) {
    scratch.length = 0;
    unaryFeatures(info, k, scratch);
    for (const f of scratch) addFeature(model, f, vec, (k + WINDOW) * T);
  }
  // neighbour blocks also include the word's unary scores at offset −1 / +1, so the tagger adds one vector
  // per neighbour instead of two
  for (let c = 0; c < C; c++) {
    addFeature(model, ctxFid.prevCap(info, c), vec, (PREV_BLOCK + c) * T);
    addVec(vec, (PREV_BLOCK + c) * T, vec, (WINDOW - 1) * T, T);
    addFeature(model, ctxFid.nextCap(info, c), vec, (NEXT_BLOCK + c) * T);
    addVec(vec, (NEXT_BLOCK + c) * T, vec, (WINDOW + 1) * T, T);
  }
  return { info, unary: vec };
}

function cachedWord(model: NerModel, text: string, start: number, end: number, h: number): CachedWord {
  let c = model.cache.get(text, start, end, h);
  if (c !== undefined) return c;
  const word = text.slice(start, end);
  const info = makeWordInfo(word, model.gaz, model.clusters, (lh) => {
    let s = model.lowerStats.get(lh);
    if (!s) { s = newLowerStats(); model.lowerStats.set(lh, s); }
    return s;
  });
  info.dictFull = model.dict.get(seqHash(SEQ_SEED, info.lowerHash));
  const tokFull = model.dict.get(tokenKey(info.lowerHash));
  info.tokBits = (tokFull >>> TOKEN_BITS_SHIFT) & ((1 << TOKEN_FEATURE_BITS) - 1);
  info.connector = tokFull & T_CONNECTOR ? 1 : 0;
  c = computeCached(model, info);
  if (model.cache.set(word, h, c)) model.lowerStats.clear();
  return c;
}

/** emis[base..base+9) += src[off..off+9), unrolled for the 9 BIO tags (the hottest loop of the tagger). */
function addVec(emis: Float32Array, base: number, src: Float32Array, off: number, _T: number): void {
  emis[base] = emis[base]! + src[off]!;
  emis[base + 1] = emis[base + 1]! + src[off + 1]!;
  emis[base + 2] = emis[base + 2]! + src[off + 2]!;
  emis[base + 3] = emis[base + 3]! + src[off + 3]!;
  emis[base + 4] = emis[base + 4]! + src[off + 4]!;
  emis[base + 5] = emis[base + 5]! + src[off + 5]!;
  emis[base + 6] = emis[base + 6]! + src[off + 6]!;
  emis[base + 7] = emis[base + 7]! + src[off + 7]!;
  emis[base + 8] = emis[base + 8]! + src[off + 8]!;
}
if (N_TAGS !== 9) throw new Error('scorer.ts addVec is unrolled for 9 tags');

/**
 * emis[base..base+9) = the sum of five cached vectors (the five words of the window): one store per tag
 * instead of five load-add-store rounds on the emission matrix.
 */
function setSum5(
  emis: Float32Array, base: number, a: Float32Array, ao: number, b: Float32Array, bo: number, c: Float32Array, co: number,
  d: Float32Array, dof: number, e: Float32Array, eo: number,
): void {
  emis[base] = a[ao]! + b[bo]! + c[co]! + d[dof]! + e[eo]!;
  emis[base + 1] = a[ao + 1]! + b[bo + 1]! + c[co + 1]! + d[dof + 1]! + e[eo + 1]!;
  emis[base + 2] = a[ao + 2]! + b[bo + 2]! + c[co + 2]! + d[dof + 2]! + e[eo + 2]!;
  emis[base + 3] = a[ao + 3]! + b[bo + 3]! + c[co + 3]! + d[dof + 3]! + e[eo + 3]!;
  emis[base + 4] = a[ao + 4]! + b[bo + 4]! + c[co + 4]! + d[dof + 4]! + e[eo + 4]!;
  emis[base + 5] = a[ao + 5]! + b[bo + 5]! + c[co + 5]! + d[dof + 5]! + e[eo + 5]!;
  emis[base + 6] = a[ao + 6]! + b[bo + 6]! + c[co + 6]! + d[dof + 6]! + e[eo + 6]!;
  emis[base + 7] = a[ao + 7]! + b[bo + 7]! + c[co + 7]! + d[dof + 7]! + e[eo + 7]!;
  emis[base + 8] = a[ao + 8]! + b[bo + 8]! + c[co + 8]! + d[dof + 8]! + e[eo + 8]!;
}

function addBits(tb: LazyTable, group: number, bits: number, emis: Float32Array, base: number, T: number): void {
  while (bits !== 0) {
    const bit = 31 - Math.clz32(bits);
    bits &= ~(1 << bit);
    addVec(emis, base, tb.data, tb.at(group * MAX_BITS + bit), T);
  }
}

export interface ScoredDoc {
  doc: DocFeatures;
  emis: Float32Array;
  /** allowed tags per token for Viterbi (O only where the token was not scored) */
  mask: Uint16Array;
}

const ALL_TAGS_MASK = (1 << N_TAGS) - 1;
const O_ONLY = 1 << TAG_O;

/** Computes the emission matrix (count × nTags) of a tokenized text. */
/**
 * Scores every token of a document. `storyStarts` are tokens scored as if the document began there (the first
 * word after a dateline line, datelines.ts): no context reaches across them.
 */
export function scoreDoc(model: NerModel, text: string, tokens: Tokens, storyStarts: readonly number[] = []): ScoredDoc {
  const n = tokens.count, T = model.nTags;
  const tb = tables(model);
  const words: CachedWord[] = new Array<CachedWord>(n);
  const infos: WordInfo[] = new Array<WordInfo>(n);
  // one pass over the characters: hash of each token, and whether it has a capital or a digit
  if (hashBuf.length < n) { hashBuf = new Uint32Array(n * 2); capBuf = new Uint8Array(n * 2); farBuf = new Uint32Array(n * 2); }
  const hashes = hashBuf, capital = capBuf, far = farBuf;
  for (let i = 0; i < n; i++) {
    const s = tokens.starts[i] as number, e = tokens.ends[i] as number;
    let h = 0x811c9dc5, cap = 0;
    for (let j = s; j < e; j++) {
      const c = text.charCodeAt(j);
      h ^= c; h = Math.imul(h, 0x01000193);
      if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && isUpper(c))) cap = 1;
    }
    hashes[i] = h >>> 0;
    capital[i] = cap;
  }
  // words far from any capital or digit are never scored nor used as context: skip their lookup
  // near: a capital or digit within LOOKUP_WINDOW tokens on either side (bit 1 of capital[i])
  let last = -1000;
  for (let i = 0; i < n; i++) { if (capital[i]! & 1) last = i; if (i - last <= LOOKUP_WINDOW) capital[i] = capital[i]! | 2; }
  last = 1 << 30;
  for (let i = n - 1; i >= 0; i--) { if (capital[i]! & 1) last = i; if (last - i <= LOOKUP_WINDOW) capital[i] = capital[i]! | 2; }
  let farCount = 0;
  for (let i = 0; i < n; i++) {
    if ((capital[i]! & 2) === 0) {
      words[i] = farWord;
      infos[i] = FAR_WORD;
      if (isLower(text.charCodeAt(tokens.starts[i] as number))) far[farCount++] = hashes[i] as number;
      continue;
    }
    const c = cachedWord(model, text, tokens.starts[i] as number, tokens.ends[i] as number, hashes[i] as number);
    words[i] = c;
    infos[i] = c.info;
  }
  const doc = prepareDoc(tokens, infos, model.gaz, model.dict, far, farCount);
  const pad = tb.pad;
  if (emisBuf.length < n * T) emisBuf = new Float32Array(n * T * 2);
  const emis = emisBuf;
  // rows of O-only tokens must be zero (Viterbi reads them); scored rows are set by setSum5 first
  emis.fill(0, 0, n * T);
  const flags = tokens.flags, lineMode = tokens.lineMode;
  const mask = decodeMask(tokens, infos, model.dict, ALL_TAGS_MASK, LINE_START_MASK);
  let cut: Uint8Array | null = null;
  if (storyStarts.length > 0) { cut = new Uint8Array(n + 2); for (const k of storyStarts) cut[k] = 1; }
  for (let i = 0; i < n; i++) {
    if (mask[i] === O_ONLY) continue;
    const base = i * T;
    const cur = words[i] as CachedWord;
    let prev = i > 0 ? (words[i - 1] as CachedWord) : pad;
    let next = i + 1 < n ? (words[i + 1] as CachedWord) : pad;
    let prev2 = i > 1 ? (words[i - 2] as CachedWord) : pad;
    let next2 = i + 2 < n ? (words[i + 2] as CachedWord) : pad;
    if (cut) {
      if (cut[i]) { prev = pad; prev2 = pad; } else if (i > 0 && cut[i - 1]) prev2 = pad;
      if (cut[i + 1]) { next = pad; next2 = pad; } else if (cut[i + 2]) next2 = pad;
    }
    const cc = cur.info.capClass;
    setSum5(emis, base, prev2.unary, 0, cur.unary, 2 * T, next2.unary, 4 * T, prev.unary, (PREV_BLOCK + cc) * T, next.unary, (NEXT_BLOCK + cc) * T);
    addFeature(model, ctxFid.bigramLeft(prev.info, cur.info), emis, base);
    addFeature(model, ctxFid.bigramRight(cur.info, next.info), emis, base);
    addFeature(model, ctxFid.shape3(prev.info, cur.info, next.info), emis, base);
    addFeature(model, ctxFid.prev2Cap(prev2.info, prev.info, cc), emis, base);
    const f = flags[i] as number;
    const sent = f & TF_SENT_START ? 1 : 0;
    const line = lineMode[i] as number;
    const glueL = f & TF_GLUE_LEFT ? 1 : 0;
    const glueR = i + 1 < n && ((flags[i + 1] as number) & TF_GLUE_LEFT) ? 1 : 0;
    addVec(emis, base, tb.shape.data, tb.shape.at(shapeCtxIndex(prev.info.capClass, cc, next.info.capClass, sent, line, glueL, glueR)), T);
    const gb = doc.gazBegin[i] as number, gi = doc.gazInside[i] as number, db = doc.dictBegin[i] as number, di = doc.dictInside[i] as number;
    if (gb) addBits(tb.bits, 0, gb, emis, base, T);
    if (gi) addBits(tb.bits, 1, gi, emis, base, T);
    if (db) addBits(tb.bits, 2, db, emis, base, T);
    if (di) addBits(tb.bits, 3, di, emis, base, T);
    const tk = doc.tokDict[i] as number;
    if (tk) addBits(tb.tok, 0, tk, emis, base, T);
    for (let k = doc.aggStart[i] as number, e = doc.aggStart[i + 1] as number; k < e; k++) addFeature(model, doc.agg[k] as number, emis, base);
    if (isCapitalizedClass(cc)) addVec(emis, base, tb.doc.data, tb.doc.at(((doc.docBits[i] as number) * 2 + sent) * N_LINE_MODES + line), T);
  }
  return { doc, emis, mask };
}
