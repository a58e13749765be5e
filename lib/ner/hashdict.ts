/**
 * Open-addressing hash table from 32-bit keys to 32-bit values, in typed arrays.
 * Used for gazetteers (token-sequence hash → bit mask) and the model's pruned weight rows (feature id → row).
 */

const EMPTY = 0;
/** Keys equal to EMPTY are stored remapped to this value (a tiny, harmless extra collision). */
const EMPTY_REMAP = 0x5bd1e995;
/** Table is kept at most half full so probes stay short. */
const LOAD_FACTOR_INVERSE = 2;

export class HashDict {
  readonly keys: Uint32Array;
  readonly values: Uint32Array;
  private readonly mask: number;
  size = 0;

  constructor(expected: number) {
    let cap = 16;
    while (cap < expected * LOAD_FACTOR_INVERSE) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.values = new Uint32Array(cap);
    this.mask = cap - 1;
  }

  private static norm(key: number): number {
    const k = key >>> 0;
    return k === EMPTY ? EMPTY_REMAP : k;
  }

  /** Slot of `key`, or of the empty slot where it would go. */
  private slot(k: number): number {
    let i = Math.imul(k, 0x9e3779b1) >>> 0 & this.mask;
    const keys = this.keys;
    for (;;) {
      const cur = keys[i] as number;
      if (cur === k || cur === EMPTY) return i;
      i = (i + 1) & this.mask;
    }
  }

  get(key: number): number {
    const k = HashDict.norm(key);
    const i = this.slot(k);
    return this.keys[i] === k ? (this.values[i] as number) : 0;
  }

  has(key: number): boolean {
    const k = HashDict.norm(key);
    return this.keys[this.slot(k)] === k;
  }

  /** ORs `bits` into the value of `key`. */
  or(key: number, bits: number): void {
    const k = HashDict.norm(key);
    const i = this.slot(k);
    if (this.keys[i] !== k) {
      if ((this.size + 1) * LOAD_FACTOR_INVERSE > this.keys.length) throw new Error('HashDict full');
      this.keys[i] = k;
      this.size++;
    }
    this.values[i] = ((this.values[i] as number) | bits) >>> 0;
  }

  set(key: number, value: number): void {
    const k = HashDict.norm(key);
    const i = this.slot(k);
    if (this.keys[i] !== k) {
      if ((this.size + 1) * LOAD_FACTOR_INVERSE > this.keys.length) throw new Error('HashDict full');
      this.keys[i] = k;
      this.size++;
    }
    this.values[i] = value >>> 0;
  }

  /** Visits every stored (key, value). */
  forEach(fn: (key: number, value: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i] as number;
      if (k !== EMPTY) fn(k, this.values[i] as number);
    }
  }
}
