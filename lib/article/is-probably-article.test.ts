import { describe, expect, it } from 'vitest';
import { assessArticle } from './is-probably-article';

const paragraph = (words: number): string => `<p>${'Officials said the measure would take effect next year after a long debate. '.repeat(Math.ceil(words / 13))}</p>`;
const page = (head: string, body: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('assessArticle', () => {
  it('passes a NewsArticle with a few paragraphs (signal + little text)', () => {
    const doc = page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>', paragraph(60) + paragraph(60));
    expect(assessArticle(doc)).toMatchObject({ isArticle: true, signal: 'json-ld' });
  });

  it('refuses a structured article with no text (a video or gallery stub)', () => {
    const doc = page('<meta property="og:type" content="article">', '<p>Watch the video.</p>');
    expect(assessArticle(doc).isArticle).toBe(false);
  });

  it('refuses long text on a page that says it is a website', () => {
    const doc = page('<meta property="og:type" content="website">', `<article>${paragraph(200).repeat(6)}</article>`);
    expect(assessArticle(doc)).toMatchObject({ isArticle: false, signal: 'none' });
  });

  it('passes an unstructured page with long text and a byline, refuses it without one', () => {
    const body = paragraph(120).repeat(6);
    expect(assessArticle(page('', `<article><p class="byline">By Jo March</p>${body}</article>`)).isArticle).toBe(true);
    expect(assessArticle(page('', `<div>${body}</div>`)).isArticle).toBe(false);
  });

  it('does not count teaser links, navigation or hidden text', () => {
    const teaser = `<p><a href="/a">${'A long linked teaser headline that goes on. '.repeat(8)}</a></p>`;
    const hidden = `<p hidden>${'Hidden text '.repeat(60)}</p>`;
    const doc = page('', `<article><time datetime="2025-01-01">x</time>${teaser.repeat(10)}${hidden.repeat(5)}<nav>${paragraph(200)}</nav></article>`);
    expect(assessArticle(doc)).toMatchObject({ isArticle: false, textScore: 0 });
  });

  it('does not take a teaser list with NewsArticle items as an article', () => {
    const list = { '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle', headline: 'x' }] };
    const doc = page(`<script type="application/ld+json">${JSON.stringify(list)}</script>`, paragraph(300));
    expect(assessArticle(doc).signal).not.toBe('json-ld');
  });
});
