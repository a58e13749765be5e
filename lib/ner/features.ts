/**
 * Feature extraction. Features are integer ids (hashed, masked to FEATURE_BITS) so nothing builds strings per
 * token. They come in two kinds:
 * - unary features depend on one word type and its offset (−2..+2) from the tagged token. Their score vectors
 *   are cached per word type at run time (see scorer.ts), which is what makes tagging fast;
 * - context features depend on several tokens or on the document (bigrams, shape trigrams, multi-token
 *   gazetteer matches, training dictionary matches, sentence/headline position, document casing evidence).
 */
import { HashDict } from './hashdict';
import { hashString, mix2, mix3 } from './hash';
import {
  DICT_BITS_SHIFT, DICT_FEATURE_BITS, GAZ_FEATURE_BITS, G_PREFIX, scanMatches,
} from './gazetteer';
import { SEQ_SEED, seqHash } from './hash';
import type { Tokens } from './tokenize';
import { TF_GLUE_LEFT, TF_SENT_START, isDigit, isLower, isUpper } from './tokenize';

/** Feature ids live in [0, 2^FEATURE_BITS). */
export const FEATURE_BITS = 22;
export const FEATURE_MASK = (1 << FEATURE_BITS) - 1;

/** Capitalization classes of a word. */
export const CAP_LOWER = 0;
export const CAP_TITLE = 1;
export const CAP_ALL = 2;
export const CAP_DIGIT = 3;
export const CAP_OTHER = 4;
export const CAP_INITIAL = 5;

/** Everything about a word type that features need; computed once per distinct string. */
export interface WordInfo {
  wordHash: number;
  lowerHash: number;
  shapeHash: number;
  capClass: number;
  /** Single-token gazetteer bits (lists the word alone is in). */
  gaz: number;
  /** Hashes of prefixes/suffixes of length 2..4 of the lowercase form (0 when the word is shorter). */
  affixes: Uint32Array;
  /** Word cluster id + 1 (0 = none). */
  cluster: number;
}

// Template ids (any distinct small integers; offsets are folded in by unaryTemplate()).
const U_WORD = 1, U_LOWER = 2, U_SHAPE = 3, U_AFFIX = 4, U_CAP = 5, U_GAZ = 6, U_CLUSTER = 7, U_CLUSTER_PFX = 8;
const C_BIAS = 40, C_BI_L = 41, C_BI_R = 42, C_SHAPE3 = 43, C_SENT = 44, C_LINE = 45, C_GLUE = 46, C_GAZ_B = 47,
  C_GAZ_I = 48, C_DICT_B = 49, C_DICT_I = 50, C_DOC = 51, C_CAP2 = 52, C_PREV_CAP = 53, C_NEXT_CAP = 54, C_PREV2_CAP = 55;
const AFFIX_LENGTHS = [2, 3, 4];
const CLUSTER_PREFIX_SHIFT = 4;

function fid(template: number, value: number): number {
  return mix2(template, value) & FEATURE_MASK;
}

function unaryTemplate(template: number, offset: number): number {
  return template * 8 + offset + 2;
}

function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const k = isUpper(c) ? 'X' : isLower(c) ? 'x' : isDigit(c) ? 'd' : w[i] ?? '';
    if (k !== last) { out += k; last = k; }
  }
  return out;
}

function capClassOf(w: string): number {
  const c = w.charCodeAt(0);
  if (isDigit(c)) return CAP_DIGIT;
  if (isUpper(c)) {
    if (w.length === 1 || (w.length === 2 && w.charCodeAt(1) === 46)) return CAP_INITIAL;
    for (let i = 1; i < w.length; i++) if (isLower(w.charCodeAt(i))) return CAP_TITLE;
    return CAP_ALL;
  }
  if (isLower(c)) return CAP_LOWER;
  return CAP_OTHER;
}

/** Builds the WordInfo of a word string. `clusters` maps lowerHash → cluster id + 1. */
export function makeWordInfo(w: string, gaz: HashDict, clusters: HashDict | null): WordInfo {
  const lower = w.toLowerCase();
  const lowerHash = hashString(lower);
  const affixes = new Uint32Array(AFFIX_LENGTHS.length * 2);
  AFFIX_LENGTHS.forEach((len, k) => {
    if (lower.length > len) {
      affixes[2 * k] = hashString('<' + lower.slice(0, len));
      affixes[2 * k + 1] = hashString('>' + lower.slice(lower.length - len));
    }
  });
  const g = gaz.get(seqHash(SEQ_SEED, lowerHash)) & ((1 << GAZ_FEATURE_BITS) - 1) & ~G_PREFIX;
  return {
    wordHash: hashString(w),
    lowerHash,
    shapeHash: hashString(shapeOf(w)),
    capClass: capClassOf(w),
    gaz: g,
    affixes,
    cluster: clusters ? clusters.get(lowerHash) : 0,
  };
}

/** Padding word for positions before the first / after the last token. */
export function boundaryInfo(): WordInfo {
  return { wordHash: 1, lowerHash: 1, shapeHash: 1, capClass: CAP_OTHER, gaz: 0, affixes: new Uint32Array(6), cluster: 0 };
}

/** Appends the unary features of word `w` seen at `offset` (−2..2) from the tagged token. */
export function unaryFeatures(w: WordInfo, offset: number, out: number[]): void {
  const t = (x: number): number => unaryTemplate(x, offset);
  out.push(fid(t(U_LOWER), w.lowerHash));
  if (offset === 0 || offset === -1 || offset === 1) out.push(fid(t(U_SHAPE), w.shapeHash));
  if (offset === 0) {
    out.push(fid(t(U_WORD), w.wordHash));
    out.push(fid(t(U_CAP), w.capClass));
    for (let k = 0; k < w.affixes.length; k++) {
      const a = w.affixes[k] as number;
      if (a !== 0) out.push(fid(t(U_AFFIX), a));
    }
  }
  if (w.cluster !== 0 && offset >= -1 && offset <= 1) {
    out.push(fid(t(U_CLUSTER), w.cluster));
    out.push(fid(t(U_CLUSTER_PFX), w.cluster >>> CLUSTER_PREFIX_SHIFT));
  }
  let g = w.gaz;
  while (g !== 0) {
    const bit = 31 - Math.clz32(g);
    g &= ~(1 << bit);
    out.push(fid(t(U_GAZ), bit));
  }
}

/** Per-document data that context features need. */
export interface DocFeatures {
  tokens: Tokens;
  infos: WordInfo[];
  lowerHashes: Uint32Array;
  gazBegin: Uint32Array;
  gazInside: Uint32Array;
  dictBegin: Uint32Array;
  dictInside: Uint32Array;
  /** Bit 0: capitalized word also seen lowercase in the doc; bit 1: also seen capitalized mid-sentence elsewhere. */
  docBits: Uint8Array;
}

const DOC_SEEN_LOWER = 1;
const DOC_SEEN_CAP_MID = 2;

function isCapitalized(capClass: number): boolean {
  return capClass === CAP_TITLE || capClass === CAP_ALL || capClass === CAP_INITIAL;
}

/** Prepares context data for a tokenized document. `dict` is the training-data dictionary. */
export function prepareDoc(tokens: Tokens, infos: WordInfo[], gaz: HashDict, dict: HashDict | null): DocFeatures {
  const n = tokens.count;
  const lowerHashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) lowerHashes[i] = (infos[i] as WordInfo).lowerHash;
  const gazBegin = new Uint32Array(n), gazInside = new Uint32Array(n);
  const dictBegin = new Uint32Array(n), dictInside = new Uint32Array(n);
  const capStart = (i: number): boolean => { const c = (infos[i] as WordInfo).capClass; return isCapitalized(c) || c === CAP_DIGIT; };
  // multi-token gazetteer matches (single tokens are unary features already)
  scanMatches(gaz, lowerHashes, n, 2, ((1 << GAZ_FEATURE_BITS) - 1) & ~G_PREFIX, gazBegin, gazInside, capStart);
  if (dict) scanMatches(dict, lowerHashes, n, 1, ((1 << DICT_FEATURE_BITS) - 1) << DICT_BITS_SHIFT, dictBegin, dictInside, capStart);
  // document casing evidence
  const seen = new Map<number, number>();
  const capMidCount = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const info = infos[i] as WordInfo;
    if (info.capClass === CAP_LOWER) seen.set(info.lowerHash, (seen.get(info.lowerHash) ?? 0) | DOC_SEEN_LOWER);
    else if (info.capClass === CAP_TITLE && ((tokens.flags[i] as number) & TF_SENT_START) === 0 && tokens.lineMode[i] === 0) {
      capMidCount.set(info.lowerHash, (capMidCount.get(info.lowerHash) ?? 0) + 1);
    }
  }
  const docBits = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const info = infos[i] as WordInfo;
    if (!isCapitalized(info.capClass)) continue;
    let b = (seen.get(info.lowerHash) ?? 0) & DOC_SEEN_LOWER;
    let mid = capMidCount.get(info.lowerHash) ?? 0;
    if (info.capClass === CAP_TITLE && ((tokens.flags[i] as number) & TF_SENT_START) === 0 && tokens.lineMode[i] === 0) mid--;
    if (mid > 0) b |= DOC_SEEN_CAP_MID;
    docBits[i] = b;
  }
  return { tokens, infos, lowerHashes, gazBegin, gazInside, dictBegin, dictInside, docBits };
}

function pushBits(template: number, bits: number, out: number[]): void {
  while (bits !== 0) {
    const bit = 31 - Math.clz32(bits);
    bits &= ~(1 << bit);
    out.push(fid(template, bit));
  }
}

/** Appends the context features of token i. `pad` is the boundary WordInfo. */
export function contextFeatures(d: DocFeatures, i: number, pad: WordInfo, out: number[]): void {
  const n = d.tokens.count;
  const cur = d.infos[i] as WordInfo;
  const prev = i > 0 ? (d.infos[i - 1] as WordInfo) : pad;
  const next = i + 1 < n ? (d.infos[i + 1] as WordInfo) : pad;
  const flags = d.tokens.flags[i] as number;
  const sent = flags & TF_SENT_START ? 1 : 0;
  const glueL = flags & TF_GLUE_LEFT ? 1 : 0;
  const glueR = i + 1 < n && ((d.tokens.flags[i + 1] as number) & TF_GLUE_LEFT) ? 1 : 0;
  out.push(fid(C_BIAS, 0));
  out.push(fid(C_BI_L, mix2(prev.lowerHash, cur.lowerHash)));
  out.push(fid(C_BI_R, mix2(cur.lowerHash, next.lowerHash)));
  out.push(fid(C_SHAPE3, mix3(prev.shapeHash, cur.shapeHash, next.shapeHash)));
  out.push(fid(C_CAP2, mix3(prev.capClass, cur.capClass, next.capClass)));
  // context words with the token's capitalization: "at X", "for X", "X said", "the X of" generalize over names
  out.push(fid(C_PREV_CAP, mix2(prev.lowerHash, cur.capClass)));
  out.push(fid(C_NEXT_CAP, mix2(next.lowerHash, cur.capClass)));
  const prev2 = i > 1 ? (d.infos[i - 2] as WordInfo) : pad;
  out.push(fid(C_PREV2_CAP, mix3(prev2.lowerHash, prev.lowerHash, cur.capClass)));
  if (sent) out.push(fid(C_SENT, cur.capClass));
  const line = d.tokens.lineMode[i] as number;
  if (line !== 0) out.push(fid(C_LINE, mix3(line, cur.capClass, sent)));
  if (glueL || glueR) out.push(fid(C_GLUE, mix3(glueL, glueR, cur.capClass)));
  pushBits(C_GAZ_B, d.gazBegin[i] as number, out);
  pushBits(C_GAZ_I, d.gazInside[i] as number, out);
  pushBits(C_DICT_B, d.dictBegin[i] as number, out);
  pushBits(C_DICT_I, d.dictInside[i] as number, out);
  const db = d.docBits[i] as number;
  if (isCapitalized(cur.capClass)) out.push(fid(C_DOC, mix3(db, sent, line)));
}
