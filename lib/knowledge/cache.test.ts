import { describe, expect, it } from 'vitest';
import { CACHE_POLICY, createCache } from './cache';
import { createMemoryStore } from './store';
import { fail, ok } from './types';

const HOUR = 3_600_000;

describe('cache', () => {
  it('decides fresh, stale and expired from the injected clock', async () => {
    let now = 0;
    const cache = createCache({ store: createMemoryStore(), now: () => now });
    expect((await cache.read('gdelt-artlist', 'q')).state).toBe('miss');
    await cache.write('gdelt-artlist', 'q', [1]);
    const { freshMs, staleMs } = CACHE_POLICY['gdelt-artlist'];
    now = freshMs - 1;
    expect((await cache.read('gdelt-artlist', 'q')).state).toBe('fresh');
    now = freshMs;
    expect((await cache.read('gdelt-artlist', 'q')).state).toBe('stale');
    now = freshMs + staleMs;
    expect(await cache.read('gdelt-artlist', 'q')).toMatchObject({ state: 'expired', value: [1] });
  });

  it('serves fresh values without loading, stale ones while revalidating', async () => {
    let now = 0;
    let loads = 0;
    const cache = createCache({ store: createMemoryStore(), now: () => now });
    const load = async () => ok(++loads);
    expect(await cache.getOrLoad('wikipedia-summary', 'Hamas', load)).toMatchObject({ from: 'network', result: { ok: true, value: 1 } });
    now = HOUR;
    expect(await cache.getOrLoad('wikipedia-summary', 'Hamas', load)).toMatchObject({ from: 'fresh', result: { value: 1 } });
    expect(loads).toBe(1);
    now = CACHE_POLICY['wikipedia-summary'].freshMs + HOUR;
    const stale = await cache.getOrLoad('wikipedia-summary', 'Hamas', load);
    expect(stale).toMatchObject({ from: 'stale', result: { value: 1 } });
    await stale.revalidation;
    expect(await cache.getOrLoad('wikipedia-summary', 'Hamas', load)).toMatchObject({ from: 'fresh', result: { value: 2 } });
  });

  it('keeps answers like not-found, never accidents like timeouts; falls back to an expired value', async () => {
    let now = 0;
    const cache = createCache({ store: createMemoryStore(), now: () => now });
    await cache.getOrLoad('wikipedia-summary', 'Nope', async () => fail('not-found'));
    expect((await cache.read('wikipedia-summary', 'Nope')).state).toBe('fresh');
    await cache.getOrLoad('wikipedia-summary', 'Slow', async () => fail('timeout'));
    expect((await cache.read('wikipedia-summary', 'Slow')).state).toBe('miss');
    await cache.getOrLoad('wikipedia-summary', 'Old', async () => ok('old'));
    now = 365 * 24 * HOUR;
    expect(await cache.getOrLoad('wikipedia-summary', 'Old', async () => fail('offline'))).toMatchObject({ from: 'expired', result: { value: 'old' } });
  });

  it('evicts the least recently used entries beyond the cap', async () => {
    let now = 0;
    const store = createMemoryStore();
    const cache = createCache({ store, now: () => now, maxEntries: 10 });
    for (let i = 0; i < 10; i++) {
      now += 120_000;
      await cache.write('wikidata-entity', `Q${i}`, { i });
    }
    now += 120_000;
    await cache.read('wikidata-entity', 'Q0'); // Q0 used recently: survives
    now += 120_000;
    await cache.write('wikidata-entity', 'Q10', { i: 10 });
    expect((await cache.read('wikidata-entity', 'Q0')).state).not.toBe('miss');
    expect((await cache.read('wikidata-entity', 'Q1')).state).toBe('miss');
    expect((await cache.read('wikidata-entity', 'Q10')).state).not.toBe('miss');
    const entries = (await store.keys()).filter((k) => k !== 'cache/index');
    expect(entries.length).toBeLessThanOrEqual(10);
  });

  it('caps by size as well', async () => {
    const cache = createCache({ store: createMemoryStore(), now: () => 0, maxBytes: 1_000 });
    for (let i = 0; i < 10; i++) await cache.write('gdelt-artlist', `k${i}`, 'x'.repeat(300));
    expect((await cache.read('gdelt-artlist', 'k9')).state).toBe('fresh');
    expect((await cache.read('gdelt-artlist', 'k0')).state).toBe('miss');
  });

  it('without network reads the cache only: a hit as it is, a stale hit unrefreshed, a miss as not-cached', async () => {
    let now = 0;
    let loads = 0;
    const cache = createCache({ store: createMemoryStore(), now: () => now });
    const load = async () => ok(++loads);
    const offline = { network: false };
    expect(await cache.getOrLoad('wikipedia-summary', 'Hamas', load, offline)).toEqual({ result: { ok: false, error: 'not-cached' } });
    await cache.getOrLoad('wikipedia-summary', 'Hamas', load);
    expect(loads).toBe(1);
    expect(await cache.getOrLoad('wikipedia-summary', 'Hamas', load, offline)).toEqual({ result: { ok: true, value: 1 }, from: 'fresh' });
    now = CACHE_POLICY['wikipedia-summary'].freshMs + HOUR;
    const stale = await cache.getOrLoad('wikipedia-summary', 'Hamas', load, offline);
    expect(stale).toEqual({ result: { ok: true, value: 1 }, from: 'stale' });
    now += CACHE_POLICY['wikipedia-summary'].staleMs;
    expect(await cache.getOrLoad('wikipedia-summary', 'Hamas', load, offline)).toEqual({ result: { ok: true, value: 1 }, from: 'expired' });
    expect(loads).toBe(1);
  });
});
