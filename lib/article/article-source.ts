import { extractMetadata } from './extract-metadata';
import type { ArticleSource } from './types';

/**
 * The page's half of the extraction: metadata and a serialization of the body. Cheap (the serialization is
 * the browser's own `outerHTML`) next to Readability's scoring passes, which run elsewhere.
 */
export function articleSource(doc: Document, documentUrl: string | null = null): ArticleSource {
  const metas: ArticleSource['metas'] = [];
  for (const meta of doc.head?.querySelectorAll('meta[name], meta[property]') ?? []) {
    const attribute = meta.hasAttribute('name') ? 'name' : 'property';
    metas.push({ attribute, key: meta.getAttribute(attribute) ?? '', content: meta.getAttribute('content') ?? '' });
  }
  return {
    metadata: extractMetadata(doc, documentUrl),
    title: doc.title,
    lang: doc.documentElement.getAttribute('lang'),
    metas,
    bodyHtml: doc.body?.outerHTML ?? '',
  };
}

