/**
 * Feature extraction. Features are integer ids (hashed, masked to FEATURE_BITS) so nothing builds strings per
 * token. They come in two kinds:
 * - unary features depend on one word type and its offset (−2..+2) from the tagged token. Their score vectors
 *   are cached per word type at run time (see scorer.ts), which is what makes tagging fast;
 * - context features depend on several tokens or on the document (bigrams, shape trigrams, multi-token
 *   gazetteer matches, training dictionary matches, sentence/headline position, document casing evidence).
 */
import type { HashDict } from './hashdict';
import { hashString, mix2, mix3 } from './hash';
import {
  DICT_BITS_SHIFT, DICT_FEATURE_BITS, GAZ_FEATURE_BITS, TOKEN_BITS_SHIFT, TOKEN_FEATURE_BITS, tokenKey, G_PREFIX, T_CONNECTOR, scanMatches,
} from './gazetteer';
import { SEQ_SEED, seqHash } from './hash';
import type { Tokens } from './tokenize';
import { TF_GLUE_LEFT, TF_LINE_START, TF_SENT_START, isDigit, isLower, isUpper } from './tokenize';

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
  /** Has an uppercase letter anywhere ("iPhone", "McDonald") or is capitalized. */
  hasUpper: boolean;
  /** Lowercase form is a function word ("the", "since"): capitalized only at a sentence start. */
  stopword: boolean;
  /** Gazetteer value of the word alone, including G_PREFIX (first step of multi-token scans). */
  gazFull: number;
  /**
   * Run time only (the model's dictionary is fixed): the dictionary value of the word alone and its token-level
   * dictionary bits, or -1 when not cached (training: the jackknifed dictionary differs per document).
   */
  dictFull: number;
  tokBits: number;
  /** 1 if the token dictionary marks the word T_CONNECTOR, 0 if not, -1 not looked up yet (see decodeMask) */
  connector: number;
  /** Per-document casing counters, shared by all case variants of the word (stamped per document). */
  stats: LowerStats;
}

/** Casing evidence of one lowercase form within the current document. */
export interface LowerStats { stamp: number; capMid: number; positions: number[] }

export function newLowerStats(): LowerStats {
  return { stamp: -1, capMid: 0, positions: [] };
}

// Template ids (any distinct small integers; offsets are folded in by unaryTemplate()).
const U_WORD = 1, U_LOWER = 2, U_SHAPE = 3, U_AFFIX = 4, U_CAP = 5, U_GAZ = 6, U_CLUSTER = 7, U_CLUSTER_PFX = 8;
// C_GAZ_B..C_GAZ_B+3: gazetteer begin/inside, dictionary begin/inside (47..50)
const C_BIAS = 40, C_BI_L = 41, C_BI_R = 42, C_SHAPE3 = 43, C_SENT = 44, C_LINE = 45, C_GLUE = 46, C_GAZ_B = 47,
  C_DOC = 51, C_CAP2 = 52, C_PREV_CAP = 53, C_NEXT_CAP = 54, C_PREV2_CAP = 55, C_AGG_PREV = 56, C_AGG_NEXT = 57, C_TOKDICT = 58;
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

/**
 * Function words that are never the first word of a name when the next word is lowercase ("The police said",
 * "Since the war"): decoding does not even consider them (see decodeMask).
 */
const STOPWORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'nor', 'he', 'she', 'it', 'they', 'we', 'i', 'you',
  'this', 'that', 'these', 'those', 'there', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'if', 'when', 'while',
  'after', 'before', 'as', 'by', 'with', 'from', 'to', 'of', 'so', 'yet', 'however', 'also', 'some', 'many', 'most',
  'all', 'both', 'each', 'no', 'not', 'what', 'who', 'whom', 'which', 'where', 'why', 'how', 'then', 'now', 'here',
  'since', 'although', 'though', 'because', 'during', 'until', 'meanwhile', 'according', 'instead', 'still', 'once',
  'despite', 'about', 'over', 'under', 'into', 'through', 'among', 'against', 'without', 'within', 'such', 'other',
  'another', 'any', 'every', 'more', 'less', 'than', 'just', 'only', 'even', 'thus', 'therefore', 'indeed', 'yes',
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can',
  'could', 'should', 'may', 'might', 'must', 'shall', 'let', 'well', 'oh', 'ok', 'okay', 'so', 'again', 'later',
]);

/** Builds the WordInfo of a word string. `clusters` maps lowerHash → cluster id + 1. */
export function makeWordInfo(w: string, gaz: HashDict, clusters: HashDict | null, statsFor: (lowerHash: number) => LowerStats): WordInfo {
  const lower = w.toLowerCase();
  const lowerHash = hashString(lower);
  const affixes = new Uint32Array(AFFIX_LENGTHS.length * 2);
  AFFIX_LENGTHS.forEach((len, k) => {
    if (lower.length > len) {
      affixes[2 * k] = hashString('<' + lower.slice(0, len));
      affixes[2 * k + 1] = hashString('>' + lower.slice(lower.length - len));
    }
  });
  const gazFull = gaz.get(seqHash(SEQ_SEED, lowerHash));
  const g = gazFull & ((1 << GAZ_FEATURE_BITS) - 1) & ~G_PREFIX;
  return {
    wordHash: hashString(w),
    lowerHash,
    shapeHash: hashString(shapeOf(w)),
    capClass: capClassOf(w),
    gaz: g,
    affixes,
    cluster: clusters ? clusters.get(lowerHash) : 0,
    hasUpper: lower !== w,
    stopword: STOPWORDS.has(lower),
    gazFull,
    dictFull: -1,
    tokBits: -1,
    connector: -1,
    stats: statsFor(lowerHash),
  };
}

/** Padding word for positions before the first / after the last token. */
export function boundaryInfo(): WordInfo {
  return { wordHash: 1, lowerHash: 1, shapeHash: 1, capClass: CAP_OTHER, gaz: 0, affixes: new Uint32Array(6), cluster: 0, hasUpper: false, stopword: false, gazFull: 0, dictFull: -1, tokBits: -1, connector: -1, stats: newLowerStats() };
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

/** Token-level dictionary bits of a word (T_* bits shifted down). */
export function tokenDictBits(dict: HashDict, lowerHash: number): number {
  return (dict.get(tokenKey(lowerHash)) >>> TOKEN_BITS_SHIFT) & ((1 << TOKEN_FEATURE_BITS) - 1);
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
  /** Token-level dictionary bits (T_* >>> TOKEN_BITS_SHIFT) per token. */
  tokDict: Uint32Array;
  /** Context aggregation: feature ids of token i are agg[aggStart[i]..aggStart[i+1]). */
  agg: Uint32Array;
  aggStart: Uint32Array;
}

const DOC_SEEN_LOWER = 1;
let docStamp = 0;
/** Scratch marker in docBits during prepareDoc: this token counted itself in its word's capMid. */
const MID_SELF = 0x80;
const DOC_SEEN_CAP_MID = 2;

function isCapitalized(capClass: number): boolean {
  return capClass === CAP_TITLE || capClass === CAP_ALL || capClass === CAP_INITIAL;
}

/** Prepares context data for a tokenized document. `dict` is the training-data dictionary. */
/**
 * Set of 32-bit hashes for one document at a time: typed arrays with a generation stamp, so clearing is free.
 */
class StampSet {
  private keys = new Uint32Array(1024);
  private stamps = new Uint32Array(1024);
  private stamp = 0;
  /** Starts a new, empty set sized for up to `n` insertions. */
  reset(n: number): void {
    if (this.keys.length < n * 2) {
      let cap = this.keys.length;
      while (cap < n * 2) cap *= 2;
      this.keys = new Uint32Array(cap);
      this.stamps = new Uint32Array(cap);
      this.stamp = 0;
    }
    this.stamp++;
  }
  add(h: number): void {
    const mask = this.keys.length - 1;
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
    while (this.stamps[i] === this.stamp) { if (this.keys[i] === h) return; i = (i + 1) & mask; }
    this.stamps[i] = this.stamp;
    this.keys[i] = h;
  }
  has(h: number): boolean {
    const mask = this.keys.length - 1;
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
    while (this.stamps[i] === this.stamp) { if (this.keys[i] === h) return true; i = (i + 1) & mask; }
    return false;
  }
}
const lowerSeen = new StampSet();

/** Stand-in WordInfo for lowercase tokens far from any capitalized token (never scored, never looked at). */
export const FAR_WORD: WordInfo = { ...boundaryInfo(), capClass: CAP_LOWER, lowerHash: 2 };

/**
 * Prepares context data for a tokenized document. `dict` is the training-data dictionary. `farLower` holds the
 * lowercase hashes of tokens the caller replaced by FAR_WORD (the run-time scorer skips those words).
 */
export function prepareDoc(tokens: Tokens, infos: WordInfo[], gaz: HashDict, dict: HashDict | null, farLower?: Uint32Array, farCount = 0): DocFeatures {
  const n = tokens.count;
  // one allocation for the per-token arrays
  const block = new Uint32Array(n * 8);
  const lowerHashes = block.subarray(0, n);
  const gazBegin = block.subarray(n, 2 * n), gazInside = block.subarray(2 * n, 3 * n);
  const dictBegin = block.subarray(3 * n, 4 * n), dictInside = block.subarray(4 * n, 5 * n);
  const firstGaz = block.subarray(5 * n, 6 * n), firstDict = block.subarray(7 * n, 8 * n);
  const tokDict = block.subarray(6 * n, 7 * n);
  const capStart = new Uint8Array(n);
  const docBits = new Uint8Array(n);
  // one pass over the word objects (each is touched once while it is in cache): hashes, first lookup steps,
  // and the document casing evidence (counters live on the word's LowerStats, stamped with this document's number)
  const stamp = ++docStamp;
  lowerSeen.reset(n);
  if (farLower) for (let k = 0; k < farCount; k++) lowerSeen.add(farLower[k] as number);
  const flags = tokens.flags, lineMode = tokens.lineMode;
  for (let i = 0; i < n; i++) {
    const info = infos[i] as WordInfo;
    const c = info.capClass;
    lowerHashes[i] = info.lowerHash;
    if (c === CAP_LOWER && info !== FAR_WORD) lowerSeen.add(info.lowerHash);
    if (info.hasUpper) {
      const st = info.stats;
      if (st.stamp !== stamp) { st.stamp = stamp; st.capMid = 0; st.positions.length = 0; }
      if (st.positions.length < AGG_MAX_OCCURRENCES) st.positions.push(i);
      if (c === CAP_TITLE && ((flags[i] as number) & TF_SENT_START) === 0 && lineMode[i] === 0) { st.capMid++; docBits[i] = MID_SELF; }
      if (dict) tokDict[i] = info.tokBits >= 0 ? info.tokBits : tokenDictBits(dict, info.lowerHash);
    }
    if (!isCapitalized(c) && c !== CAP_DIGIT) continue;
    capStart[i] = 1;
    firstGaz[i] = info.gazFull;
    if (dict) firstDict[i] = info.dictFull >= 0 ? info.dictFull : dict.get(seqHash(SEQ_SEED, info.lowerHash));
  }
  const startOk = (i: number): boolean => capStart[i] === 1;
  // multi-token gazetteer matches (single tokens are unary features already)
  scanMatches(gaz, lowerHashes, n, 2, ((1 << GAZ_FEATURE_BITS) - 1) & ~G_PREFIX, gazBegin, gazInside, startOk, firstGaz);
  if (dict) scanMatches(dict, lowerHashes, n, 1, ((1 << DICT_FEATURE_BITS) - 1) << DICT_BITS_SHIFT, dictBegin, dictInside, startOk, firstDict);
  for (let i = 0; i < n; i++) {
    if (capStart[i] === 0) continue; // (MID_SELF is only ever set on a capitalized token)
    const info = infos[i] as WordInfo;
    if (!isCapitalized(info.capClass)) { docBits[i] = 0; continue; }
    let b = lowerSeen.has(info.lowerHash) ? DOC_SEEN_LOWER : 0;
    // capitalized mid-sentence elsewhere in the article: this occurrence does not count
    if (info.stats.capMid - (docBits[i] === MID_SELF ? 1 : 0) > 0) b |= DOC_SEEN_CAP_MID;
    docBits[i] = b;
  }
  const { agg, aggStart } = aggregateContexts(infos, n);
  return { tokens, infos, lowerHashes, gazBegin, gazInside, dictBegin, dictInside, docBits, tokDict, agg, aggStart };
}

/** Occurrences of a word looked at, and aggregated context features kept, per token. */
const AGG_MAX_OCCURRENCES = 12;
const AGG_MAX_FEATURES = 12;
const aggScratch: number[] = [];

/**
 * Context aggregation (Ratinov & Roth 2009): a capitalized token also sees the words around the *other*
 * occurrences of the same word in the document ("interviewed by Wikinews" helps the sentence-initial
 * "Wikinews"; "played for Boston" helps every "Boston").
 */
function aggregateContexts(infos: WordInfo[], n: number): { agg: Uint32Array; aggStart: Uint32Array } {
  const aggStart = new Uint32Array(n + 1);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    aggStart[i] = out.length;
    const info = infos[i] as WordInfo;
    if (!info.hasUpper) continue;
    const pos = info.stats.positions;
    if (pos.length < 2) continue;
    aggScratch.length = 0;
    for (const j of pos) {
      if (j === i) continue;
      const p = j > 0 ? (infos[j - 1] as WordInfo) : null;
      const q = j + 1 < n ? (infos[j + 1] as WordInfo) : null;
      if (p && !p.hasUpper) { const f = fid(C_AGG_PREV, p.lowerHash); if (!aggScratch.includes(f)) aggScratch.push(f); }
      if (q && !q.hasUpper) { const f = fid(C_AGG_NEXT, q.lowerHash); if (!aggScratch.includes(f)) aggScratch.push(f); }
      if (aggScratch.length >= AGG_MAX_FEATURES) break;
    }
    for (let k = 0; k < aggScratch.length && k < AGG_MAX_FEATURES; k++) out.push(aggScratch[k] as number);
  }
  aggStart[n] = out.length;
  return { agg: Uint32Array.from(out), aggStart };
}

function pushBits(group: number, bits: number, out: number[]): void {
  while (bits !== 0) {
    const bit = 31 - Math.clz32(bits);
    bits &= ~(1 << bit);
    out.push(ctxFid.bit(group, bit));
  }
}

/** Appends the context features of token i. `pad` is the boundary WordInfo. */
/**
 * Feature ids of the context templates, shared by the trainer (contextFeatures) and the fast run-time scorer
 * (scorer.ts), which caches the small-domain ones in tables instead of hashing them per token.
 */
export const ctxFid = {
  bias: (): number => fid(C_BIAS, 0),
  bigramLeft: (p: WordInfo, c: WordInfo): number => fid(C_BI_L, mix2(p.lowerHash, c.lowerHash)),
  bigramRight: (c: WordInfo, nx: WordInfo): number => fid(C_BI_R, mix2(c.lowerHash, nx.lowerHash)),
  shape3: (p: WordInfo, c: WordInfo, nx: WordInfo): number => fid(C_SHAPE3, mix3(p.shapeHash, c.shapeHash, nx.shapeHash)),
  cap3: (pc: number, cc: number, nc: number): number => fid(C_CAP2, mix3(pc, cc, nc)),
  /** context words with the token's capitalization: "at X", "for X", "X said" generalize over names */
  prevCap: (p: WordInfo, cc: number): number => fid(C_PREV_CAP, mix2(p.lowerHash, cc)),
  nextCap: (nx: WordInfo, cc: number): number => fid(C_NEXT_CAP, mix2(nx.lowerHash, cc)),
  prev2Cap: (p2: WordInfo, p: WordInfo, cc: number): number => fid(C_PREV2_CAP, mix3(p2.lowerHash, p.lowerHash, cc)),
  sent: (cc: number): number => fid(C_SENT, cc),
  line: (line: number, cc: number, sent: number): number => fid(C_LINE, mix3(line, cc, sent)),
  glue: (gl: number, gr: number, cc: number): number => fid(C_GLUE, mix3(gl, gr, cc)),
  /** group 0: gazetteer begin, 1: gazetteer inside, 2: dictionary begin, 3: dictionary inside */
  bit: (group: number, bit: number): number => fid(C_GAZ_B + group, bit),
  doc: (docBits: number, sent: number, line: number): number => fid(C_DOC, mix3(docBits, sent, line)),
  tokDict: (bit: number): number => fid(C_TOKDICT, bit),
};

/** Number of capitalization classes (CAP_* values). */
export const N_CAP_CLASSES = 6;

export function isCapitalizedClass(capClass: number): boolean {
  return isCapitalized(capClass);
}

/** Appends the context features of token i. `pad` is the boundary WordInfo. */
export function contextFeatures(d: DocFeatures, i: number, pad: WordInfo, out: number[]): void {
  const n = d.tokens.count;
  const cur = d.infos[i] as WordInfo;
  const prev = i > 0 ? (d.infos[i - 1] as WordInfo) : pad;
  const next = i + 1 < n ? (d.infos[i + 1] as WordInfo) : pad;
  const prev2 = i > 1 ? (d.infos[i - 2] as WordInfo) : pad;
  const flags = d.tokens.flags[i] as number;
  const sent = flags & TF_SENT_START ? 1 : 0;
  const glueL = flags & TF_GLUE_LEFT ? 1 : 0;
  const glueR = i + 1 < n && ((d.tokens.flags[i + 1] as number) & TF_GLUE_LEFT) ? 1 : 0;
  const cc = cur.capClass;
  out.push(ctxFid.bias());
  out.push(ctxFid.bigramLeft(prev, cur));
  out.push(ctxFid.bigramRight(cur, next));
  out.push(ctxFid.shape3(prev, cur, next));
  out.push(ctxFid.cap3(prev.capClass, cc, next.capClass));
  out.push(ctxFid.prevCap(prev, cc));
  out.push(ctxFid.nextCap(next, cc));
  out.push(ctxFid.prev2Cap(prev2, prev, cc));
  if (sent) out.push(ctxFid.sent(cc));
  const line = d.tokens.lineMode[i] as number;
  if (line !== 0) out.push(ctxFid.line(line, cc, sent));
  if (glueL || glueR) out.push(ctxFid.glue(glueL, glueR, cc));
  pushBits(0, d.gazBegin[i] as number, out);
  pushBits(1, d.gazInside[i] as number, out);
  pushBits(2, d.dictBegin[i] as number, out);
  pushBits(3, d.dictInside[i] as number, out);
  if (isCapitalized(cc)) out.push(ctxFid.doc(d.docBits[i] as number, sent, line));
  pushTokBits(d.tokDict[i] as number, out);
  for (let k = d.aggStart[i] as number, e = d.aggStart[i + 1] as number; k < e; k++) out.push(d.agg[k] as number);
}

function pushTokBits(bits: number, out: number[]): void {
  while (bits !== 0) {
    const bit = 31 - Math.clz32(bits);
    bits &= ~(1 << bit);
    out.push(ctxFid.tokDict(bit));
  }
}

/**
 * Which tags each token may take in decoding. Names are capitalized in news text (or contain a capital or a
 * digit: "iPhone", "3M"); a token without one can only be part of a name next to such a token, and only if the
 * training text often has it inside names (T_CONNECTOR: "University *of* Toronto", "Peter *the* Great",
 * "*al*-Qaeda", "Marks *&* Spencer"), not a comma or "to". All other tokens are forced to O, so their features are never
 * computed: most of running text, and about a third of the tokens next to capitalized ones. Also, a name never
 * continues across a line break. `dict` is the training-data dictionary.
 */
export function decodeMask(tokens: Tokens, infos: WordInfo[], dict: HashDict, allTags: number, beginOrOTags: number): Uint16Array {
  const n = tokens.count;
  // 1: may start or continue a name; 0: forced O
  const anchor = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const info = infos[i] as WordInfo;
    if (info.capClass === CAP_DIGIT) anchor[i] = 1;
    else if (info.hasUpper) {
      // "The", "In", "He"… capitalized only because they start a sentence, before a lowercase word
      const next = i + 1 < n ? (infos[i + 1] as WordInfo) : null;
      anchor[i] = info.stopword && (next === null || !next.hasUpper) ? 0 : 1;
    }
  }
  const mask = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    let candidate = anchor[i] === 1;
    if (!candidate && ((i > 0 && anchor[i - 1]) || (i + 1 < n && anchor[i + 1]))) {
      const info = infos[i] as WordInfo;
      candidate = info.hasUpper || isConnector(info, dict);
    }
    const lineStart = ((tokens.flags[i] as number) & TF_LINE_START) !== 0;
    mask[i] = !candidate ? 1 : lineStart ? beginOrOTags : allTags; // 1 = O only
  }
  return mask;
}

function isConnector(info: WordInfo, dict: HashDict): boolean {
  if (info.connector < 0) return (dict.get(tokenKey(info.lowerHash)) & T_CONNECTOR) !== 0;
  return info.connector === 1;
}
