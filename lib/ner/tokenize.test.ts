import { describe, expect, it } from 'vitest';
import { LINE_CAPS, LINE_NORMAL, LINE_TITLE, TF_SENT_START, isLower, isUpper, tokenize } from './tokenize';

function words(text: string): string[] {
  const t = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(text.slice(t.starts[i], t.ends[i]));
  return out;
}

describe('tokenize', () => {
  it('splits curly and straight possessives from the name', () => {
    expect(words('Turkey’s chief')).toEqual(['Turkey', '’s', 'chief']);
    expect(words("Kalin's talks")).toEqual(['Kalin', "'s", 'talks']);
  });

  it('keeps inner apostrophes in names', () => {
    expect(words("O'Brien met D’Souza")).toEqual(["O'Brien", 'met', 'D’Souza']);
  });

  it('splits hyphenated compounds so "Hamas-led" can yield "Hamas"', () => {
    expect(words('the Hamas-run ministry')).toEqual(['the', 'Hamas', '-', 'run', 'ministry']);
  });

  it('keeps initials, dotted acronyms and abbreviations together', () => {
    expect(words('J. K. Rowling and Mr. Smith of the U.S. Army')).toEqual(['J.', 'K.', 'Rowling', 'and', 'Mr.', 'Smith', 'of', 'the', 'U.S.', 'Army']);
  });

  it('separates a sentence-final period and keeps numbers whole', () => {
    expect(words('at least 1,691 people died.')).toEqual(['at', 'least', '1,691', 'people', 'died', '.']);
  });

  it('keeps UTF-16 offsets across astral characters', () => {
    const text = '😀 Anadolu said';
    const t = tokenize(text);
    expect(text.slice(t.starts[1], t.ends[1])).toBe('Anadolu');
  });

  it('marks sentence starts after . ! ? and line breaks', () => {
    const text = 'He left. Since then\nKalin spoke';
    const t = tokenize(text);
    const starts = [];
    for (let i = 0; i < t.count; i++) if ((t.flags[i] ?? 0) & TF_SENT_START) starts.push(text.slice(t.starts[i], t.ends[i]));
    expect(starts).toEqual(['He', 'Since', 'Kalin']);
  });

  it('detects Title Case and ALL CAPS headline lines', () => {
    const text = 'Turkish Spy Chief Meets Hamas Leaders\nHAMAS LEADERS MEET IN ANKARA\nKalin met with leaders of the group today.';
    const t = tokenize(text);
    expect(t.lineMode[0]).toBe(LINE_TITLE);
    expect(t.lineMode[6]).toBe(LINE_CAPS);
    expect(t.lineMode[t.count - 1]).toBe(LINE_NORMAL);
  });
});

describe('isUpper / isLower beyond Latin-1', () => {
  it('knows the case of Greek, Cyrillic and Latin Extended letters, and that Arabic has none', () => {
    for (const ch of ['Ω', 'Ж', 'Ł', 'İ']) expect([ch, isUpper(ch.charCodeAt(0)), isLower(ch.charCodeAt(0))]).toEqual([ch, true, false]);
    for (const ch of ['ω', 'ж', 'ł', 'ı']) expect([ch, isUpper(ch.charCodeAt(0)), isLower(ch.charCodeAt(0))]).toEqual([ch, false, true]);
    // asked twice: the memoized answer is the same
    for (let k = 0; k < 2; k++) expect([isUpper('ش'.charCodeAt(0)), isLower('ش'.charCodeAt(0))]).toEqual([false, false]);
  });
});
