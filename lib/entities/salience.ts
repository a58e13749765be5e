import type { Mention } from './types';

/** Weight of a mention in the headline: editors put the main actors there. */
const HEADLINE_WEIGHT = 3;
/** Weight of a mention in the lede (the first paragraphs), the inverted pyramid's most important part. */
const LEDE_WEIGHT = 1.5;
const BODY_WEIGHT = 1;
/** Share of the text counted as the lede when it has fewer paragraphs than LEDE_PARAGRAPHS. */
const LEDE_SHARE = 0.2;
const LEDE_PARAGRAPHS = 2;

/** Where the headline and lede end in a text, as UTF-16 offsets. */
export interface TextLayout {
  headlineEnd: number;
  ledeEnd: number;
  /** Start offsets of paragraphs (blocks separated by line breaks). */
  paragraphStarts: number[];
}

/** Finds the headline (when the text starts with the title) and the lede of an article text. */
export function layoutOf(text: string, title: string | null): TextLayout {
  const headlineEnd = title && text.startsWith(title) ? title.length : 0;
  const paragraphStarts = [0];
  for (const match of text.matchAll(/\n\s*/g)) {
    const start = (match.index ?? 0) + match[0].length;
    if (start < text.length) paragraphStarts.push(start);
  }
  const bodyParagraphs = paragraphStarts.filter((start) => start >= headlineEnd);
  const afterLede = bodyParagraphs[LEDE_PARAGRAPHS];
  const ledeEnd = Math.max(afterLede ?? 0, headlineEnd + Math.round((text.length - headlineEnd) * LEDE_SHARE));
  return { headlineEnd, ledeEnd, paragraphStarts };
}

function paragraphIndex(offset: number, starts: readonly number[]): number {
  let index = 0;
  while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= offset) index += 1;
  return index;
}

/**
 * Raw salience of one entity: position-weighted mention count times (1 + spread), where spread is the share
 * of paragraphs that mention it. Normalized across the article by the caller.
 */
export function rawSalience(mentions: readonly Mention[], layout: TextLayout): number {
  let weight = 0;
  const paragraphs = new Set<number>();
  for (const mention of mentions) {
    if (mention.start < layout.headlineEnd) weight += HEADLINE_WEIGHT;
    else if (mention.start < layout.ledeEnd) weight += LEDE_WEIGHT;
    else weight += BODY_WEIGHT;
    paragraphs.add(paragraphIndex(mention.start, layout.paragraphStarts));
  }
  const spread = paragraphs.size / Math.max(1, layout.paragraphStarts.length);
  return weight * (1 + spread);
}
