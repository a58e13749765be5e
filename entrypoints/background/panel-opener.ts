import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which WXT's Chrome-derived types do not declare. */
interface SidebarAction {
  toggle(): Promise<void>;
}

/**
 * The toolbar button opens the panel: Chrome's side panel does it by itself once told to
 * (sidePanel.setPanelBehavior); Firefox needs sidebarAction.toggle() inside the click handler (a user gesture).
 */
export function openPanelOnActionClick(): void {
  if (import.meta.env.BROWSER === 'firefox') {
    const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    action.onClicked.addListener(() => void sidebar?.toggle());
    return;
  }
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
}
