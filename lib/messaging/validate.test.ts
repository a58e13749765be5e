import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS, MAX_SOURCE_CHARS, isAllowedSender, parseEnvelope } from './validate';

const metadata = { title: 't', byline: null, siteName: null, publishedTime: null, modifiedTime: null, lang: 'en', url: null };
const source = (overrides: Record<string, unknown> = {}) => ({
  type: 'page/article',
  payload: { url: 'https://a.example/', source: { metadata, title: 't', lang: 'en', metas: [{ attribute: 'name', key: 'description', content: 'd' }], bodyHtml: '<body><p>Hi</p></body>', ...overrides } },
});
const article = (text: string) => ({ type: 'page/article', payload: { url: 'https://a.example/', article: { metadata, text, wordCount: 1 } } });

describe('parseEnvelope', () => {
  it('accepts well-formed messages', () => {
    expect(parseEnvelope({ type: 'page/may-run', payload: { url: 'https://a.example/' } })).not.toBeNull();
    expect(parseEnvelope(article('Text.'))).not.toBeNull();
    expect(parseEnvelope(source())).not.toBeNull();
    expect(parseEnvelope({ type: 'panel/get-tab-state', payload: { tabId: 3 } })).not.toBeNull();
    expect(parseEnvelope({ type: 'entity/card', payload: { entityId: 'PER:Ibrahim Kalin', lookup: 'if-automatic' } })).not.toBeNull();
    expect(parseEnvelope({ type: 'entity/card', payload: { entityId: 'PER:Ibrahim Kalin', lookup: 'now' } })).not.toBeNull();
  });

  it.each([
    ['not an object', 'page/may-run'],
    ['unknown type', { type: 'page/evil', payload: {} }],
    ['inherited key as type', { type: 'toString', payload: {} }],
    ['missing payload', { type: 'page/may-run' }],
    ['wrong field type', { type: 'page/may-run', payload: { url: 42 } }],
    ['non-integer tab', { type: 'panel/get-tab-state', payload: { tabId: '3' } }],
    ['metadata with an object', { ...article('x'), payload: { url: 'u', article: { metadata: { ...metadata, title: {} }, text: 'x', wordCount: 1 } } }],
    ['oversized article', article('x'.repeat(MAX_ARTICLE_CHARS + 1))],
    ['oversized source', source({ bodyHtml: 'x'.repeat(MAX_SOURCE_CHARS + 1) })],
    ['source without body', source({ bodyHtml: undefined })],
    ['source meta with an unknown attribute', source({ metas: [{ attribute: 'http-equiv', key: 'refresh', content: '0' }] })],
    ['source metas not a list', source({ metas: {} })],
    ['source metadata with a number', source({ metadata: { ...metadata, lang: 3 } })],
    ['card request without its lookup', { type: 'entity/card', payload: { entityId: 'PER:A' } }],
    ['card request with an unknown lookup', { type: 'entity/card', payload: { entityId: 'PER:A', lookup: true } }],
    ['card request with an inherited lookup', { type: 'entity/card', payload: { entityId: 'PER:A', lookup: 'toString' } }],
  ])('refuses %s', (_label, message) => expect(parseEnvelope(message)).toBeNull());
});

describe('isAllowedSender', () => {
  const id = 'ext-id';
  const origin = 'chrome-extension://ext-id/';
  it('takes page messages only from our content scripts', () => {
    expect(isAllowedSender('page/article', { id, tabId: 1, url: 'https://a.example/' }, id, origin)).toBe(true);
    expect(isAllowedSender('page/article', { id: 'other', tabId: 1, url: 'https://a.example/' }, id, origin)).toBe(false);
    expect(isAllowedSender('page/article', { id, url: 'https://a.example/' }, id, origin)).toBe(false);
  });
  it('takes panel messages only from our extension pages', () => {
    expect(isAllowedSender('panel/get-tab-state', { id, url: `${origin}sidepanel.html` }, id, origin)).toBe(true);
    expect(isAllowedSender('panel/get-tab-state', { id, tabId: 1, url: 'https://a.example/' }, id, origin)).toBe(false);
  });
});
