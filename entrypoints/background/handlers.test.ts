import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { createFixtureFetch } from '../../lib/knowledge/test-fixtures';
import { knowledgeOriginItem, settingsItem } from '../../utils/settings';
import { getTabState } from '../../utils/tab-states';
import { handlers } from './handlers';

const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 } } as Parameters<typeof handlers['page/article']>[1];
const text = readFileSync(join(import.meta.dirname, '../../test/fixtures/seed/article.txt'), 'utf8');
const metadata = { title: text.split('\n')[0] ?? null, byline: null, siteName: 'The Jerusalem Dispatch', publishedTime: null, modifiedTime: null, lang: 'en', url: 'https://a.example/seed' };

describe('background handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('finds the names of an article and stores the tab state for the panel', async () => {
    const result = await handlers['page/article']({ url: 'https://a.example/seed', article: { metadata, text, wordCount: 400 } }, sender);
    expect(result.ok).toBe(true);
    const state = await getTabState(7);
    expect(state.kind).toBe('ready');
    if (state.kind !== 'ready') return;
    expect(state.people[0]).toMatchObject({ name: 'Ibrahim Kalin', mentions: 4 });
    const panel = await handlers['panel/get-tab-state']({ tabId: 7 }, {} as typeof sender);
    expect(panel).toEqual({ ok: true, value: state });
  });

  it('refuses to run when switched off or on a blocked site, and records why', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, blockedSites: ['a.example'] });
    expect(await handlers['page/may-run']({ url: 'https://news.a.example/x' }, sender)).toEqual({ ok: false, error: 'site' });
    expect(await getTabState(7)).toEqual({ kind: 'disabled', reason: 'site', host: 'news.a.example' });
    expect(await handlers['page/may-run']({ url: 'https://b.example/x' }, sender)).toEqual({ ok: true, value: { highlightStyle: 'underline' } });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabled: false });
    expect(await handlers['page/may-run']({ url: 'https://b.example/x' }, sender)).toEqual({ ok: false, error: 'off' });
  });

  it('reports an unknown tab as unknown', async () => {
    expect(await handlers['panel/get-tab-state']({ tabId: 99 }, {} as typeof sender)).toEqual({ ok: true, value: { kind: 'unknown' } });
  });

  describe('looking names up only when the reader asks', () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('no network in this test')));
    beforeEach(async () => {
      fetchSpy.mockClear();
      vi.stubGlobal('fetch', fetchSpy);
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, lookups: 'on-demand' });
      await handlers['page/article']({ url: 'https://a.example/seed', article: { metadata, text, wordCount: 400 } }, sender);
    });
    afterEach(() => vi.unstubAllGlobals());

    it('a hover gets the on-device card and nothing is sent', async () => {
      const card = await handlers['entity/card']({ entityId: 'PER:Ibrahim Kalin', lookup: 'if-automatic' }, sender);
      expect(card.ok).toBe(true);
      if (!card.ok) return;
      expect(card.value).toMatchObject({ name: 'Ibrahim Kalin', type: 'PER', mentions: 4, knowledge: { status: 'on-demand' }, memory: { count: 0 } });
      expect(fetchSpy).not.toHaveBeenCalled();
    });

    it('the panel gets no automatic previews, and nothing is sent', async () => {
      expect(await handlers['panel/entity-previews']({ tabId: 7 }, {} as typeof sender)).toEqual({ ok: false, error: 'on-demand' });
      expect(fetchSpy).not.toHaveBeenCalled();
    });

    it('pressing "Look up" asks the knowledge sources', async () => {
      const card = await handlers['entity/card']({ entityId: 'PER:Ibrahim Kalin', lookup: 'now' }, sender);
      expect(fetchSpy).toHaveBeenCalled();
      // The fetch fails here: the card says so, as data.
      expect(card.ok && card.value.knowledge.status).toBe('error');
    });

    it('a name looked up before: a hover and the panel get its cached answer, and nothing is sent', async () => {
      const fixture = createFixtureFetch();
      vi.stubGlobal('fetch', fixture);
      await knowledgeOriginItem.setValue('http://fixture.test');
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, lookups: 'on-demand', coverage: false });
      // A knowledge service of an earlier test may still point at the real services: start from an empty cache.
      await handlers['options/clear-cache']({}, {} as typeof sender);
      const entityId = 'PER:Ibrahim Kalin';
      try {
        const hover = await handlers['entity/card']({ entityId, lookup: 'if-automatic' }, sender);
        expect(hover.ok && hover.value).toMatchObject({ knowledge: { status: 'on-demand' }, canLookUp: true });
        expect(await handlers['panel/entity-details']({ tabId: 7, entityId, lookup: 'if-automatic' }, {} as typeof sender)).toEqual({ ok: false, error: 'on-demand' });
        expect(fixture.requests).toHaveLength(0);

        const asked = await handlers['entity/card']({ entityId, lookup: 'now' }, sender);
        expect(asked.ok && asked.value.knowledge).toMatchObject({ status: 'linked', qid: 'Q99000001' });
        const sent = fixture.requests.length;
        expect(sent).toBeGreaterThan(0);

        const again = await handlers['entity/card']({ entityId, lookup: 'if-automatic' }, sender);
        expect(again.ok && again.value).toMatchObject({ knowledge: { status: 'linked', qid: 'Q99000001' }, canLookUp: false });
        const details = await handlers['panel/entity-details']({ tabId: 7, entityId, lookup: 'if-automatic' }, {} as typeof sender);
        expect(details.ok && details.value.link).toMatchObject({ ok: true, value: { status: 'linked', qid: 'Q99000001' }, from: 'fresh' });
        expect(fixture.requests.length).toBe(sent);
      } finally {
        await handlers['options/clear-cache']({}, {} as typeof sender);
      }
    });

    it('the story\'s coverage: nothing sent until "Find other coverage", then the list is on the device', async () => {
      const fixture = createFixtureFetch();
      vi.stubGlobal('fetch', fixture);
      await knowledgeOriginItem.setValue('http://fixture.test');
      await handlers['options/clear-cache']({}, {} as typeof sender);
      try {
        expect(await handlers['panel/story-coverage']({ tabId: 7, lookup: 'if-automatic' }, {} as typeof sender)).toEqual({ ok: false, error: 'on-demand' });
        expect(fixture.requests).toHaveLength(0);
        const asked = await handlers['panel/story-coverage']({ tabId: 7, lookup: 'now' }, {} as typeof sender);
        expect(asked.ok && asked.value.ok && asked.value.value.length).toBeGreaterThan(0);
        const sent = fixture.requests.length;
        expect(sent).toBeGreaterThan(0);
        const again = await handlers['panel/story-coverage']({ tabId: 7, lookup: 'if-automatic' }, {} as typeof sender);
        expect(again.ok && again.value.ok && again.value.value).toEqual(asked.ok && asked.value.ok && asked.value.value);
        expect(fixture.requests.length).toBe(sent);
      } finally {
        await handlers['options/clear-cache']({}, {} as typeof sender);
      }
    });

    it('the panel\'s quick ask answers without asking GDELT: coverage and volume are `pending` until the second ask', async () => {
      await settingsItem.setValue(DEFAULT_SETTINGS);
      const urls: string[] = [];
      const fixture = createFixtureFetch();
      // GDELT answers 429, so the second ask does not wait out its 5 s spacing for the volume.
      vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
        urls.push(url);
        return url.includes('gdeltproject') ? Promise.resolve(new Response('Please limit requests to one every 5 seconds', { status: 429 })) : fixture(url, init as never);
      });
      await handlers['options/clear-cache']({}, {} as typeof sender);
      try {
        const quick = await handlers['panel/entity-details']({ tabId: 7, entityId: 'PER:Ibrahim Kalin', lookup: 'if-automatic', quick: true }, {} as typeof sender);
        expect(quick.ok && quick.value.link).toMatchObject({ ok: true, value: { status: 'linked', qid: 'Q99000001' } });
        expect(quick.ok && [quick.value.coverage, quick.value.volume]).toEqual([
          { ok: false, error: 'pending' },
          { ok: false, error: 'pending' },
        ]);
        expect(urls.filter((url) => url.includes('gdeltproject'))).toEqual([]);
        const full = await handlers['panel/entity-details']({ tabId: 7, entityId: 'PER:Ibrahim Kalin', lookup: 'if-automatic' }, {} as typeof sender);
        expect(full.ok && full.value.coverage).toMatchObject({ ok: false, error: 'rate-limited' });
        expect(urls.some((url) => url.includes('gdeltproject'))).toBe(true);
      } finally {
        await handlers['options/clear-cache']({}, {} as typeof sender);
      }
    });

    it('in automatic mode a hover looks the name up', async () => {
      await settingsItem.setValue(DEFAULT_SETTINGS);
      await handlers['entity/card']({ entityId: 'PER:Ibrahim Kalin', lookup: 'if-automatic' }, sender);
      expect(fetchSpy).toHaveBeenCalled();
    });
  });
  describe('Google News (off by default)', () => {
    const urls: string[] = [];
    beforeEach(async () => {
      urls.length = 0;
      // GDELT answers 429 (so the volume is not asked and nothing waits 5 s); everything else is offline.
      vi.stubGlobal('fetch', (url: string) => {
        urls.push(url);
        return url.includes('gdeltproject') ? Promise.resolve(new Response('Please limit requests to one every 5 seconds', { status: 429 })) : Promise.reject(new TypeError('Failed to fetch'));
      });
      await handlers['page/article']({ url: 'https://a.example/seed', article: { metadata, text, wordCount: 400 } }, sender);
    });
    afterEach(() => vi.unstubAllGlobals());
    const google = (): string[] => urls.filter((url) => url.startsWith('https://news.google.com/'));

    it('off: opening a name in the panel sends nothing to Google', async () => {
      await settingsItem.setValue(DEFAULT_SETTINGS);
      const details = await handlers['panel/entity-details']({ tabId: 7, entityId: 'PER:Ibrahim Kalin', lookup: 'if-automatic' }, {} as typeof sender);
      expect(details.ok).toBe(true);
      expect(urls.length).toBeGreaterThan(0);
      expect(google()).toEqual([]);
    });

    it('on: the panel searches Google News for the name only; a hover card never does', async () => {
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, googleNews: true });
      await handlers['entity/card']({ entityId: 'PER:Ibrahim Kalin', lookup: 'if-automatic' }, sender);
      expect(google()).toEqual([]);
      const details = await handlers['panel/entity-details']({ tabId: 7, entityId: 'PER:Ibrahim Kalin', lookup: 'if-automatic' }, {} as typeof sender);
      expect(details.ok && details.value.coverage).toMatchObject({ ok: false });
      expect(google()).toHaveLength(1);
      const url = new URL(google()[0] ?? '');
      expect(url.pathname).toBe('/rss/search');
      expect(url.searchParams.get('q')).toMatch(/^"Ibrahim Kalin" when:30d$/);
    });

    it('on, but related coverage off: nothing to Google', async () => {
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, googleNews: true, coverage: false });
      await handlers['panel/entity-details']({ tabId: 7, entityId: 'PER:Ibrahim Kalin', lookup: 'if-automatic' }, {} as typeof sender);
      expect(google()).toEqual([]);
    });
  });
});
