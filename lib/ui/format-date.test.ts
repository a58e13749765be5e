import { describe, expect, it } from 'vitest';
import { formatFuzzyDate } from './format-date';

describe('formatFuzzyDate', () => {
  it.each([
    [{ date: '2014', precision: 'year' }, '2014'],
    [{ date: '2014-03-00', precision: 'year' }, '2014'],
    [{ date: '2014-03', precision: 'month' }, 'March 2014'],
    [{ date: '2014-03-12', precision: 'day' }, 'March 12, 2014'],
    [{ date: '-0050', precision: 'year' }, '50 BC'],
    [{ date: 'sometime', precision: 'day' }, 'sometime'],
  ] as const)('%o → %s', (value, text) => expect(formatFuzzyDate(value, 'en-US')).toBe(text));
});
