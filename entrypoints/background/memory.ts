import type { Browser } from 'wxt/browser';
import { entityKey, memoryFor, type EntityMemory, type ReadRecord } from '../../lib/memory/history';
import { openHistoryStore, type HistoryStore } from '../../lib/memory/history-store';
import type { TabState } from '../../lib/messaging/protocol';
import { settingsItem } from '../../utils/settings';

type ReadyState = Extract<TabState, { kind: 'ready' }>;

let store: Promise<HistoryStore> | null = null;

/** The reading history, opened on first use; records past the retention period are pruned when it opens. */
export function history(): Promise<HistoryStore> {
  store ??= (async () => {
    const opened = await openHistoryStore();
    const { history: options } = await settingsItem.getValue();
    await opened.prune(Date.now(), options.retentionDays);
    return opened;
  })();
  return store;
}

/**
 * Remembers that the reader read this article, on the device only. Nothing is recorded in private windows
 * or while the reader paused the history.
 */
export async function rememberRead(state: ReadyState, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (tab?.incognito) return;
  const { history: options } = await settingsItem.getValue();
  if (options.paused) return;
  const record: ReadRecord = {
    url: state.metadata.url ?? state.url,
    title: state.metadata.title,
    outlet: state.metadata.siteName,
    publishedTime: state.metadata.publishedTime,
    readAt: Date.now(),
    entities: [...state.people, ...state.organizations].map((row) => ({ key: entityKey(row.type, row.name), name: row.name, type: row.type })),
  };
  await (await history()).record(record);
}

/** What the reader read before about an entity of this article (the article itself excluded). */
export async function memoryOf(state: ReadyState, entityId: string): Promise<EntityMemory> {
  const row = [...state.people, ...state.organizations].find((candidate) => candidate.id === entityId);
  if (!row) return { count: 0, articles: [] };
  const key = entityKey(row.type, row.name);
  return memoryFor(await (await history()).forEntity(key), key, state.metadata.url ?? state.url);
}
