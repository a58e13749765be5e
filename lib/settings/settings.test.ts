import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteBlocked, mayLookUp, normalizeSite, refusal, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings';

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

describe('SETTINGS_MIGRATIONS', () => {
  it('has a step for every version up to the current one', () => {
    expect(SETTINGS_VERSION).toBe(5);
    for (let version = 2; version <= SETTINGS_VERSION; version++) expect(SETTINGS_MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('version 4 adds automatic lookups and keeps every other choice', () => {
    const old = { enabled: false, blockedSites: ['a.example'], highlightStyle: 'none', coverage: false, history: { paused: true, retentionDays: 7 } };
    expect(SETTINGS_MIGRATIONS[4]?.(old)).toEqual({ ...old, lookups: 'automatic' });
  });

  it('version 4 keeps an on-demand choice and replaces nonsense with the default', () => {
    expect(SETTINGS_MIGRATIONS[4]?.({ lookups: 'on-demand' })).toEqual({ lookups: 'on-demand' });
    expect(SETTINGS_MIGRATIONS[4]?.({ lookups: 'sometimes' })).toEqual({ lookups: 'automatic' });
  });

  it('version 5 adds Google News, off, and keeps every other choice', () => {
    const old = { enabled: true, blockedSites: ['a.example'], highlightStyle: 'background', coverage: false, history: { paused: true, retentionDays: 7 }, lookups: 'on-demand' };
    expect(SETTINGS_MIGRATIONS[5]?.(old)).toEqual({ ...old, googleNews: false });
    expect(SETTINGS_MIGRATIONS[5]?.({ googleNews: 'yes' })).toEqual({ googleNews: false });
    expect(SETTINGS_MIGRATIONS[5]?.({ googleNews: true })).toEqual({ googleNews: true });
  });

  it('runs from version 1 to the current settings', () => {
    let value: Record<string, unknown> = { enabled: true, blockedSites: [] };
    for (let version = 2; version <= SETTINGS_VERSION; version++) value = SETTINGS_MIGRATIONS[version]?.(value) ?? value;
    expect(value).toEqual(DEFAULT_SETTINGS);
  });
});

describe('mayLookUp', () => {
  it('looks up automatically only in automatic mode, and always when the reader asked', () => {
    expect(mayLookUp('automatic', false)).toBe(true);
    expect(mayLookUp('automatic', true)).toBe(true);
    expect(mayLookUp('on-demand', false)).toBe(false);
    expect(mayLookUp('on-demand', true)).toBe(true);
  });
});
