import { PERSON_TITLES } from './person-titles';
import type { TaggedSpan } from './tagger';

/** Characters that never end a name: punctuation a tagger may have swallowed. */
const TRAILING_JUNK = /[\s,.;:!?"“”‘’'()[\]«»]+$/u;
const LEADING_JUNK = /^[\s"“”‘’'([«»]+/u;
/** Possessive ending: "Turkey’s" → "Turkey" (a bare apostrophe, "Reuters’", is trailing junk). */
const POSSESSIVE = /[’']s$/u;
/** Determiners are outside names by the CoNLL convention ("the Taliban" → "Taliban"). */
const DETERMINER = /^(the|a|an)\s+/iu;
/** "Hamas-led", "Hamas-run": the name ends at a hyphen followed by a lower-case word. */
const HYPHEN_COMPOUND = /-\p{Ll}[\p{L}-]*$/u;

const TITLE_PATTERN = new RegExp(
  `^(?:(?:${PERSON_TITLES.map(escapeRegExp).join('|')})\\.?\\s+)+`,
  'u',
);

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes a leading title from a person's name ("President Recep Tayyip Erdogan"); returns the title found. */
export function splitTitle(name: string): { title: string | null; rest: string } {
  const match = TITLE_PATTERN.exec(name);
  if (!match || match[0].length === name.length) return { title: null, rest: name };
  return { title: match[0].trim(), rest: name.slice(match[0].length) };
}

/**
 * Trims a tagged span to the name itself: no surrounding punctuation or quotes, no possessive,
 * no determiner, no title, no "-led" suffix. Returns null when nothing name-like is left.
 */
export function cleanSpan(span: TaggedSpan): TaggedSpan | null {
  let { start, end } = span;
  let text = span.text;
  const trimLeft = (count: number): void => {
    start += count;
    text = text.slice(count);
  };
  const trimRight = (count: number): void => {
    end -= count;
    text = text.slice(0, text.length - count);
  };
  for (let changed = true; changed && text.length > 0; ) {
    const before = text.length;
    trimRight(TRAILING_JUNK.exec(text)?.[0].length ?? 0);
    trimRight(POSSESSIVE.exec(text)?.[0].length ?? 0);
    trimRight(HYPHEN_COMPOUND.exec(text)?.[0].length ?? 0);
    trimLeft(LEADING_JUNK.exec(text)?.[0].length ?? 0);
    trimLeft(DETERMINER.exec(text)?.[0].length ?? 0);
    if (span.type === 'PER') trimLeft(text.length - splitTitle(text).rest.length);
    changed = text.length !== before;
  }
  if (!/^\p{Lu}|^\p{N}/u.test(text)) return null;
  return { start, end, type: span.type, text };
}
