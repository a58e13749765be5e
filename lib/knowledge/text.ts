/** Name and word normalization shared by linking and coverage: case-, accent- and punctuation-insensitive. */

/** "İbrahim Kalın" → "ibrahim kalin"; "Mohammad Darwish (footballer)" keeps the parenthesis words (see stripQualifier). */
export function normalizeName(text: string): string {
  return text
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Drops a Wikipedia title's qualifier: "Mohammad Darwish (footballer)" → "Mohammad Darwish". */
export const stripQualifier = (title: string): string => title.replace(/\s*\([^)]*\)\s*$/, '');

/** Words that carry no meaning for overlap scores. */
const STOPWORDS = new Set(
  'the and for with from that this was were are has have had his her its their who whom which what when where into onto about also been being than then there they them over under after before since until while of in on at to by as an a or is be it not no but one two new said says'.split(' '),
);

/** Minimum length of a meaningful word: shorter tokens are mostly particles and initials. */
const MIN_WORD = 3;

export function words(text: string): string[] {
  return normalizeName(text)
    .split(' ')
    .filter((w) => w.length >= MIN_WORD && !STOPWORDS.has(w));
}
