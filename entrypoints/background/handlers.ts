import type { Browser } from 'wxt/browser';
import { extractEntities } from '../../lib/entities/extract-entities';
import type { TabState } from '../../lib/messaging/protocol';
import { summarize } from '../../lib/entities/summarize';
import { refusal, siteOf } from '../../lib/settings/settings';
import { broadcastToPages, type BackgroundHandlers } from '../../utils/messaging';
import { settingsItem } from '../../utils/settings';
import { getTabState, setTabState } from '../../utils/tab-states';

/** Stores a tab's new state and tells any open side panel. */
async function publish(tabId: number, state: TabState): Promise<void> {
  await setTabState(tabId, state);
  await broadcastToPages('tab/state-changed', { tabId, state });
}

/** The content script's tab (the sender check guarantees it exists for content messages). */
const tabOf = (sender: Browser.runtime.MessageSender): number => sender.tab?.id ?? -1;

/** The background's answers to every message of the contract (lib/messaging/protocol.ts). */
export const handlers: BackgroundHandlers = {
  async 'page/may-run'({ url }, sender) {
    const reason = refusal(url, await settingsItem.getValue());
    if (reason === null) return { ok: true, value: null };
    await publish(tabOf(sender), { kind: 'disabled', reason, host: siteOf(url) ?? url });
    return { ok: false, error: reason };
  },

  async 'page/reading'({ url, title }, sender) {
    await publish(tabOf(sender), { kind: 'reading', url, title });
    return { ok: true, value: null };
  },

  async 'page/article'({ url, article }, sender) {
    try {
      const extraction = extractEntities(article.text, article.metadata);
      const { people, organizations } = summarize(extraction);
      await publish(tabOf(sender), {
        kind: 'ready',
        url,
        metadata: article.metadata,
        people,
        organizations,
        wordCount: article.wordCount,
      });
      return { ok: true, value: { entities: extraction.entities.length } };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await publish(tabOf(sender), { kind: 'error', url, message });
      return { ok: false, error: 'extraction-failed', detail: message };
    }
  },

  async 'page/not-article'({ url }, sender) {
    await publish(tabOf(sender), { kind: 'not-article', url });
    return { ok: true, value: null };
  },

  async 'panel/get-tab-state'({ tabId }) {
    return { ok: true, value: await getTabState(tabId) };
  },
};
