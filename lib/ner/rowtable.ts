/**
 * The model's weight rows in one open-addressing table, each slot holding the feature id *and* its 9 int8
 * weights and scale byte side by side (16 bytes): a lookup costs one cache miss instead of three (id table,
 * weights, scales), which is what the tagger's speed is made of.
 */
import { byteToScaleTable } from './scale';

const SLOT_BYTES = 16;
const SLOT_WORDS = SLOT_BYTES / 4;
const WEIGHT_OFFSET = 4;
const SCALE_OFFSET = 13;
const EMPTY = 0;
const EMPTY_REMAP = 0x5bd1e995;
/** Slots ≥ rows × this (power of two): ≤ 70% full. */
const LOAD_FACTOR_INVERSE = 1.4;
/**
 * Half of the tagger's lookups are of features the model does not have (pruned or never seen: most word
 * bigrams). A one-hash bit filter of 2^20 bits (128 KB, stays in a core's L2 cache, where the 2 MB table does
 * not) answers most of those without touching the table: with 60,000 rows, 5.6% of absent keys pass it.
 */
const FILTER_SHIFT = 12; // 32 − 20 bits
const FILTER_WORDS = (1 << (32 - FILTER_SHIFT)) >>> 5;
const FILTER_MULTIPLIER = 0x85ebca6b;

export class RowTable {
  readonly words: Uint32Array;
  readonly bytes: Int8Array;
  readonly ubytes: Uint8Array;
  private readonly mask: number;
  private readonly filter = new Uint32Array(FILTER_WORDS);
  readonly size: number;
  /** scale of each possible scale byte */
  readonly scales: Float32Array = byteToScaleTable();

  /** keys: feature ids; weights: rows × 9 int8; scaleBytes: one per row. */
  constructor(keys: Uint32Array, weights: Int8Array, scaleBytes: Uint8Array, nTags: number) {
    let cap = 16;
    while (cap < keys.length * LOAD_FACTOR_INVERSE) cap <<= 1;
    const buf = new ArrayBuffer(cap * SLOT_BYTES);
    this.words = new Uint32Array(buf);
    this.bytes = new Int8Array(buf);
    this.ubytes = new Uint8Array(buf);
    this.mask = cap - 1;
    this.size = keys.length;
    for (let r = 0; r < keys.length; r++) {
      let k = keys[r] as number;
      if (k === EMPTY) k = EMPTY_REMAP;
      let i = Math.imul(k, 0x9e3779b1) >>> 0 & this.mask;
      while (this.words[i * SLOT_WORDS] !== EMPTY) i = (i + 1) & this.mask;
      this.words[i * SLOT_WORDS] = k;
      const f = Math.imul(k, FILTER_MULTIPLIER) >>> FILTER_SHIFT;
      this.filter[f >>> 5] = (this.filter[f >>> 5] as number) | (1 << (f & 31));
      const b = i * SLOT_BYTES;
      for (let t = 0; t < nTags; t++) this.bytes[b + WEIGHT_OFFSET + t] = weights[r * nTags + t] as number;
      this.ubytes[b + SCALE_OFFSET] = scaleBytes[r] as number;
    }
  }

  /** Byte offset of the weights of feature `key` in `bytes`, or -1. The scale byte is at offset + 9. */
  find(key: number): number {
    let k = key >>> 0;
    if (k === EMPTY) k = EMPTY_REMAP;
    const f = Math.imul(k, FILTER_MULTIPLIER) >>> FILTER_SHIFT;
    if (((this.filter[f >>> 5] as number) & (1 << (f & 31))) === 0) return -1;
    const words = this.words, mask = this.mask;
    for (let i = Math.imul(k, 0x9e3779b1) >>> 0 & mask; ; i = (i + 1) & mask) {
      const cur = words[i * SLOT_WORDS] as number;
      if (cur === k) return i * SLOT_BYTES + WEIGHT_OFFSET;
      if (cur === EMPTY) return -1;
    }
  }
}
