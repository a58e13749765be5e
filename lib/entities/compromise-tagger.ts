import nlp from 'compromise';
import type { TagType } from './types';
import type { TaggedSpan, Tagger } from './tagger';

interface CompromiseMatch {
  offset?: { start: number; length: number };
}

const SELECTIONS: ReadonlyArray<[TagType, 'people' | 'organizations' | 'places']> = [
  ['PER', 'people'],
  ['ORG', 'organizations'],
  ['LOC', 'places'],
];

/**
 * The compromise library (https://github.com/spencermountain/compromise) as a Tagger: the first version of
 * the engine, and the baseline the own engine is measured against. Its spans include trailing punctuation
 * and titles; `cleanSpan` trims them later, as for every tagger.
 */
export const compromiseTagger: Tagger = (text) => {
  const doc = nlp(text);
  const spans: TaggedSpan[] = [];
  for (const [type, selection] of SELECTIONS) {
    const matches = doc[selection]().json({ offset: true }) as CompromiseMatch[];
    for (const match of matches) {
      if (!match.offset) continue;
      const start = match.offset.start;
      const end = start + match.offset.length;
      spans.push({ start, end, type, text: text.slice(start, end) });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
};
