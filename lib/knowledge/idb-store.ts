/**
 * KeyValueStore on IndexedDB through `idb`: the extension's persistent cache (survives browser restarts and the
 * MV3 service worker being stopped). This is the one file of lib/knowledge that touches a platform API
 * (IndexedDB, which `idb` reads from the global scope); tests run it on fake-indexeddb.
 */
import { openDB } from 'idb';
import type { KeyValueStore } from './store';

export const IDB_NAME = 'backstory-knowledge';
/** Bump when the object store layout changes; the upgrade then starts from an empty cache (it is only a cache). */
const IDB_VERSION = 1;
const OBJECT_STORE = 'kv';

/** Opens (or creates) the database and returns the store; `close()` releases the connection. */
export async function openIdbStore(name: string = IDB_NAME): Promise<KeyValueStore & { close(): void }> {
  const db = await openDB(name, IDB_VERSION, {
    upgrade(database) {
      if (database.objectStoreNames.contains(OBJECT_STORE)) database.deleteObjectStore(OBJECT_STORE);
      database.createObjectStore(OBJECT_STORE);
    },
  });
  return {
    get: (key) => db.get(OBJECT_STORE, key),
    set: async (key, value) => {
      await db.put(OBJECT_STORE, value, key);
    },
    delete: (key) => db.delete(OBJECT_STORE, key),
    keys: async () => (await db.getAllKeys(OBJECT_STORE)).map(String),
    close: () => db.close(),
  };
}
