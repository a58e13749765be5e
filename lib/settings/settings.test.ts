import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteBlocked, normalizeSite, refusal } from './settings';

describe('normalizeSite', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.com ', 'example.com'],
    ['https://www.nytimes.example/section/world?x=1', 'nytimes.example'],
    ['news.example.co.uk/', 'news.example.co.uk'],
    ['not a site', null],
    ['', null],
  ])('%j → %j', (input, site) => expect(normalizeSite(input)).toBe(site));
});

describe('isSiteBlocked', () => {
  it('blocks the site and its subdomains, not look-alikes', () => {
    expect(isSiteBlocked('https://www.example.com/a', ['example.com'])).toBe(true);
    expect(isSiteBlocked('https://news.example.com/a', ['example.com'])).toBe(true);
    expect(isSiteBlocked('https://badexample.com/a', ['example.com'])).toBe(false);
    expect(isSiteBlocked('file:///tmp/a.html', ['example.com'])).toBe(false);
  });
});

describe('refusal', () => {
  it('says why Backstory may not run', () => {
    expect(refusal('https://a.example/', DEFAULT_SETTINGS)).toBeNull();
    expect(refusal('https://a.example/', { ...DEFAULT_SETTINGS, enabled: false })).toBe('off');
    expect(refusal('https://a.example/', { ...DEFAULT_SETTINGS, blockedSites: ['a.example'] })).toBe('site');
  });
});
