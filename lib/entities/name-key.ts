/** Comparison key for names: case-, accent- and apostrophe-insensitive ("Erdoğan" = "Erdogan", "Kalın" = "Kalin"). */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    // Turkish dotless ı has no decomposition: it would otherwise keep "Kalın" apart from "Kalin".
    .replace(/ı/g, 'i')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a name, hyphenated parts apart ("Ortiz-Quinlan" → "ortiz", "quinlan"). */
export function nameTokens(name: string): string[] {
  return nameKey(name).split(/[\s-]+/u).filter(Boolean);
}

/** Words of a name as spaces separate them, a hyphenated surname whole ("Mabel Ortiz-Quinlan" → 2 words). */
export function nameWords(name: string): string[] {
  return nameKey(name).split(' ').filter(Boolean);
}

/** Words that do not count towards an acronym ("Organization of the Petroleum…" → OPEC). */
const ACRONYM_STOPWORDS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'des', '&']);

/** True when `short` (e.g. "MIT", "U.N.") spells the initials of `long` ("National Intelligence Organization" is not, MIT is Turkish). */
export function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/\./g, '');
  if (!/^\p{Lu}{2,8}$/u.test(letters)) return false;
  const words = long.split(/[\s-]+/u).filter((word) => word && !ACRONYM_STOPWORDS.has(word.toLowerCase()));
  const initials = words.map((word) => word[0] ?? '').join('').toUpperCase();
  return initials === letters;
}
