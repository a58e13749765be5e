import { storage } from '#imports';
import type { TabState } from '../lib/messaging/protocol';

/**
 * Per-tab states in storage.session: they outlive a stopped service worker (Chrome stops it after 30 s idle)
 * but not the browser session, and they are never written to disk.
 */
const key = (tabId: number) => `session:tab-state:${tabId}` as const;

export async function getTabState(tabId: number): Promise<TabState> {
  return (await storage.getItem<TabState>(key(tabId))) ?? { kind: 'unknown' };
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await storage.setItem(key(tabId), state);
}

export async function removeTabState(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}
