import { isAcronymOf, nameKey, nameTokens, nameWords } from './name-key';
import type { EntityType, Mention } from './types';

/** Mentions that refer to one person or organization, before salience is computed. */
export interface MentionGroup {
  type: EntityType;
  /** The fullest form of the name seen in the text. */
  name: string;
  mentions: Mention[];
}

/**
 * Joins the mentions of one article into entities:
 * - identical names (case- and accent-insensitive) are one entity;
 * - a one-word person mention joins the unique multi-word person whose surname (else first name) it is
 *   ("Kalin" → "Ibrahim Kalin", "Ortiz-Quinlan" → "Mabel Ortiz-Quinlan"), the way news writing refers back to
 *   people, and a shorter multi-word form joins the unique longer name it ends or starts-and-ends;
 * - an organization acronym joins the unique organization whose initials it spells ("NIO" → "National
 *   Intelligence Organization"), and a short form the organization whose name it opens ("Kessler" → "Kessler Foods
 *   Group").
 * Ambiguous short forms ("Smith" with two Smiths) stay separate rather than being guessed.
 */
export function groupMentions(mentions: readonly Mention[]): MentionGroup[] {
  const groups = new Map<string, MentionGroup>();
  const keyOf = (mention: Mention): string => `${mention.type}:${nameKey(mention.text)}`;
  for (const mention of mentions) {
    const key = keyOf(mention);
    const group = groups.get(key);
    if (group) group.mentions.push(mention);
    else groups.set(key, { type: mention.type, name: mention.text, mentions: [mention] });
  }
  const all = [...groups.values()];
  for (const group of all) {
    const target = findLongerForm(group, all);
    if (!target) continue;
    target.mentions.push(...group.mentions);
    group.mentions = [];
  }
  return all
    .filter((group) => group.mentions.length > 0)
    .map((group) => ({ ...group, mentions: group.mentions.sort((a, b) => a.start - b.start) }));
}

function findLongerForm(group: MentionGroup, all: readonly MentionGroup[]): MentionGroup | undefined {
  const others = all.filter((other) => other !== group && other.type === group.type && other.mentions.length > 0);
  if (group.type === 'ORG') {
    const expansions = others.filter((other) => isAcronymOf(group.name, other.name));
    if (expansions.length > 0) return expansions.length === 1 ? expansions[0] : undefined;
    return fullOrganization(group, others);
  }
  // Words are what spaces separate: a hyphenated surname is one word ("Ortiz-Quinlan" is how news writing refers
  // back to "Mabel Ortiz-Quinlan"; splitting it made the short form look like a two-word name and stay apart).
  const words = nameWords(group.name);
  const longer = others.filter((other) => nameWords(other.name).length > words.length);
  if (words.length === 1) {
    const word = words[0] ?? '';
    const bySurname = longer.filter((other) => {
      const surname = nameWords(other.name).at(-1) ?? '';
      // Also the last part of a double surname ("Quinlan" for "Mabel Ortiz-Quinlan"), as before.
      return surname === word || nameTokens(surname).at(-1) === word;
    });
    if (bySurname.length > 0) return bySurname.length === 1 ? bySurname[0] : undefined;
    const byFirstName = longer.filter((other) => nameWords(other.name)[0] === word);
    return byFirstName.length === 1 ? byFirstName[0] : undefined;
  }
  // "Recep Erdogan" → "Recep Tayyip Erdogan" (same first and last word); "García Márquez" → "Gabriel García
  // Márquez" (the longer name ends with these words).
  const matches = longer.filter((other) => {
    const otherWords = nameWords(other.name);
    const sameEnds = otherWords[0] === words[0] && otherWords.at(-1) === words.at(-1);
    const suffix = words.every((word, index) => otherWords[otherWords.length - words.length + index] === word);
    return sameEnds || suffix;
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The organization a short form opens: "Kessler" (and "Kessler Foods") → "Kessler Foods Group", "Voltara" →
 * "Voltara Motors", as business news refers back to a company. Only when the longer names form one chain (each
 * opens the next); "Apex" beside "Apex Bank" and "Apex Mining" stays apart.
 */
function fullOrganization(group: MentionGroup, others: readonly MentionGroup[]): MentionGroup | undefined {
  const words = nameWords(group.name);
  const opens = (short: readonly string[], long: readonly string[]): boolean =>
    long.length > short.length && short.every((word, index) => long[index] === word);
  const longer = others.filter((other) => opens(words, nameWords(other.name)));
  if (longer.length === 0) return undefined;
  const longest = longer.reduce((best, other) => (nameWords(other.name).length > nameWords(best.name).length ? other : best));
  const longestWords = nameWords(longest.name);
  return longer.every((other) => other === longest || opens(nameWords(other.name), longestWords)) ? longest : undefined;
}

/** The longest surface form in a group is its canonical name ("Ibrahim Kalin" over "Kalin"). */
export function canonicalName(group: MentionGroup): string {
  return group.mentions.reduce(
    (best, mention) => (mention.text.length > best.length ? mention.text : best),
    group.mentions[0]?.text ?? group.name,
  );
}

/** "The" written with a capital right before a name, not at a sentence start: "told The Guardian". */
const TITLE_THE = /[^.!?:\s][ \t\u00a0]+The[ \t\u00a0]+$/u;
/** How far back the capital "The" and the word before it are looked for. */
const TITLE_THE_LOOKBACK = 40;

/**
 * An organization's name as it calls itself: "The Guardian", "The Independent", "The New York Times". The tagger
 * leaves determiners out (CoNLL), so the name shown on the card and looked up would be "Guardian" — a
 * disambiguation page. A capital "The" in mid-sentence before a mention of the name is part of the title.
 */
export function displayName(text: string, group: MentionGroup, name: string): string {
  if (group.type !== 'ORG') return name;
  const titled = group.mentions.some((mention) => mention.text === name
    && TITLE_THE.test(text.slice(Math.max(0, mention.start - TITLE_THE_LOOKBACK), mention.start)));
  return titled ? `The ${name}` : name;
}
