import { isAcronymOf, nameKey, nameTokens } from './name-key';
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
 *   ("Kalin" → "Ibrahim Kalin"), the way news writing refers back to people;
 * - an organization acronym joins the unique organization whose initials it spells ("NIO" → "National
 *   Intelligence Organization").
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
  const tokens = nameTokens(group.name);
  const others = all.filter((other) => other !== group && other.type === group.type && other.mentions.length > 0);
  if (group.type === 'ORG') {
    const expansions = others.filter((other) => isAcronymOf(group.name, other.name));
    return expansions.length === 1 ? expansions[0] : undefined;
  }
  if (tokens.length === 1) {
    const token = tokens[0];
    const bySurname = others.filter((other) => nameTokens(other.name).length > 1 && nameTokens(other.name).at(-1) === token);
    if (bySurname.length > 0) return bySurname.length === 1 ? bySurname[0] : undefined;
    const byFirstName = others.filter((other) => nameTokens(other.name).length > 1 && nameTokens(other.name)[0] === token);
    return byFirstName.length === 1 ? byFirstName[0] : undefined;
  }
  // "Recep Erdogan" → "Recep Tayyip Erdogan": same first and last word, strictly longer.
  const longer = others.filter((other) => {
    const otherTokens = nameTokens(other.name);
    return otherTokens.length > tokens.length && otherTokens[0] === tokens[0] && otherTokens.at(-1) === tokens.at(-1);
  });
  return longer.length === 1 ? longer[0] : undefined;
}

/** The longest surface form in a group is its canonical name ("Ibrahim Kalin" over "Kalin"). */
export function canonicalName(group: MentionGroup): string {
  return group.mentions.reduce(
    (best, mention) => (mention.text.length > best.length ? mention.text : best),
    group.mentions[0]?.text ?? group.name,
  );
}
