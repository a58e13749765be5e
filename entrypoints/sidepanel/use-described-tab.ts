import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The tab the panel describes: `?tabId=` or `?tabUrl=` when given (the e2e tests open the panel page as a
 * tab, since sidePanel.open() needs a user gesture), else the active tab of the panel's window, followed as
 * it changes.
 */
export function useDescribedTab(): number | null {
  const params = new URLSearchParams(location.search);
  const fixed = Number(params.get('tabId'));
  const tabUrl = params.get('tabUrl');
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(fixed) && fixed > 0 ? fixed : null);

  useEffect(() => {
    if (Number.isInteger(fixed) && fixed > 0) return undefined;
    if (tabUrl) {
      void browser.tabs.query({}).then((tabs) => setTabId(tabs.find((tab) => tab.url === tabUrl)?.id ?? null));
      return undefined;
    }
    let windowId: number | undefined;
    const refresh = async (): Promise<void> => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      windowId = tab?.windowId;
      setTabId(tab?.id ?? null);
    };
    const onActivated = (info: { tabId: number; windowId: number }): void => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixed, tabUrl]);

  return tabId;
}
