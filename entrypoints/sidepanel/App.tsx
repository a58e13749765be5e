import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PanelView } from '../../components/PanelView';
import type { TabState } from '../../lib/messaging/protocol';
import { onBackgroundEvent, sendToBackground } from '../../utils/messaging';
import { useDescribedTab } from './use-described-tab';

/** The side panel (Chrome) / sidebar (Firefox): the described tab's state, kept current by the background's events. */
export function App() {
  const tabId = useDescribedTab();
  const [state, setState] = useState<TabState>({ kind: 'unknown' });

  useEffect(() => {
    if (tabId === null) return undefined;
    let current = true;
    // An event can overtake the initial request's answer: the newer state must not be replaced by the older one.
    let sawEvent = false;
    setState({ kind: 'unknown' });
    const stop = onBackgroundEvent('tab/state-changed', (event) => {
      if (event.tabId !== tabId) return;
      sawEvent = true;
      setState(event.state);
    });
    void sendToBackground('panel/get-tab-state', { tabId }).then((result) => {
      if (current && !sawEvent && result?.ok) setState(result.value);
    });
    return () => {
      current = false;
      stop();
    };
  }, [tabId]);

  return (
    <main class="bs-panel" data-tab-id={tabId ?? ''}>
      <h1 class="bs-panel__title">{i18n.t('panel.title')}</h1>
      <PanelView
        state={state}
        onOpenSettings={() => void browser.runtime.openOptionsPage()}
        onReveal={(entityId) => tabId !== null && void sendToBackground('panel/reveal', { tabId, entityId })}
      />
      <footer class="bs-panel__footer">{i18n.t('panel.credits')}</footer>
    </main>
  );
}
