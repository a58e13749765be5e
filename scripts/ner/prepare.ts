/**
 * Turns corpus documents into training instances: tokens, explicit feature ids per token and, per token, the
 * set of tags the gold annotation allows (one tag where labelled; O or MISC where a set does not annotate MISC;
 * O or the entity where an entity boundary falls inside a token).
 */
import { HashDict } from '../../lib/ner/hashdict';
import { SEQ_SEED, seqHash } from '../../lib/ner/hash';
import { entryTokenHashes, D_AMBIG, D_LOC, D_MISC, D_ORG, D_PER, addEntry, G_PREFIX, T_CONNECTOR, T_LOC, T_MISC, T_ORG, T_PER, tokenKey } from '../../lib/ner/gazetteer';
import { hashString } from '../../lib/ner/hash';
import type { LowerStats, WordInfo } from '../../lib/ner/features';
import { boundaryInfo, contextFeatures, makeWordInfo, newLowerStats, prepareDoc, unaryFeatures } from '../../lib/ner/features';
import { N_TAGS, TAG_O, tagB, tagI, typeIndex } from '../../lib/ner/tags';
import { lineStartMask } from '../../lib/ner/viterbi';
import type { Tokens } from '../../lib/ner/tokenize';
import { TF_SENT_START, isDigit, isUpper, tokenize } from '../../lib/ner/tokenize';
import type { CorpusDoc, WeightedDoc } from './data';

export interface Instance {
  id: string;
  text: string;
  tokens: Tokens;
  infos: WordInfo[];
  /** feature ids of token i: feats[featStart[i]..featStart[i+1]) */
  feats: Uint32Array;
  featStart: Uint32Array;
  allowed: Uint16Array;
  /** decoding mask (no I-X at a line start) */
  lineMask: Uint16Array;
  weight: number;
}

const ALL_TAGS = (1 << N_TAGS) - 1;
const MISC = typeIndex('MISC');

export class WordTable {
  private readonly map = new Map<string, WordInfo>();
  private readonly stats = new Map<number, LowerStats>();
  constructor(private readonly gaz: HashDict, private readonly clusters: HashDict | null) {}
  get(w: string): WordInfo {
    let i = this.map.get(w);
    if (!i) {
      i = makeWordInfo(w, this.gaz, this.clusters, (h) => {
        let s = this.stats.get(h);
        if (!s) { s = newLowerStats(); this.stats.set(h, s); }
        return s;
      });
      this.map.set(w, i);
    }
    return i;
  }
}

const pad = boundaryInfo();

export function makeInstance(doc: CorpusDoc, weight: number, words: WordTable, gaz: HashDict, dict: HashDict | null): Instance {
  const tokens = tokenize(doc.text);
  const n = tokens.count;
  const infos: WordInfo[] = [];
  for (let i = 0; i < n; i++) infos.push(words.get(doc.text.slice(tokens.starts[i], tokens.ends[i])));
  const d = prepareDoc(tokens, infos, gaz, dict);
  const list: number[] = [];
  const featStart = new Uint32Array(n + 1);
  const tmp: number[] = [];
  for (let i = 0; i < n; i++) {
    featStart[i] = list.length;
    for (let k = -2; k <= 2; k++) {
      const j = i + k;
      tmp.length = 0;
      unaryFeatures(j < 0 || j >= n ? pad : (infos[j] as WordInfo), k, tmp);
      for (const f of tmp) list.push(f);
    }
    tmp.length = 0;
    contextFeatures(d, i, pad, tmp);
    for (const f of tmp) list.push(f);
  }
  featStart[n] = list.length;
  // allowed tags
  const annotated = doc.annotated_types ?? ['PER', 'ORG', 'LOC', 'MISC'];
  const oMask = annotated.includes('MISC') ? 1 << TAG_O : (1 << TAG_O) | (1 << tagB(MISC)) | (1 << tagI(MISC));
  const allowed = new Uint16Array(n).fill(oMask);
  let ti = 0;
  const ents = [...doc.entities].filter((e) => typeIndex(e.type) >= 0).sort((a, b) => a.start - b.start);
  for (const e of ents) {
    const t = typeIndex(e.type);
    while (ti < n && (tokens.ends[ti] as number) <= e.start) ti++;
    let first = true;
    for (let k = ti; k < n && (tokens.starts[k] as number) < e.end; k++) {
      const inside = (tokens.starts[k] as number) >= e.start && (tokens.ends[k] as number) <= e.end;
      if (inside) { allowed[k] = 1 << (first ? tagB(t) : tagI(t)); first = false; }
      else allowed[k] = (allowed[k] as number) | (1 << tagB(t)) | (1 << tagI(t)) | (1 << TAG_O);
    }
  }
  for (let i = 0; i < n; i++) if (allowed[i] === 0) allowed[i] = ALL_TAGS;
  return { id: doc.id, text: doc.text, tokens, infos, feats: Uint32Array.from(list), featStart, allowed, lineMask: lineStartMask(tokens), weight };
}

/** Weighted label counts per lowercased token sequence, from the training documents' own entity strings. */
export class DictCounts {
  readonly counts = new Map<number, Float64Array>();
  readonly prefixes = new Set<number>();
  /** capitalized token (lowerHash) → weighted counts inside names of each type [0..3] and outside names [4] */
  readonly tokens = new Map<number, Float64Array>();
  /** token without a capital or digit (lowerHash) → weighted count inside names [0] and in all text [1] */
  readonly connectors = new Map<number, Float64Array>();
  addConnector(lowerHash: number, inside: boolean, weight: number): void {
    let c = this.connectors.get(lowerHash);
    if (!c) { c = new Float64Array(2); this.connectors.set(lowerHash, c); }
    if (inside) c[0] = (c[0] as number) + weight;
    c[1] = (c[1] as number) + weight;
  }
  addToken(lowerHash: number, slot: number, weight: number): void {
    let c = this.tokens.get(lowerHash);
    if (!c) { c = new Float64Array(5); this.tokens.set(lowerHash, c); }
    c[slot] = (c[slot] as number) + weight;
  }
  add(text: string, type: number, weight: number): void {
    const c0 = text.charCodeAt(0);
    if (!isUpper(c0) && !isDigit(c0)) return;
    const hs = entryTokenHashes(text);
    if (hs.length === 0 || hs.length > 8) return;
    let h = SEQ_SEED;
    for (let i = 0; i < hs.length; i++) {
      h = seqHash(h, hs[i] as number);
      if (i < hs.length - 1) this.prefixes.add(h);
    }
    let c = this.counts.get(h);
    if (!c) { c = new Float64Array(4); this.counts.set(h, c); }
    c[type] = (c[type] as number) + weight;
  }
}

/** A string enters the dictionary when its weighted label count reaches this (one gold mention is enough). */
const DICT_MIN_WEIGHT = 0.8;
/** Types holding at least this share of a string's labels get its bit; below MAJORITY the string is ambiguous. */
const DICT_MAJORITY = 0.5;
const DICT_MIN_SHARE = 0.25;
const TYPE_BITS = [D_PER, D_ORG, D_LOC, D_MISC];

/** A capitalized word enters the token dictionary when seen this often (weighted) and mostly inside names. */
const TOKEN_MIN_WEIGHT = 2;
const TOKEN_INSIDE_SHARE = 0.5;
const TOKEN_TYPE_SHARE = 0.5;
const TOKEN_TYPE_BITS = [T_PER, T_ORG, T_LOC, T_MISC];
/**
 * A word without a capital may continue a name when the training text has it inside names this often (weighted)
 * and in at least this share of its occurrences: "of" (8%), "and" (2.7%), "the" (1.1%), "al", "de", "&", "-";
 * not "," (0.4%), "to" or "with" (0.3%). About 90% of the lowercase tokens inside training names pass.
 */
const CONNECTOR_MIN_WEIGHT = 5;
const CONNECTOR_MIN_SHARE = 0.01;

/** Words without a capital or digit (lowerHash) that pass the connector thresholds. */
function connectorKeys(counts: DictCounts[]): number[] {
  const sum = new Map<number, Float64Array>();
  for (const dc of counts) {
    for (const [h, c] of dc.connectors) {
      const m = sum.get(h) ?? new Float64Array(2);
      m[0] = (m[0] as number) + (c[0] as number);
      m[1] = (m[1] as number) + (c[1] as number);
      sum.set(h, m);
    }
  }
  const keys: number[] = [];
  for (const [h, c] of sum) if ((c[0] as number) >= CONNECTOR_MIN_WEIGHT && (c[0] as number) / (c[1] as number) >= CONNECTOR_MIN_SHARE) keys.push(h);
  return keys;
}

export function dictFromCounts(counts: DictCounts[]): HashDict {
  const merged = new Map<number, Float64Array>();
  const prefixes = new Set<number>();
  const toks = new Map<number, Float64Array>();
  for (const dc of counts) {
    for (const [h, c] of dc.tokens) {
      const m = toks.get(h) ?? new Float64Array(5);
      for (let t = 0; t < 5; t++) m[t] = (m[t] as number) + (c[t] as number);
      toks.set(h, m);
    }
    for (const [h, c] of dc.counts) {
      const m = merged.get(h) ?? new Float64Array(4);
      for (let t = 0; t < 4; t++) m[t] = (m[t] as number) + (c[t] as number);
      merged.set(h, m);
    }
    for (const p of dc.prefixes) prefixes.add(p);
  }
  const connectors = connectorKeys(counts);
  const dict = new HashDict(merged.size + prefixes.size + toks.size + connectors.length);
  for (const [h, c] of toks) {
    const inside = (c[0] as number) + (c[1] as number) + (c[2] as number) + (c[3] as number);
    const total = inside + (c[4] as number);
    if (total < TOKEN_MIN_WEIGHT || inside / total < TOKEN_INSIDE_SHARE) continue;
    let bits = 0;
    for (let t = 0; t < 4; t++) if ((c[t] as number) / inside >= TOKEN_TYPE_SHARE) bits |= TOKEN_TYPE_BITS[t] as number;
    if (bits) dict.or(tokenKey(h), bits);
  }
  for (const h of connectors) dict.or(tokenKey(h), T_CONNECTOR);
  for (const [h, c] of merged) {
    const total = c.reduce((a, b) => a + b, 0);
    if (total < DICT_MIN_WEIGHT) continue;
    let bits = 0, majority = false;
    for (let t = 0; t < 4; t++) {
      const share = (c[t] as number) / total;
      if (share >= DICT_MIN_SHARE) bits |= TYPE_BITS[t] as number;
      if (share >= DICT_MAJORITY) majority = true;
    }
    if (!majority) bits |= D_AMBIG;
    dict.or(h, bits);
  }
  for (const p of prefixes) dict.or(p, G_PREFIX);
  return dict;
}

function hasCapitalOrDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isUpper(c) || isDigit(c)) return true;
  }
  return false;
}

export function addDocToDict(dc: DictCounts, wd: WeightedDoc): void {
  for (const e of wd.doc.entities) {
    const t = typeIndex(e.type);
    if (t >= 0) dc.add(e.text, t, wd.weight);
  }
  // token level: capitalized words inside names (by type) and outside names (not at a sentence start)
  const text = wd.doc.text;
  const toks = tokenize(text);
  const ents = wd.doc.entities.filter((e) => typeIndex(e.type) >= 0).sort((a, b) => a.start - b.start);
  let k = 0;
  for (let i = 0; i < toks.count; i++) {
    const s = toks.starts[i] as number, e = toks.ends[i] as number;
    while (k < ents.length && (ents[k]?.end ?? 0) <= s) k++;
    const ent = ents[k];
    if (!isUpper(text.charCodeAt(s))) {
      const word = text.slice(s, e);
      if (!hasCapitalOrDigit(word)) dc.addConnector(hashString(word.toLowerCase()), !!ent && ent.start <= s && e <= ent.end, wd.weight);
      continue;
    }
    const h = hashString(text.slice(s, e).toLowerCase());
    if (ent && ent.start <= s && e <= ent.end) dc.addToken(h, typeIndex(ent.type), wd.weight);
    else if (((toks.flags[i] as number) & TF_SENT_START) === 0) dc.addToken(h, 4, wd.weight);
  }
}

export { addEntry };
