import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { listenInBackground } from '../../utils/messaging';
import { removeTabState } from '../../utils/tab-states';
import { handlers, publish } from './handlers';
import { watchKnowledgeOrigin } from './knowledge';
import { openPanelOnActionClick } from './panel-opener';
import { watchSettings } from './settings-watch';

/** The hub: answers the content script and the side panel (lib/messaging/protocol.ts). */
export default defineBackground(() => {
  listenInBackground(handlers);
  openPanelOnActionClick();
  watchSettings(publish);
  watchKnowledgeOrigin();
  browser.tabs.onRemoved.addListener((tabId) => void removeTabState(tabId));
});
