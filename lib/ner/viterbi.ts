/**
 * First-order Viterbi over BIO tags with hard constraints (I-X only after B-X/I-X).
 * `trans` is (T+1)×T: row p<T is "previous tag p", row T is the start of the sequence.
 * `allowedMask` (optional, training only) restricts the tags each token may take (bit t = tag t allowed).
 */
import { N_TAGS, allowed } from './tags';
import { TF_LINE_START } from './tokenize';
import type { Tokens } from './tokenize';

const NEG = -1e30;

/** Precomputed constraint matrix, same layout as `trans`. */
const CONSTRAINT = (() => {
  const m = new Float32Array((N_TAGS + 1) * N_TAGS);
  for (let p = 0; p <= N_TAGS; p++) {
    for (let t = 0; t < N_TAGS; t++) m[p * N_TAGS + t] = allowed(p === N_TAGS ? -1 : p, t) ? 0 : NEG;
  }
  return m;
})();

/** Tags allowed at a line start: O and B-X (a name never continues across a line break). */
export const LINE_START_MASK = (() => {
  let m = 0;
  for (let t = 0; t < N_TAGS; t++) if (allowed(-1, t)) m |= 1 << t;
  return m;
})();

/** trans + CONSTRAINT (the BIO rules folded into the transition scores). */
export function combineTransitions(trans: Float32Array): Float32Array {
  const c = new Float32Array(trans.length);
  for (let i = 0; i < trans.length; i++) c[i] = (trans[i] as number) + (CONSTRAINT[i] as number);
  return c;
}

/** Combined matrices of models' (immutable) transition arrays. */
const combinedOf = new WeakMap<Float32Array, Float32Array>();

/** Viterbi with a model's transition matrix (must not change after the first call; the trainer uses viterbiCombined). */
export function viterbi(emis: Float32Array, n: number, trans: Float32Array, out: Uint8Array, allowedMask?: Uint16Array): void {
  let c = combinedOf.get(trans);
  if (!c) { c = combineTransitions(trans); combinedOf.set(trans, c); }
  viterbiCombined(emis, n, c, out, allowedMask);
}

/** Reused work buffers (grown on demand): decoding allocates nothing per call. */
let scoreBuf = new Float32Array(0);
let backBuf = new Uint8Array(0);

if (N_TAGS !== 9) throw new Error('viterbi.ts is unrolled for 9 tags');

export function viterbiCombined(emis: Float32Array, n: number, tr: Float32Array, out: Uint8Array, allowedMask?: Uint16Array): void {
  const T = N_TAGS;
  if (n === 0) return;
  if (scoreBuf.length < n * T) { scoreBuf = new Float32Array(n * T * 2); backBuf = new Uint8Array(n * T * 2); }
  const score = scoreBuf, back = backBuf;
  const startRow = T * T;
  for (let t = 0; t < T; t++) {
    let s = (emis[t] as number) + (tr[startRow + t] as number);
    if (allowedMask && (((allowedMask[0] as number) >> t) & 1) === 0) s = NEG;
    score[t] = s;
  }
  for (let i = 1; i < n; i++) {
    const base = i * T, prevBase = base - T;
    const mask = allowedMask ? (allowedMask[i] as number) : 0xffff;
    // previous column in locals (9 tags)
    const p0 = score[prevBase]!, p1 = score[prevBase + 1]!, p2 = score[prevBase + 2]!, p3 = score[prevBase + 3]!,
      p4 = score[prevBase + 4]!, p5 = score[prevBase + 5]!, p6 = score[prevBase + 6]!, p7 = score[prevBase + 7]!,
      p8 = score[prevBase + 8]!;
    for (let t = 0; t < T; t++) {
      if (((mask >> t) & 1) === 0) { score[base + t] = NEG * 2; continue; }
      let best = p0 + tr[t]!, arg = 0, v: number;
      v = p1 + tr[T + t]!; if (v > best) { best = v; arg = 1; }
      v = p2 + tr[2 * T + t]!; if (v > best) { best = v; arg = 2; }
      v = p3 + tr[3 * T + t]!; if (v > best) { best = v; arg = 3; }
      v = p4 + tr[4 * T + t]!; if (v > best) { best = v; arg = 4; }
      v = p5 + tr[5 * T + t]!; if (v > best) { best = v; arg = 5; }
      v = p6 + tr[6 * T + t]!; if (v > best) { best = v; arg = 6; }
      v = p7 + tr[7 * T + t]!; if (v > best) { best = v; arg = 7; }
      v = p8 + tr[8 * T + t]!; if (v > best) { best = v; arg = 8; }
      score[base + t] = best + (emis[base + t] as number);
      back[base + t] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) if ((score[last + t] as number) > best) { best = score[last + t] as number; arg = t; }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg] as number;
  }
}

/** Allowed-tag masks for decoding: everything, except I-X at the first token of a line. */
export function lineStartMask(tokens: Tokens, base?: Uint16Array): Uint16Array {
  const m = new Uint16Array(tokens.count);
  for (let i = 0; i < tokens.count; i++) {
    const b = base ? (base[i] as number) : (1 << N_TAGS) - 1;
    m[i] = (tokens.flags[i] as number) & TF_LINE_START ? b & LINE_START_MASK : b;
  }
  return m;
}
