import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PanelView, type Selection } from '../../components/PanelView';
import type { EntityPreview, TabState } from '../../lib/messaging/protocol';
import { onBackgroundEvent, sendToBackground } from '../../utils/messaging';
import { useDescribedTab } from './use-described-tab';

/** The side panel (Chrome) / sidebar (Firefox): the described tab's state, kept current by the background's events. */
export function App() {
  const tabId = useDescribedTab();
  const [state, setState] = useState<TabState>({ kind: 'unknown' });
  const [selection, setSelection] = useState<Selection | null>(null);
  const [previews, setPreviews] = useState<ReadonlyMap<string, EntityPreview>>(new Map());
  const readyUrl = state.kind === 'ready' ? state.url : null;

  // Opening the panel on an article is the reader asking: preview its main entities (Wikipedia, cached).
  useEffect(() => {
    setPreviews(new Map());
    if (tabId === null || readyUrl === null) return undefined;
    let current = true;
    void sendToBackground('panel/entity-previews', { tabId }).then((result) => {
      if (current && result?.ok) setPreviews(new Map(result.value.map((preview) => [preview.entityId, preview])));
    });
    return () => {
      current = false;
    };
  }, [tabId, readyUrl]);

  useEffect(() => {
    if (tabId === null) return undefined;
    let current = true;
    // An event can overtake the initial request's answer: the newer state must not be replaced by the older one.
    let sawEvent = false;
    setState({ kind: 'unknown' });
    setSelection(null);
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
        selection={selection}
        previews={previews}
        onOpenSettings={() => void browser.runtime.openOptionsPage()}
        onReveal={(entityId) => {
          if (tabId === null) return;
          void sendToBackground('panel/reveal', { tabId, entityId });
          void select(tabId, entityId, setSelection);
        }}
        onCorrect={(entityId, qid) => {
          if (tabId === null) return;
          setSelection((current) => current && { ...current, details: { kind: 'loading' } });
          void sendToBackground('panel/correct-link', { tabId, entityId, qid }).then((result) =>
            setSelection((current) => current && current.entityId === entityId ? { ...current, details: result?.ok ? { kind: 'ready', knowledge: result.value } : { kind: 'error' } } : current),
          );
        }}
        onCloseDetails={() => setSelection(null)}
      />
      <footer class="bs-panel__footer">{i18n.t('panel.credits')}</footer>
    </main>
  );
}

/**
 * Shows an entity's details: asks the background to look it up (the reader asked: only now do its name and id
 * go to the knowledge sources), and the story's coverage alongside.
 */
async function select(tabId: number, entityId: string, setSelection: (update: (current: Selection | null) => Selection | null) => void): Promise<void> {
  setSelection(() => ({ entityId, details: { kind: 'loading' }, story: null, memory: null }));
  const memory = await sendToBackground('panel/entity-memory', { tabId, entityId });
  setSelection((current) => (current?.entityId === entityId ? { ...current, memory: memory?.ok ? memory.value : null } : current));
  const [details, story] = await Promise.all([
    sendToBackground('panel/entity-details', { tabId, entityId }),
    sendToBackground('panel/story-coverage', { tabId }),
  ]);
  setSelection((current) =>
    current?.entityId === entityId
      ? { ...current, details: details?.ok ? { kind: 'ready', knowledge: details.value } : { kind: 'error' }, story: story?.ok ? story.value : null }
      : current,
  );
}
