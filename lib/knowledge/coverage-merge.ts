/**
 * Related coverage from two indexes (GDELT, Google News) as one list: de-duplicated by URL and near-identical
 * title (the helpers GDELT's own list uses), the article itself dropped, newest first, each item saying where it
 * came from. One failing index does not hide the other's items.
 */
import { titleKey, urlKey } from './gdelt-parse';
import type { CoverageItem } from './gdelt-parse';
import { ok } from './types';
import type { Piece } from './sources';

/** Items shown after merging: two indexes' lists, not twice as long a panel. */
export const MERGED_MAX_ITEMS = 40;

/**
 * `gdelt` is GDELT's list as cached, still holding the article itself when GDELT indexed it. Google's copy of the
 * article has an opaque Google redirect for a link that no URL comparison can match, so the article is also known
 * by its title: `own.title` (the headline the page gives), and the title of GDELT's item at the article's URL.
 */
export function mergeCoverage(gdelt: Piece<CoverageItem[]>, google: Piece<CoverageItem[]>, own: { url?: string | null | undefined; title?: string | null | undefined } = {}): Piece<CoverageItem[]> {
  // Neither answered: GDELT's error (the primary source; its "delayed" / "rate-limited" has its own sentence).
  if (!gdelt.ok && !google.ok) return gdelt;
  const ownUrl = own.url ? urlKey(own.url) : null;
  const ownTitles = new Set(gdelt.ok && ownUrl ? gdelt.value.filter((item) => urlKey(item.url) === ownUrl).map((item) => titleKey(item.title)) : []);
  if (own.title) ownTitles.add(titleKey(own.title));
  const lists = [
    // GDELT first: at equal keys its item (the publisher's own URL, not a Google redirect) is kept.
    ...(gdelt.ok ? gdelt.value.map((item) => ({ ...item, via: item.via ?? ('gdelt' as const) })) : []),
    ...(google.ok ? google.value.map((item) => ({ ...item, via: 'google-news' as const })) : []),
  ];
  const urls = new Set<string>(ownUrl ? [ownUrl] : []);
  const titles = new Set<string>([...ownTitles].filter(Boolean));
  const merged: CoverageItem[] = [];
  for (const item of lists) {
    const keyU = urlKey(item.url);
    const keyT = titleKey(item.title);
    if (urls.has(keyU) || (keyT && titles.has(keyT))) continue;
    urls.add(keyU);
    if (keyT) titles.add(keyT);
    merged.push(item);
  }
  merged.sort((a, b) => Date.parse(b.seen) - Date.parse(a.seen));
  // Provenance: the GDELT piece's when it answered; otherwise Google's (the panel's "cached" hints follow it).
  const from = gdelt.ok ? gdelt.from : google.from;
  return { ...ok(merged.slice(0, MERGED_MAX_ITEMS)), ...(from ? { from } : {}) };
}
