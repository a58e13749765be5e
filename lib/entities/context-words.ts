/** Words too common to tell one candidate from another. */
const STOPWORDS = new Set(
  'about after again against also among another been before being between both could during each from have having into itself just last least more most much must never other over said same says should since some such than that their them then there these they this those through under until very were what when where which while will with would your year years people'.split(' '),
);
/** How many words describe an article for entity linking: enough for overlap, small enough to store per tab. */
export const MAX_CONTEXT_WORDS = 40;

/**
 * The article's most frequent content words (lower case, 4+ letters, no stopwords), for scoring link candidates
 * on the device. They are never sent anywhere (lib/knowledge/index.ts documents what leaves the device).
 */
export function contextWords(text: string, limit = MAX_CONTEXT_WORDS): string[] {
  const counts = new Map<string, number>();
  for (const match of text.toLowerCase().matchAll(/\p{L}{4,}/gu)) {
    const word = match[0];
    if (!STOPWORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([word]) => word);
}
