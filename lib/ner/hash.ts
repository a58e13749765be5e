/**
 * Integer hashing used for feature ids and gazetteer keys.
 * Everything is 32-bit so that it runs on plain JS numbers (Math.imul) without BigInt or string building.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `s` (whole string). */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Mixes two 32-bit values into one (murmur3 finalizer over a combined value); order matters. */
export function mix2(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Mixes three values. */
export function mix3(a: number, b: number, c: number): number {
  return mix2(mix2(a, b), c);
}

/** Hash of a token sequence, built incrementally: seqHash(seqHash(SEQ_SEED, t0), t1)... */
/** The hashes of a list of words, for lookups by a token's lowerHash without making strings. */
export function hashSet(words: readonly string[]): Set<number> {
  return new Set(words.map(hashString));
}

export const SEQ_SEED = 0x2545f491;
export function seqHash(prev: number, tokenHash: number): number {
  return mix2(prev, tokenHash);
}
