import { describe, expect, it } from 'vitest';
import { HashDict } from './hashdict';
import { encodeModel, loadModel } from './model';
import { byteToScale, scaleToByte } from './scale';
import { N_TAGS } from './tags';

describe('model binary', () => {
  it('round-trips rows, transitions and tables', () => {
    const gaz = new HashDict(4);
    gaz.set(12345, 7);
    const dict = new HashDict(4);
    dict.set(99, 1 << 17);
    const trans = new Float32Array((N_TAGS + 1) * N_TAGS).map((_, i) => i / 10);
    const weights = new Int8Array(2 * N_TAGS).map((_, i) => i - 9);
    const rowScale = Float32Array.of(byteToScale(scaleToByte(0.5)), byteToScale(scaleToByte(2)));
    const bytes = encodeModel({ rowScale, trans, rowKeys: Uint32Array.of(5, 4_000_000), weights, gaz, dict, clusters: null });
    const m = loadModel(bytes);
    expect(Array.from(m.trans)).toEqual(Array.from(trans));
    expect(m.gaz.get(12345)).toBe(7);
    expect(m.dict.get(99)).toBe(1 << 17);
    const off = m.rows.find(4_000_000);
    expect(off).toBeGreaterThanOrEqual(0);
    expect(m.rows.bytes[off]).toBe(0);
    expect(m.rows.scales[m.rows.ubytes[off + N_TAGS]!]).toBeCloseTo(rowScale[1]!, 5);
    expect(m.rows.find(6)).toBe(-1);
  });

  it('rejects other files', () => {
    expect(() => loadModel(new Uint8Array(16))).toThrow();
  });
});

describe('HashDict', () => {
  it('stores, ORs and finds keys, including 0', () => {
    const d = new HashDict(10);
    d.set(0, 3);
    d.or(42, 1);
    d.or(42, 4);
    expect(d.get(0)).toBe(3);
    expect(d.get(42)).toBe(5);
    expect(d.get(43)).toBe(0);
    expect(d.has(42)).toBe(true);
  });
});

describe('base64ToBytes', () => {
  it('decodes like Buffer for every padding length', async () => {
    const { base64ToBytes } = await import('./model');
    for (const len of [0, 1, 2, 3, 4, 5, 100]) {
      const bytes = Uint8Array.from({ length: len }, (_, i) => (i * 37 + 11) & 255);
      const b64 = Buffer.from(bytes).toString('base64');
      expect(Array.from(base64ToBytes(b64))).toEqual(Array.from(bytes));
    }
  });
});
