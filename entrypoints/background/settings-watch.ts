import { browser } from 'wxt/browser';
import type { TabState } from '../../lib/messaging/protocol';
import { refusal, siteOf, type Settings } from '../../lib/settings/settings';
import { sendToTab } from '../../utils/messaging';
import { settingsItem } from '../../utils/settings';
import { getTabState, setTabState } from '../../utils/tab-states';

/**
 * Applies a settings change to open tabs at once: pages where Backstory may no longer run lose their marks
 * and listeners; pages where it was off and may run again are read again.
 */
export async function applySettingsToTabs(
  settings: Settings,
  publish: (tabId: number, state: TabState) => Promise<void>,
  previous: Settings | null = null,
): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined || !tab.url) continue;
    const state = await getTabState(tab.id);
    const reason = refusal(tab.url, settings);
    if (reason && state.kind !== 'disabled' && state.kind !== 'unknown') {
      await sendToTab(tab.id, 'page/stop', {}).catch(() => undefined);
      await publish(tab.id, { kind: 'disabled', reason, host: siteOf(tab.url) ?? tab.url });
    } else if (!reason && state.kind === 'disabled') {
      await setTabState(tab.id, { kind: 'unknown' });
      await sendToTab(tab.id, 'page/reread', {}).catch(() => undefined);
    } else if (!reason && state.kind === 'ready' && previous && previous.highlightStyle !== settings.highlightStyle) {
      await sendToTab(tab.id, 'page/restyle', { highlightStyle: settings.highlightStyle }).catch(() => undefined);
    }
  }
}

/** Watches the settings for the background's lifetime. */
export function watchSettings(publish: (tabId: number, state: TabState) => Promise<void>): () => void {
  return settingsItem.watch((settings, previous) => void applySettingsToTabs(settings, publish, previous));
}
