import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities';
import type { TaggedSpan, Tagger } from './tagger';

/** A tagger that finds exactly the given strings, to test entity building apart from any engine. */
function taggerFor(names: Record<string, TaggedSpan['type']>): Tagger {
  return (text) => {
    const spans: TaggedSpan[] = [];
    for (const [name, type] of Object.entries(names)) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        spans.push({ start: at, end: at + name.length, type, text: name });
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  };
}

describe('extractEntities', () => {
  it('names a publication with the capital "The" it has in mid-sentence, not with a sentence’s "The"', () => {
    const tagger = taggerFor({ Guardian: 'ORG', 'New York Times': 'ORG', 'Home Office': 'ORG' });
    const text = 'She told The Guardian and the New York Times.\nThe Home Office declined.';
    expect(extractEntities(text, { title: null }, tagger).entities.map((entity) => entity.name).sort())
      .toEqual(['Home Office', 'New York Times', 'The Guardian']);
  });

  it('joins a surname to the full name, including repeats the tagger missed', () => {
    const text = 'Spy chief Ibrahim Kalin met Hamas. Kalin said talks went well. Later, Kalin left.';
    const { entities } = extractEntities(text, { title: null }, taggerFor({ 'Ibrahim Kalin': 'PER', Hamas: 'ORG' }));
    const kalin = entities.find((entity) => entity.name === 'Ibrahim Kalin');
    expect(kalin?.mentions.map((mention) => mention.text)).toEqual(['Ibrahim Kalin', 'Kalin', 'Kalin']);
    expect(entities.filter((entity) => entity.type === 'PER')).toHaveLength(1);
    expect(kalin?.role).toBe('Spy chief');
  });

  it('joins a hyphenated surname, and a shorter multi-word form, to the full name', () => {
    const text = 'Mabel Ortiz-Quinlan opened the seed library. Ortiz-Quinlan said it grew. Gabriel García Márquez wrote; García Márquez won. Quinlan smiled.';
    const { entities } = extractEntities(
      text,
      { title: null },
      taggerFor({ 'Mabel Ortiz-Quinlan': 'PER', 'Ortiz-Quinlan': 'PER', 'Gabriel García Márquez': 'PER', 'García Márquez': 'PER', Quinlan: 'PER' }),
    );
    expect(entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ['Mabel Ortiz-Quinlan', 3],
      ['Gabriel García Márquez', 2],
    ]);
  });

  it('keeps an ambiguous surname apart instead of guessing', () => {
    const text = 'Anna Smith and John Smith spoke. Smith left early.';
    const { entities } = extractEntities(text, { title: null }, taggerFor({ 'Anna Smith': 'PER', 'John Smith': 'PER', Smith: 'PER' }));
    expect(entities.map((entity) => entity.name).sort()).toEqual(['Anna Smith', 'John Smith', 'Smith']);
  });

  it('joins an acronym to its expansion', () => {
    const text = 'The National Intelligence Organization said on Monday that NIO agents were not involved.';
    const { entities } = extractEntities(text, { title: null }, taggerFor({ 'National Intelligence Organization': 'ORG', NIO: 'ORG' }));
    expect(entities).toHaveLength(1);
    expect(entities[0]?.mentions).toHaveLength(2);
  });

  it('joins a company\'s short form to the one name it opens, and keeps it apart when two names open with it', () => {
    const text = 'Kessler Foods Group will buy Hearthstone. Kessler Foods said Kessler shares rose.';
    const { entities } = extractEntities(text, { title: null }, taggerFor({ 'Kessler Foods Group': 'ORG', 'Kessler Foods': 'ORG', Kessler: 'ORG' }));
    expect(entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([['Kessler Foods Group', 3]]);
    const two = 'Apex Bank and Apex Mining merged. Apex said so.';
    const apart = extractEntities(two, { title: null }, taggerFor({ 'Apex Bank': 'ORG', 'Apex Mining': 'ORG', Apex: 'ORG' }));
    expect(apart.entities.map((entity) => entity.name).sort()).toEqual(['Apex', 'Apex Bank', 'Apex Mining']);
  });

  it('never lists places or nationalities', () => {
    const text = 'Turkey’s leader spoke. Turkish media reported it.';
    const { entities } = extractEntities(text, { title: null }, taggerFor({ Turkey: 'LOC', Turkish: 'MISC' }));
    expect(entities).toEqual([]);
  });

  it('ranks the entity of the headline and lede above one mentioned once late', () => {
    const title = 'Kalin meets Hamas leaders';
    const body = Array.from({ length: 8 }, (_, index) => `Paragraph ${index} about the talks.`).join('\n');
    const text = `${title}\n${body}\nAnna Roe and Anna Roe commented at the end. Anna Roe again.`;
    const { entities } = extractEntities(text, { title }, taggerFor({ Kalin: 'PER', 'Anna Roe': 'PER' }));
    expect(entities.map((entity) => entity.name)).toEqual(['Kalin', 'Anna Roe']);
    expect(entities[0]?.salience).toBe(1);
  });

  it('reports mentions with UTF-16 offsets into the text', () => {
    const text = '😀 Émile Zola wrote. Zola died.';
    const { mentions } = extractEntities(text, { title: null }, taggerFor({ 'Émile Zola': 'PER' }));
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions).toHaveLength(2);
  });
});

describe('extractEntities on the seed article (default engine)', () => {
  const text = readFileSync(join(import.meta.dirname, '../../test/fixtures/seed/article.txt'), 'utf8');
  const { entities } = extractEntities(text, { title: text.split('\n')[0] ?? null });
  const byName = new Map(entities.map((entity) => [entity.name, entity]));

  it('lists the people, with Kalin joined to Ibrahim Kalin', () => {
    for (const name of ['Ibrahim Kalin', 'Mohammad Darwish', 'Recep Tayyip Erdogan', 'Benjamin Netanyahu']) {
      expect(byName.get(name)?.type, name).toBe('PER');
    }
    expect(byName.get('Ibrahim Kalin')?.mentions).toHaveLength(4);
    expect(byName.has('Kalin')).toBe(false);
  });

  it('lists no place as a person or organization', () => {
    for (const name of ['Turkey', 'Israel', 'Gaza', 'Ankara', 'Turkish', 'Since']) expect(byName.has(name), name).toBe(false);
  });
});

describe('extractEntities and the byline', () => {
  it('does not list the article’s own authors', () => {
    const text = 'Talks resume\nBy Tamar Shefer\nAnna Roe met Tamar Shefer and Bo Li.';
    const tagger = taggerFor({ Tamar: 'PER', 'Anna Roe': 'PER', 'Bo Li': 'PER' });
    const names = extractEntities(text, { title: 'Talks resume', byline: 'Tamar Shefer, Bo Li' }, tagger).entities.map((entity) => entity.name);
    expect(names).toEqual(['Anna Roe']);
  });
});
