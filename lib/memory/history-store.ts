import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { siteOf } from '../settings/settings';
import { isExpired, type ReadRecord } from './history';

/** The reading history's database. Versioned: MIGRATIONS upgrades any older version in order. */
export const HISTORY_DB = 'backstory-history';
export const HISTORY_DB_VERSION = 1;

interface HistorySchema extends DBSchema {
  reads: { key: string; value: ReadRecord & { entityKeys: string[] }; indexes: { entityKeys: string; readAt: number } };
}

/** One function per version: what to change when upgrading to it. Never edit a released step; add one. */
const MIGRATIONS: Record<number, (db: IDBPDatabase<HistorySchema>) => void> = {
  1: (db) => {
    const reads = db.createObjectStore('reads', { keyPath: 'url' });
    reads.createIndex('entityKeys', 'entityKeys', { multiEntry: true });
    reads.createIndex('readAt', 'readAt');
  },
};

/** The reader's history, on the device only (IndexedDB). */
export interface HistoryStore {
  record(record: ReadRecord): Promise<void>;
  /** Every record that names the entity. */
  forEntity(key: string): Promise<ReadRecord[]>;
  all(): Promise<ReadRecord[]>;
  importRecords(records: readonly ReadRecord[]): Promise<number>;
  /** Deletes records older than the retention period; returns how many. */
  prune(now: number, retentionDays: number): Promise<number>;
  forgetSite(site: string): Promise<number>;
  clear(): Promise<void>;
  close(): void;
}

export async function openHistoryStore(name = HISTORY_DB): Promise<HistoryStore> {
  const db = await openDB<HistorySchema>(name, HISTORY_DB_VERSION, {
    upgrade(database, oldVersion, newVersion) {
      for (let version = oldVersion + 1; version <= (newVersion ?? HISTORY_DB_VERSION); version += 1) MIGRATIONS[version]?.(database);
    },
  });
  const strip = ({ entityKeys: _keys, ...record }: ReadRecord & { entityKeys: string[] }): ReadRecord => record;
  const put = (record: ReadRecord) => db.put('reads', { ...record, entityKeys: record.entities.map((entity) => entity.key) });
  const deleteWhere = async (predicate: (record: ReadRecord) => boolean): Promise<number> => {
    const tx = db.transaction('reads', 'readwrite');
    let removed = 0;
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      if (predicate(cursor.value)) {
        await cursor.delete();
        removed += 1;
      }
    }
    await tx.done;
    return removed;
  };
  return {
    async record(record) {
      await put(record);
    },
    async forEntity(key) {
      return (await db.getAllFromIndex('reads', 'entityKeys', key)).map(strip);
    },
    async all() {
      return (await db.getAll('reads')).map(strip);
    },
    async importRecords(records) {
      const tx = db.transaction('reads', 'readwrite');
      await Promise.all(records.map((record) => tx.store.put({ ...record, entityKeys: record.entities.map((entity) => entity.key) })));
      await tx.done;
      return records.length;
    },
    prune: (now, retentionDays) => deleteWhere((record) => isExpired(record, now, retentionDays)),
    forgetSite: (site) => deleteWhere((record) => {
      const host = siteOf(record.url);
      return host !== null && (host === site || host.endsWith(`.${site}`));
    }),
    async clear() {
      await db.clear('reads');
    },
    close: () => db.close(),
  };
}
