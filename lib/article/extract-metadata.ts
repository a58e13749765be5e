import { meta, metaIndex, type MetaIndex } from './is-probably-article';
import { dereference, findArticleNode, isNode, namesOf, readJsonLd, textOf } from './json-ld';
import type { ArticleMetadata } from './types';

/**
 * Article metadata, each field from the first source that has it, in this order (docs/article-detection.md):
 *   1. the page's JSON-LD article node (publishers maintain it for search engines, so it is the most exact);
 *   2. Open Graph and article:* properties;
 *   3. other meta tags (author, citation_*, dc.*, parsely-*, sailthru.*);
 *   4. visible HTML: <h1>, rel=author / .byline, <time datetime>, <title>, <html lang>.
 * `documentUrl` is the page's address, used only when the page declares no canonical URL.
 */
export function extractMetadata(doc: Document, documentUrl: string | null = null): ArticleMetadata {
  const nodes = readJsonLd(doc);
  const metas = metaIndex(doc);
  const ld = findArticleNode(nodes);
  const publisher = dereference(ld?.['publisher'], nodes);
  const first = (...values: Array<string | null | undefined>): string | null =>
    values.find((value): value is string => typeof value === 'string' && value.trim() !== '')?.trim() ?? null;
  const ldAuthors = ld ? namesOf(dereference(ld['author'], nodes)) : [];
  return {
    title: first(
      textOf(ld?.['headline']),
      meta(metas, 'og:title'),
      meta(metas, 'twitter:title'),
      meta(metas, 'parsely-title'),
      meta(metas, 'sailthru.title'),
      meta(metas, 'citation_title'),
      doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' '),
      stripSiteSuffix(doc.title),
    ),
    byline: first(
      ldAuthors.length > 0 ? ldAuthors.join(', ') : null,
      metaAuthors(metas),
      htmlByline(doc),
    ),
    siteName: first(
      isNode(publisher) ? textOf(publisher['name']) : null,
      meta(metas, 'og:site_name'),
      meta(metas, 'application-name'),
    ),
    publishedTime: first(
      textOf(ld?.['datePublished']),
      meta(metas, 'article:published_time'),
      meta(metas, 'citation_publication_date'),
      meta(metas, 'dc.date'),
      meta(metas, 'parsely-pub-date'),
      meta(metas, 'sailthru.date'),
      meta(metas, 'pubdate'),
      doc.querySelector('article time[datetime], time[pubdate], time[datetime]')?.getAttribute('datetime'),
    ),
    modifiedTime: first(
      textOf(ld?.['dateModified']),
      meta(metas, 'article:modified_time'),
      meta(metas, 'og:updated_time'),
    ),
    lang: first(doc.documentElement.getAttribute('lang'), textOf(ld?.['inLanguage']))?.toLowerCase() ?? null,
    url: first(
      absolute(doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'), documentUrl),
      meta(metas, 'og:url'),
      ld ? textOf(ld['url']) ?? textOf(ld['mainEntityOfPage']) : null,
      documentUrl,
    ),
  };
}

/**
 * Author names from meta tags, each tag repeated once per author (parsely-author, citation_author…).
 * article:author is often a profile URL, which is not a name.
 */
function metaAuthors(metas: MetaIndex): string | null {
  for (const key of ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'citation_author']) {
    const names = (metas.get(key) ?? []).filter((value) => value !== '' && !/^https?:\/\//.test(value));
    if (names.length > 0) return [...new Set(names)].join(', ');
  }
  return null;
}

function htmlByline(doc: Document): string | null {
  const authors = [...doc.querySelectorAll('[rel="author"], [itemprop="author"] [itemprop="name"]')]
    .map((element) => element.textContent?.replace(/\s+/g, ' ').trim())
    .filter((name): name is string => Boolean(name));
  if (authors.length > 0) return [...new Set(authors)].join(', ');
  const byline = doc.querySelector('.byline, [class*="byline"], .author, [class*="author-name"]')?.textContent;
  return byline ? byline.replace(/\s+/g, ' ').replace(/^\s*by\s+/i, '').trim() || null : null;
}

/** "Headline | The Harbor Ledger" → "Headline" (also " - " and " — " separators). */
function stripSiteSuffix(title: string): string {
  return title.replace(/\s+[|\-–—]\s+[^|\-–—]+$/, '').trim();
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}
