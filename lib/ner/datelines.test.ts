import { describe, expect, it } from 'vitest';
import { findDatelines } from './datelines';
import { tagText } from './index';
import { tokenize } from './tokenize';

/** The place words and story start of each dateline, as text. */
function datelines(text: string): Array<{ place: string; story: string | null }> {
  const t = tokenize(text);
  return findDatelines(text, t).map((d) => ({
    place: text.slice(t.starts[d.placeStart], t.ends[d.placeEnd - 1]),
    story: d.storyStart >= 0 ? text.slice(t.starts[d.storyStart], t.ends[d.storyStart]) : null,
  }));
}

describe('findDatelines', () => {
  it('finds the wire services’ datelines', () => {
    expect(datelines('BRUSSELS, March 3 (Reuters) - The Commission met.')).toEqual([{ place: 'BRUSSELS', story: null }]);
    expect(datelines('WASHINGTON (AP) — The Senate voted.')).toEqual([{ place: 'WASHINGTON', story: null }]);
    expect(datelines('Headline\nROME 1996-12-06\nItaly recalled its envoy.')).toEqual([{ place: 'ROME', story: 'Italy' }]);
    expect(datelines('AL-AIN, United Arab Emirates 1996-12-06\nJapan won.')).toEqual([{ place: 'AL-AIN', story: 'Japan' }]);
    expect(datelines('ST. LOUIS, Dec 6 (Reuters) - Shares rose.')).toEqual([{ place: 'ST. LOUIS', story: null }]);
  });

  it('finds the newspapers’ datelines that end in a dash', () => {
    expect(datelines('Beer tents close\nMUNICH — This year’s festival drew crowds.')).toEqual([{ place: 'MUNICH', story: null }]);
    expect(datelines('KAGOSHIMA, Japan — Officials ordered evacuations.')).toEqual([{ place: 'KAGOSHIMA', story: null }]);
    // the place and a colon, where the document has one such line (not a transcript's speakers)
    expect(datelines('Run raises funds\nKOCHI: Over 3,500 runners took part.')).toEqual([{ place: 'KOCHI', story: null }]);
    expect(datelines('GEORGE TOWN: The council met.')).toEqual([{ place: 'GEORGE TOWN', story: null }]);
    expect(datelines('SMITH: I think so.\nJONES: I do not.')).toEqual([]);
    expect(datelines('UPDATE: The road reopened.')).toEqual([]);
    expect(datelines('RP: Is it wrong to ask?')).toEqual([]);
    expect(datelines('MOON LANDING HOAX: CHURCH = STATE')).toEqual([]);
    // a line that is only the place (the document pass keeps it where the gazetteer knows the place)
    expect(datelines('Star wrecks car\nMUNICH\nThe defender crashed.')).toEqual([{ place: 'MUNICH', story: null }]);
    expect(datelines('Pub goes viral\nDINGLE, Co Kerry\nRegulars were stunned.')).toEqual([{ place: 'DINGLE', story: null }]);
    expect(datelines('BRASÍLIA – President Lula signed.')).toEqual([{ place: 'BRASÍLIA', story: null }]);
    expect(datelines('NEW YORK — The album topped the chart.')).toEqual([{ place: 'NEW YORK', story: null }]);
  });

  it('finds none in ordinary upper-case starts', () => {
    expect(datelines('NATO said on Monday that it would meet.')).toEqual([]);
    expect(datelines('US officials met on Dec 6 in Geneva.')).toEqual([]);
    expect(datelines('The AP reported it (Reuters) too.')).toEqual([]);
    // a wire headline's section word before a hyphen, and labels before a dash
    expect(datelines('SOCCER - JAPAN GET LUCKY WIN')).toEqual([]);
    expect(datelines('EXCLUSIVE — Apple plans a cheaper phone.')).toEqual([]);
  });
});

describe('the story after a dateline line', () => {
  it('is tagged as if the document began there (the date is not its left context)', () => {
    const spans = tagText('ROME 1996-12-06\nItaly recalled its ambassador to Libya on Friday.');
    expect(spans.map((s) => `${s.type}:${s.text}`)).toEqual(['LOC:ROME', 'LOC:Italy', 'LOC:Libya']);
  });
});
