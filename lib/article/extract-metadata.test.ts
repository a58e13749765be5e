import { describe, expect, it } from 'vitest';
import { extractMetadata } from './extract-metadata';

const parse = (head: string, body = ''): Document =>
  new DOMParser().parseFromString(`<!doctype html><html lang="EN-GB"><head>${head}</head><body>${body}</body></html>`, 'text/html');
const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('extractMetadata', () => {
  it('prefers JSON-LD over Open Graph over HTML', () => {
    const doc = parse(
      ld({ '@type': 'NewsArticle', headline: 'From JSON-LD', datePublished: '2025-01-02T03:04:05+02:00' }) +
        '<meta property="og:title" content="From OG"><meta property="article:published_time" content="2024-12-31">' +
        '<title>From title | Site</title>',
      '<h1>From h1</h1>',
    );
    const metadata = extractMetadata(doc);
    expect(metadata.title).toBe('From JSON-LD');
    expect(metadata.publishedTime).toBe('2025-01-02T03:04:05+02:00');
  });

  it('reads authors as strings, objects and arrays, and the publisher from an @graph by @id', () => {
    const doc = parse(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': '#org', name: 'The Harbor Ledger' },
          { '@type': ['NewsArticle'], headline: 'H', author: [{ '@type': 'Person', name: 'Ana Ruiz' }, 'Bo Li'], publisher: { '@id': '#org' } },
        ],
      }),
    );
    const metadata = extractMetadata(doc);
    expect(metadata.byline).toBe('Ana Ruiz, Bo Li');
    expect(metadata.siteName).toBe('The Harbor Ledger');
  });

  it('falls back to visible HTML and to the document URL', () => {
    const doc = parse('<title>Library hours extended | Millbrook Today</title>', '<h1>Library hours extended</h1><p class="byline">By Jo March</p><time datetime="2025-02-03">Feb 3</time>');
    expect(extractMetadata(doc, 'https://example.test/a')).toEqual({
      title: 'Library hours extended',
      byline: 'Jo March',
      siteName: null,
      publishedTime: '2025-02-03',
      modifiedTime: null,
      lang: 'en-gb',
      url: 'https://example.test/a',
    });
  });

  it('ignores a profile URL as an author and skips broken JSON-LD', () => {
    const doc = parse('<script type="application/ld+json">{broken</script><meta property="article:author" content="https://x.example/u/1"><meta name="author" content="Sam Reed">');
    expect(extractMetadata(doc).byline).toBe('Sam Reed');
  });

  it('resolves a relative canonical URL against the document URL', () => {
    const doc = parse('<link rel="canonical" href="/world/story">');
    expect(extractMetadata(doc, 'https://news.example/world/story?utm_source=x').url).toBe('https://news.example/world/story');
  });
});
