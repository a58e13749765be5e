import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { listenInBackground } from '../../utils/messaging';
import { removeTabState } from '../../utils/tab-states';
import { handlers } from './handlers';
import { openPanelOnActionClick } from './panel-opener';

/** The hub: answers the content script and the side panel (lib/messaging/protocol.ts). */
export default defineBackground(() => {
  listenInBackground(handlers);
  openPanelOnActionClick();
  browser.tabs.onRemoved.addListener((tabId) => void removeTabState(tabId));
});
