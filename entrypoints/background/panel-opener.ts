import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which WXT's Chrome-derived types do not declare. */
interface SidebarAction {
  toggle(): Promise<void>;
  open(): Promise<void>;
}

const sidebarAction = (): SidebarAction | undefined => (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;

/**
 * The toolbar button opens the panel: Chrome's side panel does it by itself once told to
 * (sidePanel.setPanelBehavior); Firefox needs sidebarAction.toggle() inside the click handler (a user gesture).
 */
export function openPanelOnActionClick(): void {
  if (import.meta.env.BROWSER === 'firefox') {
    const sidebar = sidebarAction();
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    action.onClicked.addListener(() => void sidebar?.toggle());
    return;
  }
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
}

/**
 * Opens the panel on a tab from a click in the page (the card's button). Both browsers require a user gesture;
 * a click in a content script carries one to the background in Chrome 116+ but not in Firefox, where the
 * reader is told to use the toolbar button instead. Returns whether the panel opened.
 */
export async function openPanel(tabId: number): Promise<boolean> {
  try {
    if (import.meta.env.BROWSER === 'firefox') await sidebarAction()?.open();
    else await browser.sidePanel.open({ tabId });
    return true;
  } catch {
    return false;
  }
}
