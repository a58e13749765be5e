/** Languages the entity engine is trained for. */
export const SUPPORTED_LANGUAGES: ReadonlySet<string> = new Set(['en']);

/** English function words: a text without them is not English whatever its lang attribute says. */
const ENGLISH_WORDS = /\b(the|and|of|to|in|that|was|for|with|said)\b/gi;
/** Share of those words among all words in ordinary English prose is ~20%; 5% tolerates lists and headlines. */
const MIN_ENGLISH_SHARE = 0.05;

/**
 * The article's language as a primary subtag ("en", "ar"), from its declared language, checked against its
 * text: many sites declare `lang="en"` on every page, whatever the language of the article.
 */
export function articleLanguage(declared: string | null, text: string): string {
  const primary = declared?.split(/[-_]/)[0]?.toLowerCase() || null;
  const sample = text.slice(0, 5000);
  const words = sample.split(/\s+/).filter(Boolean).length;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  const looksEnglish = words > 0 && english / words >= MIN_ENGLISH_SHARE;
  if (primary === 'en' || primary === null) return looksEnglish ? 'en' : 'und';
  return primary;
}

export function isSupportedLanguage(language: string): boolean {
  return SUPPORTED_LANGUAGES.has(language);
}
