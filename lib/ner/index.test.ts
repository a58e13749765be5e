import { describe, expect, it } from 'vitest';
import { loadDefaultModel, tagText } from './index';
import type { TaggedSpan } from './index';
import { decodeMask, makeWordInfo, newLowerStats } from './features';
import type { WordInfo } from './features';
import { tokenize } from './tokenize';

const model = loadDefaultModel();

function find(spans: TaggedSpan[], text: string): TaggedSpan | undefined {
  return spans.find((s) => s.text === text);
}

describe('tagText', () => {
  const text = 'Turkey’s intelligence chief Ibrahim Kalin met with Hamas leaders on Saturday for talks about aid to Gaza.\n'
    + 'Kalin held talks with Mohammad Darwish, head of the group’s political council, Turkey’s Anadolu news agency reported.\n'
    + 'According to the Hamas-run health ministry, hundreds were killed. President Recep Tayyip Erdogan said Turkish support would continue.';
  const spans = tagText(text, model);

  it('returns flat, sorted spans whose text matches the UTF-16 offsets', () => {
    let lastEnd = -1;
    for (const s of spans) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(lastEnd);
      lastEnd = s.end;
    }
  });

  it('keeps the possessive outside the name and types countries as LOC', () => {
    expect(find(spans, 'Turkey')?.type).toBe('LOC');
    expect(spans.some((s) => s.text.includes('’s'))).toBe(false);
  });

  it('finds people, with titles outside the name', () => {
    expect(find(spans, 'Ibrahim Kalin')?.type).toBe('PER');
    expect(find(spans, 'Mohammad Darwish')?.type).toBe('PER');
    expect(find(spans, 'Recep Tayyip Erdogan')?.type).toBe('PER');
    expect(spans.some((s) => s.text.startsWith('President'))).toBe(false);
  });

  it('tags a surname-only mention after the full name as the same person', () => {
    const kalin = spans.filter((s) => s.text === 'Kalin');
    expect(kalin.length).toBe(1);
    expect(kalin[0]?.type).toBe('PER');
  });

  it('cuts "Hamas-run" to the organization', () => {
    const hamas = spans.filter((s) => s.text === 'Hamas');
    expect(hamas.length).toBe(2);
    for (const h of hamas) expect(h.type).toBe('ORG');
    expect(spans.some((s) => s.text.startsWith('Hamas-'))).toBe(false);
  });

  it('does not report demonyms as people or organizations', () => {
    const turkish = find(spans, 'Turkish');
    expect(turkish === undefined || turkish.type === 'MISC').toBe(true);
  });

  it('handles empty and name-free text', () => {
    expect(tagText('', model)).toEqual([]);
    expect(tagText('   \n  ', model)).toEqual([]);
    expect(tagText('it was raining all day and nobody went out.', model)).toEqual([]);
  });

  it('uses the bundled model by default', () => {
    expect(tagText('Angela Merkel visited Paris.').map((s) => s.type)).toContain('PER');
  });

  it('keeps initials in a person name and dotted acronyms whole', () => {
    const t = 'The novel was written by J. K. Rowling, who lives in the U.K.';
    const s = tagText(t, model);
    expect(find(s, 'J. K. Rowling')?.type).toBe('PER');
    expect(s.some((x) => x.text === 'Rowling')).toBe(false);
  });

  it('does not run a name across a line break', () => {
    const t = 'Brock Holt\nBrock Holt is a baseball player.';
    for (const s of tagText(t, model)) expect(s.text.includes('\n')).toBe(false);
  });

  it('keeps hyphenated given names whole', () => {
    const t = 'In Kowloon East, voters elected Leung Kwok-hung and Lee Cheuk-yan.';
    const s = tagText(t, model);
    expect(find(s, 'Leung Kwok-hung')?.type).toBe('PER');
    expect(find(s, 'Lee Cheuk-yan')?.type).toBe('PER');
  });

  it('types an organization named before an organization noun', () => {
    const t = 'Anadolu said on Monday that talks would resume, the Anadolu state news agency reported.';
    for (const s of tagText(t, model).filter((x) => x.text === 'Anadolu')) expect(s.type).toBe('ORG');
  });
});


describe('possessives inside organization names', () => {
  it('keeps "People\'s" and "Women\'s" inside the name', () => {
    const text = "Commanders of the Korean People's Army were dispatched to the border, state media said.\n"
      + "She won the Women's Tennis Association title in Paris on Sunday.";
    const spans = tagText(text, model);
    expect(find(spans, "Korean People's Army")?.type).toBe('ORG');
    expect(find(spans, "Women's Tennis Association")?.type).toBe('ORG');
  });
});

describe('organization nouns after a name', () => {
  it('do not turn a person into an organization across a verb or a determiner', () => {
    expect(find(tagText('Sarah Cohen joined the group in 2019, officials said.', model), 'Sarah Cohen')?.type).toBe('PER');
    expect(find(tagText('Daniel Levy joined the militant group last year.', model), 'Daniel Levy')?.type).toBe('PER');
  });
});

describe('decodeMask', () => {
  /** Which tokens of `text` may be part of a name (mask is not "O only"). */
  function candidates(text: string): string[] {
    const tokens = tokenize(text);
    const infos: WordInfo[] = [];
    for (let i = 0; i < tokens.count; i++) {
      infos.push(makeWordInfo(text.slice(tokens.starts[i], tokens.ends[i]), model.gaz, model.clusters, newLowerStats));
    }
    const mask = decodeMask(tokens, infos, model.dict, 0b111111111, 0b1);
    const out: string[] = [];
    for (let i = 0; i < tokens.count; i++) if (mask[i] !== 1) out.push(text.slice(tokens.starts[i], tokens.ends[i]));
    return out;
  }

  it('lets the words the training text has inside names continue a name, and no others', () => {
    // "of", "the", "al", "&" are connectors learned from the training data; "to", "with" and the comma are not
    const c = candidates('They went to University of Toronto, with Peter the Great, al Qaeda, and Marks & Spencer staff.');
    expect(c).toEqual(expect.arrayContaining(['University', 'of', 'Toronto', 'Peter', 'the', 'Great', 'al', 'Qaeda', 'Marks', '&', 'Spencer']));
    expect(c).not.toContain('to');
    expect(c).not.toContain('with');
    expect(c).not.toContain(',');
    expect(c).not.toContain('staff');
    expect(c).not.toContain('went');
  });

  it('still finds a name with a connector inside', () => {
    expect(find(tagText('She studied at the University of Toronto in 2001.', model), 'University of Toronto')?.type).toBe('ORG');
  });
});
