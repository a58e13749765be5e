/** Google News in the whole lookup: off by default (no request to it at all), merged with GDELT when on. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKnowledgeService, createMemoryStore, endpointsAt } from './index';
import type { EntityRef, LookupContext } from './index';
import { createFixtureFetch, fakeTime } from './test-fixtures';
import { words } from './text';

const ARTICLE_TEXT = readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'seed', 'article.txt'), 'utf8');
const ARTICLE_URL = 'https://www.jerusalemdispatch.example/turkeys-spy-chief-meets-with-hamas-leaders-for-talks-on-gaza-aid-delivery/';
const ARTICLE_TITLE = 'Turkey’s spy chief meets with Hamas leaders for talks on Gaza aid delivery';
const ent = (type: 'PER' | 'ORG', name: string): EntityRef => ({ id: `${type}:${name}`, name, type });
const KALIN = ent('PER', 'Ibrahim Kalin');
const ENTITIES = [KALIN, ent('ORG', 'Hamas'), ent('PER', 'Recep Tayyip Erdogan'), ent('PER', 'Benjamin Netanyahu')];
const context = (entity: EntityRef): LookupContext => ({
  contextWords: words(ARTICLE_TEXT),
  articleDate: '2025-04-19T19:41:27+03:00',
  articleUrl: ARTICLE_URL,
  articleTitle: ARTICLE_TITLE,
  others: ENTITIES.filter((e) => e.id !== entity.id),
});
const isGoogle = (url: string): boolean => new URL(url).pathname === '/rss/search';

function setup(options: { mode?: string; googleNews?: boolean; coverage?: boolean } = {}) {
  const fetch = createFixtureFetch({ mode: options.mode ?? 'normal' });
  const time = fakeTime();
  const store = createMemoryStore();
  const make = () =>
    createKnowledgeService({
      fetch,
      now: time.now,
      sleep: time.sleep,
      store,
      lang: 'en',
      endpoints: endpointsAt('http://fixture.test'),
      ...(options.googleNews === undefined ? {} : { googleNews: options.googleNews }),
      ...(options.coverage === undefined ? {} : { coverage: options.coverage }),
    });
  return { fetch, time, service: make(), make };
}

describe('Google News in related coverage', () => {
  it('off (the default): not one request to Google, GDELT\'s list as before', async () => {
    for (const googleNews of [undefined, false]) {
      const { service, fetch } = setup(googleNews === undefined ? {} : { googleNews });
      for (const entity of ENTITIES) await service.lookupEntity(entity, context(entity));
      const story = await service.storyCoverage(ENTITIES, { articleUrl: ARTICLE_URL });
      expect(fetch.requests.length).toBeGreaterThan(5);
      expect(fetch.requests.filter((r) => isGoogle(r.url))).toEqual([]);
      expect(story.ok).toBe(true);
      const k = await service.lookupEntity(KALIN, context(KALIN));
      expect(k.coverage.ok && k.coverage.value.map((i) => i.via)).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  it('on but coverage lookups off: still nothing to Google', async () => {
    const { service, fetch } = setup({ googleNews: true, coverage: false });
    const k = await service.lookupEntity(KALIN, context(KALIN));
    expect(k.coverage).toMatchObject({ ok: false, error: 'disabled' });
    expect(fetch.requests.filter((r) => isGoogle(r.url))).toEqual([]);
  });

  it('on: GDELT and Google items merged, de-duplicated, the article dropped, newest first, each with its source', async () => {
    const { service, fetch } = setup({ googleNews: true });
    const k = await service.lookupEntity(KALIN, context(KALIN));
    expect(k.coverage.ok).toBe(true);
    const items = k.coverage.ok ? k.coverage.value : [];
    // GDELT's 4 (after its own de-duplication and the article), plus Google's 3 new ones: its copy of the article,
    // a same-title and a same-URL duplicate of GDELT items are dropped; the item without a date was never read.
    expect(items.map((i) => [i.outlet, i.via])).toEqual([
      ['coastlinetimes.example', 'google-news'],
      ['harborledger.example', 'gdelt'],
      ['metrowire.example', 'gdelt'],
      ['haber.example.com.tr', 'gdelt'],
      ['northgatereview.example', 'google-news'],
      ['gulfmonitor.example', 'google-news'],
      ['capitalherald.example', 'gdelt'],
    ]);
    expect(items.map((i) => i.title)).not.toContain('Turkey’s spy chief meets with Hamas leaders for talks on Gaza aid delivery');
    const google = fetch.requests.filter((r) => isGoogle(r.url));
    expect(google).toHaveLength(1);
    // Only the name goes to Google: no page URL, no host of the article, no words of it beyond the name.
    const sent = decodeURIComponent((google[0]?.url ?? '').replace(/\+/g, ' '));
    expect(sent).toContain('q="Ibrahim Kalin" when:30d');
    expect(sent).not.toContain('jerusalemdispatch');
  });

  it('is cached like GDELT\'s list: a second visit within the TTL asks Google nothing', async () => {
    const { service, fetch, make } = setup({ googleNews: true });
    await service.lookupEntity(KALIN, context(KALIN));
    const count = fetch.requests.length;
    const again = await make().lookupEntity(KALIN, context(KALIN));
    expect(fetch.requests.length).toBe(count);
    expect(again.coverage).toMatchObject({ ok: true, from: 'fresh' });
    expect(again.coverage.ok && again.coverage.value).toHaveLength(7);
  });

  it('GDELT rate-limited: Google\'s items still show; the volume is not asked', async () => {
    const { service, fetch } = setup({ googleNews: true, mode: 'gdelt-429' });
    const k = await service.lookupEntity(KALIN, context(KALIN));
    // Without GDELT's list, Google's copy of the article (an opaque Google link) is recognised by its headline.
    expect(k.coverage.ok && k.coverage.value.map((i) => i.outlet)).toEqual([
      'coastlinetimes.example',
      'harborledger.example',
      'news.metrowire.example',
      'northgatereview.example',
      'gulfmonitor.example',
    ]);
    expect(k.coverage.ok && k.coverage.value.every((i) => i.via === 'google-news')).toBe(true);
    expect(k.volume).toMatchObject({ ok: false, error: 'rate-limited' });
    expect(fetch.requests.filter((r) => r.url.includes('/api/v2/doc/doc'))).toHaveLength(1);
  });

  it('every service rate-limited (Google answers its captcha page): coverage is an error value, nothing throws', async () => {
    const { service } = setup({ googleNews: true, mode: '429' });
    const k = await service.lookupEntity(KALIN, context(KALIN));
    expect(k.coverage).toMatchObject({ ok: false, error: 'rate-limited' });
  });

  it('story coverage merges Google\'s items too', async () => {
    const { service, fetch } = setup({ googleNews: true });
    const story = await service.storyCoverage(ENTITIES, { articleUrl: ARTICLE_URL });
    expect(story.ok).toBe(true);
    expect(fetch.requests.filter((r) => isGoogle(r.url))).toHaveLength(1);
  });
});
