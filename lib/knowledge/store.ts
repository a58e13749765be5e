/**
 * The small key-value interface the cache, the GDELT queue and the reader's corrections are stored behind.
 * IndexedDB in the extension (idb-store.ts), a Map in the CLI and in tests.
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/**
 * An in-memory store. Values are copied through structuredClone so callers cannot mutate what is stored,
 * matching IndexedDB's structured-clone semantics.
 */
export function createMemoryStore(initial?: Record<string, unknown>): KeyValueStore & { readonly data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial ?? {}));
  return {
    data,
    get: async (key) => (data.has(key) ? structuredClone(data.get(key)) : undefined),
    set: async (key, value) => {
      data.set(key, structuredClone(value));
    },
    delete: async (key) => {
      data.delete(key);
    },
    keys: async () => [...data.keys()],
  };
}
