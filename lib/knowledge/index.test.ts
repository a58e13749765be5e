import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKnowledgeService, createMemoryStore, endpointsAt } from './index';
import type { EntityRef, LookupContext } from './index';
import { createFixtureFetch, fakeTime } from './test-fixtures';
import { words } from './text';

const ARTICLE_TEXT = readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'seed', 'article.txt'), 'utf8');
const ARTICLE_URL = 'https://www.jerusalemdispatch.example/turkeys-spy-chief-meets-with-hamas-leaders-for-talks-on-gaza-aid-delivery/';
const ent = (type: 'PER' | 'ORG', name: string): EntityRef => ({ id: `${type}:${name}`, name, type });
const KALIN = ent('PER', 'Ibrahim Kalin');
const ENTITIES = [KALIN, ent('ORG', 'Hamas'), ent('PER', 'Mohammad Darwish'), ent('PER', 'Recep Tayyip Erdogan'), ent('PER', 'Benjamin Netanyahu'), ent('ORG', 'Anadolu')];
const context = (entity: EntityRef): LookupContext => ({
  contextWords: words(ARTICLE_TEXT),
  articleDate: '2025-04-19T19:41:27+03:00',
  articleUrl: ARTICLE_URL,
  others: ENTITIES.filter((e) => e.id !== entity.id),
});

function setup(mode = 'normal') {
  const fetch = createFixtureFetch({ mode });
  const time = fakeTime();
  const store = createMemoryStore();
  const make = () => createKnowledgeService({ fetch, now: time.now, sleep: time.sleep, store, lang: 'en-us', endpoints: endpointsAt('http://fixture.test') });
  return { fetch, time, store, service: make(), make };
}

describe('lookupEntity over the fixtures', () => {
  it('links, summarizes, builds the timeline, says what was true that day, and finds coverage', async () => {
    const { service } = setup();
    const k = await service.lookupEntity(KALIN, context(KALIN));
    expect(k.link).toMatchObject({ ok: true, value: { status: 'linked', qid: 'Q99000001', title: 'İbrahim Kalın' }, from: 'network' });
    expect(k.summary).toMatchObject({ ok: true, value: { title: 'İbrahim Kalın', licence: { name: 'CC BY-SA 4.0' }, pageUrl: 'https://en.wikipedia.org/wiki/%C4%B0brahim_Kal%C4%B1n' } });
    expect(k.timeline.ok && k.timeline.value.events.map((e) => e.kind)).toEqual(['born', 'education', 'employer', 'position', 'position', 'article']);
    expect(k.asOf.ok && k.asOf.value.facts.map((f) => f.event.label)).toEqual(['Director of the National Intelligence Organization']);
    expect(k.coverage.ok && k.coverage.value.map((c) => c.outlet)).not.toContain('jerusalemdispatch.example');
    expect(k.coverage.ok && k.coverage.value).toHaveLength(4);
    expect(k.volume.ok && k.volume.value.points.some((p) => p.value > 0)).toBe(true);
  });

  it('resolves a P2937-dated office for Erdoğan and shows a disambiguated namesake as linked', async () => {
    const { service } = setup();
    const erdogan = ENTITIES[3]!;
    const e = await service.lookupEntity(erdogan, context(erdogan));
    expect(e.timeline.ok && e.timeline.value.events.find((ev) => ev.label === 'member of the Grand National Assembly of Turkey')).toMatchObject({ date: '2002-11-14' });
    expect(e.asOf.ok && e.asOf.value.facts.filter((f) => f.event.kind === 'position').map((f) => f.event.label)).toEqual(['President of Turkey']);
    const darwish = ENTITIES[2]!;
    const d = await service.lookupEntity(darwish, context(darwish));
    expect(d.link).toMatchObject({ ok: true, value: { status: 'linked', qid: 'Q99000002' } });
  });

  it('a name Wikipedia has no article for is linked through Wikidata\'s label and alias search', async () => {
    const { service, fetch } = setup();
    const politician = ent('PER', 'Henning Christophersen');
    const k = await service.lookupEntity(politician, { ...context(politician), articleDate: '1990-05-01' });
    expect(k.link).toMatchObject({ ok: true, value: { status: 'linked', qid: 'Q646148' } });
    const actions = fetch.requests.map((request) => new URL(request.url).searchParams.get('action'));
    expect(actions).toContain('wbsearchentities');
    // With no Wikipedia article there is no summary to show, but the timeline comes from the item's claims.
    expect(k.timeline.ok && k.timeline.value.events.some((event) => event.kind === 'born')).toBe(true);
  });

  it('Wikidata is asked only when Wikipedia has nothing: a known name makes no wbsearchentities request', async () => {
    const { service, fetch } = setup();
    await service.lookupEntity(KALIN, context(KALIN));
    expect(fetch.requests.map((request) => new URL(request.url).searchParams.get('action'))).not.toContain('wbsearchentities');
  });

  it('a second visit within the TTL makes no network request', async () => {
    const { service, fetch, make } = setup();
    await service.lookupEntity(KALIN, context(KALIN));
    const count = fetch.requests.length;
    const again = await make().lookupEntity(KALIN, context(KALIN));
    expect(fetch.requests.length).toBe(count);
    expect(again.link.from).toBe('fresh');
    expect(again.coverage).toMatchObject({ ok: true, from: 'fresh' });
  });

  it('serves stale data at once after the TTL and refreshes it in the background', async () => {
    const { service, fetch, time } = setup();
    await service.lookupEntity(KALIN, { contextWords: [] });
    time.advance(2 * 24 * 3_600_000);
    const count = fetch.requests.length;
    const stale = await service.lookupEntity(KALIN, { contextWords: [] });
    expect(stale.link).toMatchObject({ ok: true, from: 'stale' });
    await service.settled();
    expect(fetch.requests.length).toBeGreaterThan(count);
  });

  it('sends only names, ids and titles: no sentence of the article, no page URL', async () => {
    const { service, fetch } = setup();
    for (const entity of ENTITIES) await service.lookupEntity(entity, context(entity));
    await service.storyCoverage(ENTITIES, { articleUrl: ARTICLE_URL });
    expect(fetch.requests.length).toBeGreaterThan(10);
    const sentences = ARTICLE_TEXT.split(/(?<=[.!?”])\s+|\n+/)
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s.split(/\s+/).length >= 4);
    expect(sentences.length).toBeGreaterThan(10);
    const host = new URL(ARTICLE_URL).hostname;
    for (const request of fetch.requests) {
      const sent = `${decodeURIComponent(request.url.replace(/\+/g, ' '))} ${JSON.stringify(request.headers)}`.toLowerCase();
      for (const sentence of sentences) expect(sent).not.toContain(sentence);
      expect(sent).not.toContain(ARTICLE_URL.toLowerCase());
      expect(sent).not.toContain(host);
      expect(sent).not.toContain('turkeys-spy-chief');
    }
  });

  it('the reader’s correction is stored and wins on the next lookup', async () => {
    const { service } = setup();
    const darwish = ENTITIES[2]!;
    await service.correct(darwish, { qid: 'Q99000003' });
    const d = await service.lookupEntity(darwish, context(darwish));
    expect(d.link).toMatchObject({ ok: true, value: { status: 'linked', qid: 'Q99000003', source: 'reader', confidence: 1 } });
    expect(d.summary).toMatchObject({ ok: true, value: { description: 'Syrian footballer' } });
  });
});

describe('without network (the reader looks names up only when asking)', () => {
  it('a name never looked up: not-cached everywhere, and not one request', async () => {
    const { service, fetch } = setup();
    const k = await service.lookupEntity(KALIN, context(KALIN), { network: false });
    expect(k.link).toEqual({ ok: false, error: 'not-cached' });
    for (const piece of [k.summary, k.timeline, k.coverage, k.volume]) expect(piece).toMatchObject({ ok: false, error: 'not-cached' });
    expect(await service.storyCoverage(ENTITIES, { articleUrl: ARTICLE_URL }, { network: false })).toMatchObject({ ok: false, error: 'not-cached' });
    expect(fetch.requests).toHaveLength(0);
  });

  it('a name looked up before: its cached answer, whole, and not one request', async () => {
    const { service, fetch, make } = setup();
    const asked = await service.lookupEntity(KALIN, context(KALIN));
    const count = fetch.requests.length;
    const cached = await make().lookupEntity(KALIN, context(KALIN), { network: false });
    expect(fetch.requests.length).toBe(count);
    expect(cached.link).toMatchObject({ ok: true, value: { status: 'linked', qid: 'Q99000001' }, from: 'fresh' });
    expect(cached.summary).toEqual(asked.summary.ok ? { ...asked.summary, from: 'fresh' } : null);
    expect(cached.timeline).toMatchObject({ ok: true, from: 'fresh' });
    expect(cached.asOf).toEqual(asked.asOf);
    expect(cached.coverage).toMatchObject({ ok: true, from: 'fresh' });
  });

  it('a stale answer is shown as stale and not refreshed: nothing is sent until the reader asks', async () => {
    const { service, fetch, time } = setup();
    await service.lookupEntity(KALIN, context(KALIN));
    time.advance(2 * 24 * 3_600_000);
    const count = fetch.requests.length;
    const stale = await service.lookupEntity(KALIN, context(KALIN), { network: false });
    await service.settled();
    expect(fetch.requests.length).toBe(count);
    expect(stale.link).toMatchObject({ ok: true, value: { status: 'linked', qid: 'Q99000001' }, from: 'stale' });
    expect(stale.summary).toMatchObject({ ok: true, from: 'stale' });
    // Asking is what refreshes it.
    await service.lookupEntity(KALIN, context(KALIN));
    await service.settled();
    expect(fetch.requests.length).toBeGreaterThan(count);
  });
});

describe('failures are states', () => {
  it('GDELT 429: knowledge still shows, coverage says rate-limited, volume is not even asked', async () => {
    const { service, fetch } = setup('gdelt-429');
    const k = await service.lookupEntity(KALIN, context(KALIN));
    expect(k.summary.ok).toBe(true);
    expect(k.coverage).toMatchObject({ ok: false, error: 'rate-limited' });
    expect(k.volume).toMatchObject({ ok: false, error: 'rate-limited' });
    expect(fetch.requests.filter((r) => r.url.includes('/api/v2/doc/doc'))).toHaveLength(1);
  });

  it('offline: every piece is an error value, nothing throws', async () => {
    const { service, fetch } = setup();
    fetch.state.offline = true;
    const k = await service.lookupEntity(KALIN, context(KALIN));
    for (const piece of [k.link, k.summary, k.timeline, k.asOf, k.coverage, k.volume]) expect(piece.ok).toBe(false);
    expect(k.link).toMatchObject({ error: 'offline' });
  });

  it('a name with no article: not-found link, not-linked pieces', async () => {
    const { service } = setup();
    const nobody = ent('PER', 'Zed Nobody');
    const k = await service.lookupEntity(nobody, context(nobody));
    expect(k.link).toMatchObject({ ok: true, value: { status: 'not-found' } });
    expect(k.summary).toMatchObject({ ok: false, error: 'not-linked' });
  });

  it('coverage can be switched off', async () => {
    const fetch = createFixtureFetch();
    const time = fakeTime();
    const service = createKnowledgeService({ fetch, now: time.now, sleep: time.sleep, store: createMemoryStore(), lang: 'en', endpoints: endpointsAt('http://fixture.test'), coverage: false });
    const k = await service.lookupEntity(KALIN, context(KALIN));
    expect(k.coverage).toMatchObject({ ok: false, error: 'disabled' });
    expect(fetch.requests.some((r) => r.url.includes('/api/v2/doc'))).toBe(false);
  });
});
