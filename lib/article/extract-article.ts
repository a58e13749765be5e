import { Readability } from '@mozilla/readability';
import { extractMetadata } from './extract-metadata';
import type { ArticleMetadata, ArticleSource, ExtractedArticle } from './types';

/** Elements whose text is a block of its own: a line break separates them in the extracted text. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd';

/** Parses an HTML string into an inert document (DOMParser in a browser, linkedom in Node). */
export type ParseHtml = (html: string) => Document;

/**
 * Full extraction, run only after the gate passed: Readability on a copy of the page's body (Readability
 * mutates the DOM it is given, and the page is not ours) for the body text, plus metadata.
 * Returns null when Readability finds no article body. Used where the document is at hand (the CLI, tests);
 * the extension splits it in two: `articleSource` (article-source.ts) in the page, `articleFromSource` in the extension's own
 * context, so that Readability never runs on the page's main thread (docs/performance.md).
 */
export function extractArticle(doc: Document, documentUrl: string | null = null): ExtractedArticle | null {
  return readArticle(readableCopy(doc), extractMetadata(doc, documentUrl));
}

/**
 * The other half, in the extension's own context: the page's body parsed into an inert document (no script
 * runs, nothing loads), then Readability on it. Same result as extractArticle on the page itself.
 */
export function articleFromSource(source: ArticleSource, parseHtml: ParseHtml): ExtractedArticle | null {
  const doc = parseHtml(source.bodyHtml);
  doc.title = source.title;
  for (const { attribute, key, content } of source.metas) {
    const meta = doc.createElement('meta');
    meta.setAttribute(attribute, key);
    meta.setAttribute('content', content);
    doc.head.append(meta);
  }
  if (source.lang) doc.documentElement.setAttribute('lang', source.lang);
  return readArticle(doc, source.metadata);
}

/** Readability on a disposable document, and the text laid out for the entity engine. */
function readArticle(copy: Document, metadata: ArticleMetadata): ExtractedArticle | null {
  // Metadata comes from extractMetadata: Readability skips its own JSON-LD pass.
  const parsed = new Readability<Element>(copy, { serializer: (node) => node as Element, disableJSONLD: true }).parse();
  if (!parsed?.content) return null;
  const body = blocksOf(parsed.content);
  const title = metadata.title ?? parsed.title ?? '';
  const standfirst = (parsed.excerpt ?? '').replace(/\s+/g, ' ').trim();
  const lines = body[0] === title ? body.slice(1) : body;
  // The text starts with the headline (and the standfirst when the body does not repeat it), one block per
  // line, so salience can weigh the headline and the lede.
  const head = [title];
  if (standfirst && !lines.some((line) => line.includes(standfirst.slice(0, 80)))) head.push(standfirst);
  const text = [...head, ...lines].filter(Boolean).join('\n');
  return {
    metadata: { ...metadata, title: metadata.title ?? (parsed.title || null) },
    text,
    wordCount: text.split(/\s+/).filter(Boolean).length,
  };
}

/**
 * What Readability reads: a new document with a copy of the page's <body> and only the <meta> tags of its head
 * (for the description Readability uses as the excerpt). Cheaper than cloning the whole document (no scripts,
 * styles or head content), and Readability may mutate it freely: the page's own DOM is never touched.
 */
function readableCopy(doc: Document): Document {
  // DOM implementations without createHTMLDocument (linkedom, in the CLI) get a whole clone instead.
  if (typeof doc.implementation?.createHTMLDocument !== 'function') return doc.cloneNode(true) as Document;
  const copy = doc.implementation.createHTMLDocument(doc.title);
  for (const meta of doc.head?.querySelectorAll('meta[name], meta[property]') ?? []) copy.head.append(copy.importNode(meta, false));
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) copy.documentElement.setAttribute('lang', lang);
  if (doc.body) copy.body.replaceWith(copy.importNode(doc.body, true));
  return copy;
}

/** Text of each block element, whitespace-collapsed, without nesting duplicates (an li inside an li). */
function blocksOf(root: Element): string[] {
  const isNested = (element: Element): boolean => {
    const outer = element.parentElement?.closest(BLOCK_SELECTOR);
    return outer !== null && outer !== undefined && root.contains(outer);
  };
  const blocks = [...root.querySelectorAll(BLOCK_SELECTOR)].filter((element) => !isNested(element));
  const lines = (blocks.length > 0 ? blocks : [root]).map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
  return lines.filter((line) => line.length > 0);
}
