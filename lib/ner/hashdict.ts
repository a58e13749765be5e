/**
 * Open-addressing hash table from 32-bit keys to 32-bit values, in one typed array with key and value side by
 * side (one cache line per probe). Used for gazetteers (token-sequence hash → bit mask) and the model's pruned
 * weight rows (feature id → row).
 */

const EMPTY = 0;
/** Keys equal to EMPTY are stored remapped to this value (a tiny, harmless extra collision). */
const EMPTY_REMAP = 0x5bd1e995;
/**
 * Capacity is the power of two ≥ expected × LOAD_FACTOR_INVERSE: at most ~70% full, so probes stay short while the
 * model's row table (80k rows) fits in 1 MB (8 slots per cache line).
 */
const LOAD_FACTOR_INVERSE = 1.4;

export class HashDict {
  /** [key0, value0, key1, value1, ...] */
  private readonly kv: Uint32Array;
  private readonly mask: number;
  size = 0;

  constructor(expected: number) {
    let cap = 16;
    while (cap < expected * LOAD_FACTOR_INVERSE) cap <<= 1;
    this.kv = new Uint32Array(cap * 2);
    this.mask = cap - 1;
  }

  private static norm(key: number): number {
    const k = key >>> 0;
    return k === EMPTY ? EMPTY_REMAP : k;
  }

  /** Index (into kv) of `key`'s slot, or of the empty slot where it would go. */
  private slot(k: number): number {
    const kv = this.kv, mask = this.mask;
    let i = Math.imul(k, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const cur = kv[i << 1] as number;
      if (cur === k || cur === EMPTY) return i << 1;
      i = (i + 1) & mask;
    }
  }

  get(key: number): number {
    let k = key >>> 0;
    if (k === EMPTY) k = EMPTY_REMAP;
    const kv = this.kv, mask = this.mask;
    let i = Math.imul(k, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const cur = kv[i << 1] as number;
      if (cur === k) return kv[(i << 1) + 1] as number;
      if (cur === EMPTY) return 0;
      i = (i + 1) & mask;
    }
  }

  has(key: number): boolean {
    const k = HashDict.norm(key);
    return this.kv[this.slot(k)] === k;
  }

  private claim(k: number): number {
    const j = this.slot(k);
    if (this.kv[j] !== k) {
      if ((this.size + 1) * LOAD_FACTOR_INVERSE > this.kv.length / 2) throw new Error('HashDict full');
      this.kv[j] = k;
      this.size++;
    }
    return j + 1;
  }

  /** ORs `bits` into the value of `key`. */
  or(key: number, bits: number): void {
    const v = this.claim(HashDict.norm(key));
    this.kv[v] = ((this.kv[v] as number) | bits) >>> 0;
  }

  set(key: number, value: number): void {
    this.kv[this.claim(HashDict.norm(key))] = value >>> 0;
  }

  /** Builds a table from distinct keys (bulk load at model decode: no duplicate checks, tight loop). */
  static fromArrays(keys: Uint32Array, values: Uint32Array): HashDict {
    const d = new HashDict(keys.length);
    const kv = d.kv, mask = d.mask;
    for (let j = 0; j < keys.length; j++) {
      let k = keys[j] as number;
      if (k === EMPTY) k = EMPTY_REMAP;
      let i = Math.imul(k, 0x9e3779b1) >>> 0 & mask;
      while (kv[i << 1] !== EMPTY && kv[i << 1] !== k) i = (i + 1) & mask;
      kv[i << 1] = k;
      kv[(i << 1) + 1] = values[j] as number;
    }
    d.size = keys.length;
    return d;
  }

  /** Visits every stored (key, value). */
  forEach(fn: (key: number, value: number) => void): void {
    const kv = this.kv;
    for (let i = 0; i < kv.length; i += 2) {
      const k = kv[i] as number;
      if (k !== EMPTY) fn(k, kv[i + 1] as number);
    }
  }
}
