import { describe, expect, it } from 'vitest';
import { cleanSpan, splitTitle } from './clean-span';
import type { TaggedSpan } from './tagger';

const span = (text: string, type: TaggedSpan['type'] = 'PER', start = 10): TaggedSpan => ({ start, end: start + text.length, type, text });

describe('cleanSpan', () => {
  it.each([
    ['President Recep Tayyip Erdogan', 'PER', 'Recep Tayyip Erdogan', 20],
    ['Prime Minister Benjamin Netanyahu “', 'PER', 'Benjamin Netanyahu', 25],
    ['Mohammad Darwish,', 'PER', 'Mohammad Darwish', 10],
    ['Turkey’s', 'ORG', 'Turkey', 10],
    ["Reuters'", 'ORG', 'Reuters', 10],
    ['the Taliban', 'ORG', 'Taliban', 14],
    ['Hamas-run', 'ORG', 'Hamas', 10],
    ['Hamas-led', 'ORG', 'Hamas', 10],
  ] as const)('%s → %s', (raw, type, name, start) => {
    const cleaned = cleanSpan(span(raw, type));
    expect(cleaned?.text).toBe(name);
    expect(cleaned?.start).toBe(start);
    expect(cleaned?.end).toBe(start + name.length);
  });

  it('keeps offsets consistent with the text', () => {
    const text = 'Yesterday President Recep Tayyip Erdogan’s office said';
    const raw = { start: 10, end: 42, type: 'PER' as const, text: text.slice(10, 42) };
    const cleaned = cleanSpan(raw);
    expect(cleaned && text.slice(cleaned.start, cleaned.end)).toBe('Recep Tayyip Erdogan');
  });

  it('drops spans with nothing name-like left', () => {
    expect(cleanSpan(span('the ', 'ORG'))).toBeNull();
    expect(cleanSpan(span('“', 'PER'))).toBeNull();
  });

  it('does not strip titles from organizations', () => {
    expect(cleanSpan(span('General Motors', 'ORG'))?.text).toBe('General Motors');
  });
});

describe('splitTitle', () => {
  it('finds the longest title first', () => {
    expect(splitTitle('Deputy Prime Minister Jane Roe')).toEqual({ title: 'Deputy Prime Minister', rest: 'Jane Roe' });
  });
  it('leaves a bare title alone', () => {
    expect(splitTitle('President')).toEqual({ title: null, rest: 'President' });
  });
});
