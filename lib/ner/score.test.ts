import { describe, expect, it } from 'vitest';
import { emptyTable, overlapPRF, prf, scoreDocument } from './score';

describe('scoreDocument', () => {
  it('counts strict and overlap matches per type', () => {
    const t = emptyTable();
    scoreDocument(
      [{ start: 0, end: 13, type: 'PER' }, { start: 20, end: 25, type: 'ORG' }],
      [{ start: 8, end: 13, type: 'PER' }, { start: 20, end: 25, type: 'ORG' }, { start: 30, end: 35, type: 'LOC' }],
      t,
    );
    expect(t.PER?.strict).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(overlapPRF(t.PER!).f).toBe(1);
    expect(prf(t.ORG!.strict).f).toBe(1);
    expect(t.LOC?.strict.fp).toBe(1);
  });

  it('ignores flagged gold spans and predictions that only touch them', () => {
    const t = emptyTable();
    scoreDocument(
      [{ start: 0, end: 7, type: 'LOC', nested: true }, { start: 10, end: 20, type: 'PER', person_group_or_role: true }, { start: 30, end: 34, type: 'TIME' }],
      [{ start: 0, end: 7, type: 'LOC' }, { start: 30, end: 34, type: 'MISC' }],
      t,
    );
    expect(t.ALL?.strict).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});
