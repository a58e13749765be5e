import { describe, expect, it } from 'vitest';
import { extractLargeArticle, largeArticleRoot, LARGE_DOCUMENT_ELEMENTS } from './extract-large-article';

function largePage(): Document {
  const filler = '<span>x</span>'.repeat(LARGE_DOCUMENT_ELEMENTS);
  const paragraphs = Array.from({ length: 900 }, (_, index) => `<p>Paragraph ${index} about <b>Ibrahim</b> Kalin.</p>`).join('');
  return new DOMParser().parseFromString(
    `<!doctype html><html><head><meta property="og:title" content="Huge story"></head><body><div hidden>${filler}</div><article>${paragraphs}<aside><p>Related: other things</p></aside></article></body></html>`,
    'text/html',
  );
}

/**
 * Parsing a 16,000-element page in happy-dom takes ~1 s alone and several on a loaded 2-core machine (load
 * average 15 during a full run beside the e2e suites): not a timing assertion, just room to finish.
 */
const BIG_PAGE_TIMEOUT_MS = 30_000;

describe('extractLargeArticle', { timeout: BIG_PAGE_TIMEOUT_MS }, () => {
  it('applies only to large pages with one article body', () => {
    expect(largeArticleRoot(new DOMParser().parseFromString('<article><p>small</p></article>', 'text/html'))).toBeNull();
    expect(largeArticleRoot(largePage())?.tagName).toBe('ARTICLE');
  });

  it('reads the body in slices, headline first, without furniture', async () => {
    const doc = largePage();
    let slices = 0;
    let tick = 0;
    const article = await extractLargeArticle(
      doc,
      largeArticleRoot(doc) as Element,
      'https://a.example/',
      async () => {
        slices += 1;
      },
      () => (tick += 1),
    );
    const lines = article.text.split('\n');
    expect(lines[0]).toBe('Huge story');
    expect(lines[1]).toBe('Paragraph 0 about Ibrahim Kalin.');
    expect(lines).toHaveLength(901);
    expect(article.text).not.toContain('Related');
    expect(slices).toBeGreaterThan(100);
  });
});
