import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createCache } from './cache';
import { openIdbStore } from './idb-store';

describe('openIdbStore', () => {
  it('stores, lists and deletes structured values', async () => {
    const store = await openIdbStore('test-basic');
    await store.set('a', { n: 1, list: ['x'] });
    await store.set('b', 2);
    expect(await store.get('a')).toEqual({ n: 1, list: ['x'] });
    expect((await store.keys()).sort()).toEqual(['a', 'b']);
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
    store.close();
  });

  it('keeps data across connections (a service worker restart reopens the database)', async () => {
    const first = await openIdbStore('test-reopen');
    await first.set('gdelt/next-allowed-at', 12345);
    first.close();
    const second = await openIdbStore('test-reopen');
    expect(await second.get('gdelt/next-allowed-at')).toBe(12345);
    second.close();
  });

  it('backs the cache', async () => {
    const store = await openIdbStore('test-cache');
    let now = 1_000;
    const cache = createCache({ store, now: () => now });
    await cache.write('wikipedia-summary', 'Hamas', { title: 'Hamas' });
    now += 60_000;
    expect(await cache.read('wikipedia-summary', 'Hamas')).toMatchObject({ state: 'fresh', value: { title: 'Hamas' } });
    store.close();
  });
});
