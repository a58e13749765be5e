import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { entityKey, exportHistory, memoryFor, parseHistoryImport, type ReadRecord } from './history';
import { openHistoryStore } from './history-store';

const DAY = 86_400_000;
const read = (url: string, readAt: number, names: string[]): ReadRecord => ({
  url,
  title: `Story at ${url}`,
  outlet: 'The Harbor Ledger',
  publishedTime: '2025-04-19T10:00:00Z',
  readAt,
  entities: names.map((name) => ({ key: entityKey('PER', name), name, type: 'PER' as const })),
});

describe('memoryFor', () => {
  it('counts the other articles about an entity, latest first, whatever the spelling', () => {
    const records = [read('https://a.example/1', 1, ['Ibrahim Kalin']), read('https://a.example/2', 3, ['İbrahim Kalın']), read('https://a.example/3', 2, ['Bo Li'])];
    const memory = memoryFor(records, entityKey('PER', 'Ibrahim Kalin'), 'https://a.example/2');
    expect(memory.count).toBe(1);
    expect(memory.articles.map((article) => article.url)).toEqual(['https://a.example/1']);
    expect(memoryFor(records, entityKey('PER', 'IBRAHIM KALIN'), null).articles.map((article) => article.url)).toEqual(['https://a.example/2', 'https://a.example/1']);
  });
});

describe('export and import', () => {
  it('round-trips without losing anything', () => {
    const records = [read('https://a.example/1', 1, ['Ibrahim Kalin', 'Bo Li'])];
    const parsed = parseHistoryImport(JSON.stringify(exportHistory(records, 5)));
    expect(parsed).toEqual({ ok: true, value: records });
  });

  it.each([
    ['not JSON', '{'],
    ['another format', JSON.stringify({ format: 'x', version: 1, records: [] })],
    ['a future version', JSON.stringify({ format: 'backstory-history', version: 99, records: [] })],
    ['a javascript: URL', JSON.stringify({ format: 'backstory-history', version: 1, records: [{ ...read('https://a.example/1', 1, []), url: 'javascript:alert(1)' }] })],
    ['a bad entity type', JSON.stringify({ format: 'backstory-history', version: 1, records: [{ ...read('https://a.example/1', 1, []), entities: [{ key: 'x', name: 'x', type: 'LOC' }] }] })],
  ])('refuses %s', (_label, text) => expect(parseHistoryImport(text)).toEqual({ ok: false, error: 'invalid' }));
});

describe('history store (IndexedDB)', () => {
  let name = 0;
  const open = () => openHistoryStore(`test-history-${++name}`);
  let store: Awaited<ReturnType<typeof open>> | null = null;
  afterEach(() => store?.close());

  it('records, finds by entity, updates a re-read article, and survives reopening', async () => {
    store = await open();
    await store.record(read('https://a.example/1', 1, ['Ibrahim Kalin']));
    await store.record(read('https://a.example/1', 9, ['Ibrahim Kalin']));
    await store.record(read('https://b.example/2', 2, ['Bo Li']));
    expect((await store.forEntity(entityKey('PER', 'Ibrahim Kalin'))).map((record) => record.readAt)).toEqual([9]);
    store.close();
    store = await openHistoryStore(`test-history-${name}`);
    expect(await store.all()).toHaveLength(2);
  });

  it('opens a database the released version 1 wrote (an extension update keeps the history)', async () => {
    // Written with the bare IndexedDB API in version 1's layout, as installed copies of that release hold it,
    // so a change of store name, key or index without a migration step fails here.
    const dbName = `test-history-${++name}`;
    const record = read('https://a.example/1', 5, ['Ibrahim Kalin']);
    const v1 = { ...record, entityKeys: [entityKey('PER', 'Ibrahim Kalin')] };
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(dbName, 1);
      request.onupgradeneeded = () => {
        const reads = request.result.createObjectStore('reads', { keyPath: 'url' });
        reads.createIndex('entityKeys', 'entityKeys', { multiEntry: true });
        reads.createIndex('readAt', 'readAt');
        reads.put(v1);
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    store = await openHistoryStore(dbName);
    expect(await store.all()).toEqual([record]);
    expect(await store.forEntity(entityKey('PER', 'İbrahim Kalın'))).toEqual([record]);
    await store.record(read('https://b.example/2', 6, ['Ibrahim Kalin']));
    expect((await store.forEntity(entityKey('PER', 'Ibrahim Kalin'))).map((found) => found.url).sort()).toEqual(['https://a.example/1', 'https://b.example/2']);
  });

  it('prunes by retention, forgets a site, clears, and imports', async () => {
    store = await open();
    const now = 100 * DAY;
    await store.importRecords([read('https://news.a.example/1', now - 40 * DAY, ['A B']), read('https://a.example/2', now - 1 * DAY, ['A B']), read('https://b.example/3', now, ['A B'])]);
    expect(await store.prune(now, 30)).toBe(1);
    expect(await store.forgetSite('a.example')).toBe(1);
    expect((await store.all()).map((record) => record.url)).toEqual(['https://b.example/3']);
    await store.clear();
    expect(await store.all()).toEqual([]);
  });
});
