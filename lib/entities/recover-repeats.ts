import { splitTitle } from './clean-span';
import { nameWords } from './name-key';
import type { Mention } from './types';
import type { MentionGroup } from './group-mentions';

/**
 * Document-level consistency: a name the tagger found once is the same name where it missed it
 * ("Kalin held talks" after "Ibrahim Kalin"; "Hamas" in a sentence the tagger read differently).
 * Adds capitalized, whole-word occurrences of each entity's full name, and of a person's surname, that no
 * span covers yet. `covered` holds every tagged span (all types), so a place is never re-read as a person.
 */
export function recoverRepeats(
  text: string,
  groups: readonly MentionGroup[],
  covered: ReadonlyArray<{ start: number; end: number }>,
): void {
  const taken = [...covered];
  const isFree = (start: number, end: number): boolean =>
    taken.every((span) => end <= span.start || start >= span.end);
  const surnameOf = (group: MentionGroup): string | undefined =>
    group.type === 'PER' && nameWords(group.name).length > 1 ? group.name.split(/\s+/).at(-1) : undefined;
  const surnameCounts = new Map<string, number>();
  for (const group of groups) {
    const surname = surnameOf(group);
    if (surname) surnameCounts.set(surname, (surnameCounts.get(surname) ?? 0) + 1);
  }
  for (const group of groups) {
    const forms = new Set(group.mentions.map((mention) => mention.text));
    const surname = surnameOf(group);
    // A surname two people share ("Anna Smith", "John Smith") is left alone rather than guessed.
    if (surname && surnameCounts.get(surname) === 1) forms.add(surname);
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
      for (const start of wholeWordOccurrences(text, form)) {
        const end = start + form.length;
        if (!isFree(start, end)) continue;
        const mention: Mention = { start, end, type: group.type, text: form };
        group.mentions.push(mention);
        taken.push(mention);
      }
    }
    group.mentions.sort((a, b) => a.start - b.start);
  }
}

/** Offsets where `form` occurs as a whole word and is not part of a longer capitalized name ("Kalin Smith"). */
function wholeWordOccurrences(text: string, form: string): number[] {
  const offsets: number[] = [];
  for (let index = text.indexOf(form); index >= 0; index = text.indexOf(form, index + 1)) {
    const before = text.slice(Math.max(0, index - 40), index);
    const after = text.slice(index + form.length, index + form.length + 40);
    if (/[\p{L}\p{N}]$/u.test(before) || /^[\p{L}\p{N}]/u.test(after)) continue;
    // After a capitalized word the form is part of a longer name ("Anna Kalin"), unless that word is a
    // title ("President Kalin") or ends a sentence ("…met Hamas. Kalin said").
    const previousWord = /(\p{Lu}[\p{L}.’']*)\s+$/u.exec(before)?.[1];
    if (previousWord && !/[.!?]$/.test(previousWord) && splitTitle(`${previousWord} x`).title === null) continue;
    if (/^\s\p{Lu}/u.test(after)) continue;
    offsets.push(index);
  }
  return offsets;
}
