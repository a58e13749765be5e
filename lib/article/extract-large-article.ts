import { extractMetadata } from './extract-metadata';
import type { ExtractedArticle } from './types';

/**
 * A page with more elements than this is "large": Readability (one synchronous pass over the whole DOM) would
 * block the page for a second or more (≈ 0.9 s on a 100,000-node page, `npm run bench`), so when the page marks
 * its article body explicitly, its text is read in slices instead.
 */
export const LARGE_DOCUMENT_ELEMENTS = 15_000;
/** Work per slice in milliseconds: well under a 50 ms long task (https://w3c.github.io/longtasks/). */
export const SLICE_MS = 8;

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, figcaption, dd';
/** Furniture inside an article body that is not its text. */
const SKIP = 'nav, aside, footer, form, figure > figcaption ~ *, [class*="related" i], [class*="share" i], [class*="newsletter" i], [class*="comment" i]';

/** True when the document is large and marks its article body, so the sliced path applies. */
export function largeArticleRoot(doc: Document): Element | null {
  if (doc.getElementsByTagName('*').length < LARGE_DOCUMENT_ELEMENTS) return null;
  const explicit = doc.querySelector('[itemprop="articleBody"]');
  if (explicit) return explicit;
  const articles = doc.querySelectorAll('article');
  return articles.length === 1 ? (articles[0] ?? null) : null;
}

/**
 * The text of a large article, read block by block in slices, handing the main thread back between slices
 * through `later`. Same output shape as extractArticle: the headline first, then one block per line.
 */
export async function extractLargeArticle(
  doc: Document,
  root: Element,
  documentUrl: string | null,
  later: () => Promise<void>,
  /** The clock (ms): a slice ends when SLICE_MS has passed. */
  now: () => number = Date.now,
): Promise<ExtractedArticle> {
  const metadata = extractMetadata(doc, documentUrl);
  // Metadata, finding the blocks, and reading them are each a pass over a large page: one slice each, at least.
  await later();
  const blocks = root.querySelectorAll(BLOCKS);
  await later();
  const lines: string[] = [];
  let sliceStart = now();
  for (let index = 0; index < blocks.length; index += 1) {
    if (now() - sliceStart >= SLICE_MS) {
      await later();
      sliceStart = now();
    }
    const block = blocks[index];
    if (!block || block.closest(SKIP) || block.parentElement?.closest(BLOCKS)) continue;
    const line = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
  }
  const title = metadata.title ?? '';
  const text = [title, ...(lines[0] === title ? lines.slice(1) : lines)].filter(Boolean).join('\n');
  return { metadata, text, wordCount: text.split(/\s+/).filter(Boolean).length };
}
