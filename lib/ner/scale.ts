/**
 * Row scales are stored as one byte on a log scale (2^(1/16) steps, ≈4%): four bytes of float per row would be
 * a third of the model. The trainer quantizes weights with the *decoded* scale so nothing overflows.
 */
const SCALE_STEPS_PER_OCTAVE = 16;
const SCALE_ZERO = 160;
const BYTE_VALUES = 256;

export function scaleToByte(scale: number): number {
  const e = Math.ceil(Math.log2(Math.max(scale, 1e-9)) * SCALE_STEPS_PER_OCTAVE) + SCALE_ZERO;
  return Math.max(0, Math.min(255, e));
}

export function byteToScale(b: number): number {
  return 2 ** ((b - SCALE_ZERO) / SCALE_STEPS_PER_OCTAVE);
}

export function byteToScaleTable(): Float32Array {
  const t = new Float32Array(BYTE_VALUES);
  for (let b = 0; b < BYTE_VALUES; b++) t[b] = byteToScale(b);
  return t;
}
