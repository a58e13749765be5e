import { findArticleNode, readJsonLd, typesOf } from './json-ld';

/**
 * The cheap gate that runs on every page, in the spirit of Readability's isProbablyReaderable
 * (Readability-readerable.js): structured signals first, then a paragraph-text score. Conservative:
 * a missed article costs one page without Backstory; a false article costs work and wrong marks on a
 * home page. Reads the DOM only; never mutates it.
 */

/** Readability's constants: paragraphs shorter than this do not count, and the score that passes. */
export const MIN_PARAGRAPH_LENGTH = 140;
export const MIN_TEXT_SCORE = 20;
/**
 * With an explicit article signal (JSON-LD, og:type=article) less text is enough: a paywall stub or a
 * wire brief still is an article. Half of Readability's score is about two 300-character paragraphs.
 */
export const MIN_TEXT_SCORE_WITH_SIGNAL = 10;
/** A paragraph mostly made of links is a teaser or a link list, not article text. */
export const MAX_LINK_DENSITY = 0.5;

/** Readability's pattern for page furniture (comments, sidebars, footers…), plus its exception list. */
const UNLIKELY_CANDIDATES =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|newsletter|promo|teaser/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;

/** og:type values and JSON-LD page types that say "this page is not one article". */
const NON_ARTICLE_OG_TYPES = /^(website|profile|video(\..*)?|music(\..*)?|book|product|place|business(\..*)?)$/i;
const NON_ARTICLE_LD_TYPES = new Set([
  'VideoObject',
  'SearchResultsPage',
  'CollectionPage',
  'ProfilePage',
  'ItemList',
  'Product',
  'WebApplication',
  'SoftwareApplication',
  'ContactPage',
  'AboutPage',
  'ImageGallery',
]);

/** Why the gate decided as it did: shown by `npm run analyze` and useful in tests. */
export interface GateResult {
  isArticle: boolean;
  signal: 'json-ld' | 'open-graph' | 'text' | 'none';
  textScore: number;
}

/** Decides whether a document is a single article worth reading for names. */
export function isProbablyArticle(doc: Document): boolean {
  return assessArticle(doc).isArticle;
}

export function assessArticle(doc: Document): GateResult {
  const nodes = readJsonLd(doc);
  const metas = metaIndex(doc);
  const ogType = meta(metas, 'og:type')?.toLowerCase() ?? null;
  const hasLdArticle = findArticleNode(nodes) !== undefined;
  const hasOgArticle = ogType === 'article' || meta(metas, 'article:published_time') !== null;
  if (hasLdArticle || hasOgArticle) {
    const textScore = paragraphScore(doc, MIN_TEXT_SCORE_WITH_SIGNAL);
    return {
      isArticle: textScore >= MIN_TEXT_SCORE_WITH_SIGNAL,
      signal: hasLdArticle ? 'json-ld' : 'open-graph',
      textScore,
    };
  }
  const nonArticle =
    (ogType !== null && NON_ARTICLE_OG_TYPES.test(ogType)) ||
    nodes.some((node) => typesOf(node).some((type) => NON_ARTICLE_LD_TYPES.has(type)));
  if (nonArticle) return { isArticle: false, signal: 'none', textScore: 0 };
  const textScore = paragraphScore(doc, MIN_TEXT_SCORE);
  // Without structured data, text alone is not enough (a help page has long paragraphs too): the page must
  // also present itself as a dated or signed piece of writing.
  const looksWritten = doc.querySelector('article, [itemprop="articleBody"], time[datetime], [rel="author"], .byline, [class*="byline"]') !== null;
  return { isArticle: looksWritten && textScore >= MIN_TEXT_SCORE, signal: 'text', textScore };
}

/** Sum of sqrt(length − 140) over visible, non-furniture, non-link paragraphs; stops once `enough` is passed. */
export function paragraphScore(doc: Document, enough: number): number {
  let score = 0;
  for (const node of doc.querySelectorAll('p, pre')) {
    if (!isVisible(node) || node.closest('li, nav, footer, aside, form') !== null) continue;
    const match = `${node.className} ${node.id} ${node.parentElement?.className ?? ''}`;
    if (UNLIKELY_CANDIDATES.test(match) && !MAYBE_CANDIDATE.test(match)) continue;
    const text = node.textContent?.trim() ?? '';
    if (text.length < MIN_PARAGRAPH_LENGTH) continue;
    if (linkDensity(node, text.length) > MAX_LINK_DENSITY) continue;
    score += Math.sqrt(text.length - MIN_PARAGRAPH_LENGTH);
    if (score > enough * 2) break;
  }
  return score;
}

function linkDensity(node: Element, textLength: number): number {
  let linked = 0;
  for (const link of node.querySelectorAll('a')) linked += link.textContent?.trim().length ?? 0;
  return linked / Math.max(1, textLength);
}

/** Readability's visibility test: inline style and the hidden attributes, no layout (which would be costly). */
function isVisible(node: Element): boolean {
  const style = (node as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (style?.display === 'none') return false;
  if (node.hasAttribute('hidden')) return false;
  const ariaHidden = node.getAttribute('aria-hidden');
  return ariaHidden !== 'true' || node.className.includes('fallback-image');
}

/** The page's <meta> tags by lower-cased name or property, their contents (trimmed) in document order. */
export type MetaIndex = ReadonlyMap<string, readonly string[]>;

/**
 * Every <meta> tag read once. A querySelector per key that the page lacks walks the whole document: twenty such
 * walks cost ≈ 100 ms on the 100,000-node bench page (docs/performance.md); one getElementsByTagName pass does not.
 */
export function metaIndex(doc: Document): MetaIndex {
  const index = new Map<string, string[]>();
  for (const element of doc.getElementsByTagName('meta')) {
    const content = element.getAttribute('content')?.trim() ?? '';
    for (const attribute of ['property', 'name']) {
      const key = element.getAttribute(attribute)?.toLowerCase();
      if (!key) continue;
      const contents = index.get(key) ?? [];
      contents.push(content);
      index.set(key, contents);
    }
  }
  return index;
}

/** The content of the first <meta property|name="key"> (case-insensitive), or null when absent or empty. */
export function meta(index: MetaIndex, key: string): string | null {
  return index.get(key.toLowerCase())?.[0] || null;
}
