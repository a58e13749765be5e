import { describe, expect, it } from 'vitest';
import { bounds, compareDates, fromIso, fromWikibaseTime } from './dates';

describe('fromWikibaseTime', () => {
  it('keeps year precision for "+1977-00-00" instead of an Invalid Date', () => {
    expect(fromWikibaseTime({ time: '+1977-00-00T00:00:00Z', precision: 9 })).toEqual({ date: '1977', precision: 'year' });
  });
  it('reads month and day precision', () => {
    expect(fromWikibaseTime({ time: '+1987-12-00T00:00:00Z', precision: 10 })).toEqual({ date: '1987-12', precision: 'month' });
    expect(fromWikibaseTime({ time: '+1982-09-10T00:00:00Z', precision: 11 })).toEqual({ date: '1982-09-10', precision: 'day' });
  });
  it('treats coarser precisions as their year and finer ones as the day', () => {
    expect(fromWikibaseTime({ time: '+1900-00-00T00:00:00Z', precision: 7 })).toEqual({ date: '1900', precision: 'year' });
    expect(fromWikibaseTime({ time: '+2020-05-04T10:00:00Z', precision: 13 })).toEqual({ date: '2020-05-04', precision: 'day' });
  });
  it('returns null for junk', () => {
    expect(fromWikibaseTime({ time: 'yesterday', precision: 11 })).toBeNull();
    expect(fromWikibaseTime(null)).toBeNull();
    expect(fromWikibaseTime({ time: 5, precision: 11 })).toBeNull();
  });
});

describe('bounds and ordering', () => {
  it('spans the whole year or month', () => {
    const year = bounds({ date: '2023', precision: 'year' });
    expect(new Date(year?.earliest ?? 0).toISOString()).toBe('2023-01-01T00:00:00.000Z');
    expect(new Date(year?.latest ?? 0).toISOString()).toBe('2023-12-31T23:59:59.999Z');
    const month = bounds({ date: '2024-02', precision: 'month' });
    expect(new Date(month?.latest ?? 0).toISOString()).toBe('2024-02-29T23:59:59.999Z');
  });
  it('orders coarser dates first on ties', () => {
    expect(compareDates({ date: '2023', precision: 'year' }, { date: '2023-01-01', precision: 'day' })).toBeLessThan(0);
  });
  it('reads article dates in UTC', () => {
    expect(fromIso('2025-04-19T19:41:27+03:00')).toEqual({ date: '2025-04-19', precision: 'day' });
    expect(fromIso('not a date')).toBeNull();
  });
});
