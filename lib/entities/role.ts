import { splitTitle } from './clean-span';
import type { Mention } from './types';

/** Head nouns that make a role with the word before them ("intelligence chief", "party leader"). */
const ROLE_HEADS = /(?:^|\s)((?:\p{L}+\s)?(?:chief|head|leader|spokesman|spokeswoman|spokesperson|founder|director|chairman|chairwoman|ceo))\s*$/u;

/**
 * The title or role written right before a person's mention ("President", "intelligence chief"), kept as the
 * person's role since the name itself excludes it. Looks at the first mention that has one.
 */
export function findRole(text: string, mentions: readonly Mention[]): string | undefined {
  for (const mention of mentions) {
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    const head = ROLE_HEADS.exec(before)?.[1];
    if (head) return head;
    const titled = splitTitle(`${lastWords(before, 4)}X`);
    if (titled.title) return titled.title;
  }
  return undefined;
}

/** The last `count` words of a string, with their trailing space ("Turkey’s President "). */
function lastWords(value: string, count: number): string {
  const words = value.split(/(?<=\s)/u);
  for (let take = Math.min(count, words.length); take > 0; take -= 1) {
    const tail = words.slice(-take).join('');
    if (splitTitle(`${tail}X`).title) return tail;
  }
  return '';
}
