/**
 * The model: BIO transition scores, pruned int8 feature weights keyed by feature id, and the lookup tables
 * (gazetteers, training-data dictionary, word clusters), all in one compact binary.
 *
 * Binary layout (little endian): magic "BSN1", u32 version, u32 nTags, f32 (unused, 1),
 * f32[(nTags+1)·nTags] transitions; weight rows: u32 count, keys as sorted delta varints, count·nTags int8,
 * count f32 per-row scales (a row's weights are int8 × its scale: one global scale would either clip the large
 * weights or flatten the small ones); then three tables (gazetteer, dictionary, clusters), each: u32 count,
 * keys as sorted delta varints, values as varints.
 */
import { HashDict } from './hashdict';
import { RowTable } from './rowtable';
import { byteToScale, scaleToByte } from './scale';
import { N_TAGS } from './tags';
import type { LowerStats, WordInfo } from './features';
import { WordCache } from './wordcache';

const MAGIC = 0x314e5342; // "BSN1"
const VERSION = 1;

/** Cached per word type: its features' info and unary score vectors for offsets −2..+2. */
export interface CachedWord {
  info: WordInfo;
  /** 5·nTags scores: offset k at (k+2)·nTags. */
  unary: Float32Array;
}

export interface NerModel {
  nTags: number;
  trans: Float32Array;
  /** feature id → int8 weights and scale byte (see rowtable.ts) */
  rows: RowTable;
  gaz: HashDict;
  dict: HashDict;
  clusters: HashDict | null;
  /** Per-model cache of word types (bounded; see scorer.ts). */
  cache: WordCache;
  /** Casing counters per lowercase form, shared by the cached words (see features.ts LowerStats). */
  lowerStats: Map<number, LowerStats>;
}

/** Plain data of a model, as the trainer produces it. */
export interface ModelData {
  rowScale: Float32Array;
  trans: Float32Array;
  rowKeys: Uint32Array;
  weights: Int8Array;
  gaz: HashDict;
  dict: HashDict;
  clusters: HashDict | null;
}

export { byteToScale, scaleToByte };

class Writer {
  buf = new Uint8Array(1 << 20);
  pos = 0;
  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let cap = this.buf.length;
    while (cap < this.pos + n) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.pos));
    this.buf = b;
  }
  u32(v: number): void { this.ensure(4); new DataView(this.buf.buffer).setUint32(this.pos, v >>> 0, true); this.pos += 4; }
  f32(v: number): void { this.ensure(4); new DataView(this.buf.buffer).setFloat32(this.pos, v, true); this.pos += 4; }
  varint(v: number): void {
    this.ensure(5);
    v >>>= 0;
    while (v >= 0x80) { this.buf[this.pos++] = (v & 0x7f) | 0x80; v >>>= 7; }
    this.buf[this.pos++] = v;
  }
  bytes(b: Uint8Array): void { this.ensure(b.length); this.buf.set(b, this.pos); this.pos += b.length; }
  result(): Uint8Array { return this.buf.slice(0, this.pos); }
}

class Reader {
  pos = 0;
  private readonly view: DataView;
  constructor(private readonly buf: Uint8Array) { this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength); }
  u32(): number { const v = this.view.getUint32(this.pos, true); this.pos += 4; return v; }
  f32(): number { const v = this.view.getFloat32(this.pos, true); this.pos += 4; return v; }
  varint(): number {
    let v = 0, shift = 0, b: number;
    do { b = this.buf[this.pos++] as number; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return v >>> 0;
  }
  /** Decodes `n` varints into `out`; with `delta`, each is added to the previous (sorted keys). Tight loop. */
  varints(n: number, out: Uint32Array, delta: boolean): void {
    const buf = this.buf;
    let pos = this.pos, prev = 0;
    for (let i = 0; i < n; i++) {
      let b = buf[pos++] as number;
      let v = b & 0x7f;
      if (b & 0x80) {
        b = buf[pos++] as number; v |= (b & 0x7f) << 7;
        if (b & 0x80) {
          b = buf[pos++] as number; v |= (b & 0x7f) << 14;
          if (b & 0x80) {
            b = buf[pos++] as number; v |= (b & 0x7f) << 21;
            if (b & 0x80) { b = buf[pos++] as number; v = (v >>> 0) + (b & 0x7f) * 2 ** 28; }
          }
        }
      }
      prev = delta ? (prev + (v >>> 0)) >>> 0 : v >>> 0;
      out[i] = prev;
    }
    this.pos = pos;
  }
  bytes(n: number): Uint8Array { const b = this.buf.subarray(this.pos, this.pos + n); this.pos += n; return b; }
}

function sortedEntries(d: HashDict): Array<[number, number]> {
  const e: Array<[number, number]> = [];
  d.forEach((k, v) => e.push([k, v]));
  e.sort((a, b) => a[0] - b[0]);
  return e;
}

function writeTable(w: Writer, d: HashDict | null): void {
  const e = d ? sortedEntries(d) : [];
  w.u32(e.length);
  let prev = 0;
  for (const [k] of e) { w.varint(k - prev); prev = k; }
  for (const [, v] of e) w.varint(v);
}

function readTable(r: Reader): HashDict {
  const n = r.u32();
  const keys = new Uint32Array(n), values = new Uint32Array(n);
  r.varints(n, keys, true);
  r.varints(n, values, false);
  return HashDict.fromArrays(keys, values);
}

export function encodeModel(m: ModelData): Uint8Array {
  const w = new Writer();
  w.u32(MAGIC); w.u32(VERSION); w.u32(N_TAGS); w.f32(1);
  for (let i = 0; i < m.trans.length; i++) w.f32(m.trans[i] as number);
  w.u32(m.rowKeys.length);
  let prev = 0;
  for (let i = 0; i < m.rowKeys.length; i++) { const k = m.rowKeys[i] as number; w.varint(k - prev); prev = k; }
  w.bytes(new Uint8Array(m.weights.buffer, m.weights.byteOffset, m.weights.byteLength));
  for (let i = 0; i < m.rowScale.length; i++) w.bytes(Uint8Array.of(scaleToByte(m.rowScale[i] as number)));
  writeTable(w, m.gaz);
  writeTable(w, m.dict);
  writeTable(w, m.clusters);
  return w.result();
}

/** Decodes a model binary (as written by the trainer). */
export function loadModel(bytes: Uint8Array): NerModel {
  const r = new Reader(bytes);
  if (r.u32() !== MAGIC) throw new Error('not a Backstory NER model');
  const version = r.u32();
  if (version !== VERSION) throw new Error(`unsupported NER model version ${version}`);
  const nTags = r.u32();
  if (nTags !== N_TAGS) throw new Error(`model has ${nTags} tags, engine expects ${N_TAGS}`);
  r.f32();
  const trans = new Float32Array((nTags + 1) * nTags);
  for (let i = 0; i < trans.length; i++) trans[i] = r.f32();
  const nRows = r.u32();
  const rowKeys = new Uint32Array(nRows);
  r.varints(nRows, rowKeys, true);
  const wb = r.bytes(nRows * nTags);
  const weights = new Int8Array(wb.buffer, wb.byteOffset, wb.length); // a view: RowTable copies the weights
  const scaleBytes = r.bytes(nRows);
  const rows = new RowTable(rowKeys, weights, scaleBytes, nTags);
  const gaz = readTable(r);
  const dict = readTable(r);
  const clusters = readTable(r);
  return { nTags, trans, rows, gaz, dict, clusters: clusters.size > 0 ? clusters : null, cache: new WordCache(), lowerStats: new Map() };
}

interface Base64Native { fromBase64?: (s: string) => Uint8Array }

/**
 * Base64 → bytes without Node's Buffer (works in service workers): the native Uint8Array.fromBase64 where the
 * platform has it, else atob (native in browsers) and one pass over its char codes.
 */
export function base64ToBytes(b64: string): Uint8Array {
  const native = (Uint8Array as unknown as Base64Native).fromBase64;
  if (typeof native === 'function') return native(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
