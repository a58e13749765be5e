import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DetailsState } from '../../components/EntityDetails';
import { PanelView, type Selection } from '../../components/PanelView';
import { fail, type EntityKnowledge } from '../../lib/knowledge/index';
import type { CardLookup, EntityPreview, ResponseOf, TabState, ToBackground } from '../../lib/messaging/protocol';
import type { Settings } from '../../lib/settings/settings';
import { onBackgroundEvent, sendToBackground } from '../../utils/messaging';
import { settingsItem } from '../../utils/settings';
import { useDescribedTab } from './use-described-tab';

type SetSelection = (update: (current: Selection | null) => Selection | null) => void;

/** The reader's settings, kept current; null until read (nothing may be looked up before they are known). */
function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let current = true;
    void settingsItem.getValue().then((value) => current && setSettings(value));
    const stop = settingsItem.watch((value) => setSettings(value));
    return () => {
      current = false;
      stop();
    };
  }, []);
  return settings;
}

/** The side panel (Chrome) / sidebar (Firefox): the described tab's state, kept current by the background's events. */
export function App() {
  const tabId = useDescribedTab();
  const [state, setState] = useState<TabState>({ kind: 'unknown' });
  const [selection, setSelection] = useState<Selection | null>(null);
  const [previews, setPreviews] = useState<ReadonlyMap<string, EntityPreview>>(new Map());
  const readyUrl = state.kind === 'ready' ? state.url : null;
  const settings = useSettings();
  const lookups = settings?.lookups ?? null;

  // Opening the panel on an article is the reader asking: preview its main entities (Wikipedia, cached). Not in
  // on-demand mode, where only the "Look up" button asks, and not before the setting is known.
  useEffect(() => {
    setPreviews(new Map());
    if (tabId === null || readyUrl === null || lookups !== 'automatic') return undefined;
    let current = true;
    void sendToBackground('panel/entity-previews', { tabId }).then((result) => {
      if (current && result?.ok) setPreviews(new Map(result.value.map((preview) => [preview.entityId, preview])));
    });
    return () => {
      current = false;
    };
  }, [tabId, readyUrl, lookups]);

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
          // Settings not read yet: nothing is looked up (the reader can still press "Look up").
          if (settings?.lookups === 'automatic') void select(tabId, entityId, setSelection);
          else void selectOnDevice(tabId, entityId, settings?.coverage ?? true, setSelection);
        }}
        onLookUp={(entityId) => {
          if (tabId !== null) void lookUp(tabId, entityId, setSelection);
        }}
        onLookUpStory={(entityId) => {
          if (tabId !== null) void lookUpStory(tabId, entityId, setSelection);
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
async function select(tabId: number, entityId: string, setSelection: SetSelection): Promise<void> {
  setSelection(() => ({ entityId, details: { kind: 'loading' }, story: null, memory: null }));
  const memory = await sendToBackground('panel/entity-memory', { tabId, entityId });
  setSelection((current) => (current?.entityId === entityId ? { ...current, memory: memory?.ok ? memory.value : null } : current));
  const story = sendToBackground('panel/story-coverage', { tabId }).then((answer) =>
    setSelection((current) => (current?.entityId === entityId ? { ...current, story: answer?.ok ? answer.value : null } : current)),
  );
  await Promise.all([loadDetails(tabId, entityId, 'if-automatic', setSelection), story]);
}

type DetailsAnswer = ResponseOf<ToBackground, 'panel/entity-details'> | undefined;

/** `on-demand`: the setting changed to on demand meanwhile and nothing about the name is on the device. */
const detailsOf = (answer: DetailsAnswer): DetailsState =>
  answer?.ok ? { kind: 'ready', knowledge: answer.value } : answer?.error === 'on-demand' ? { kind: 'on-demand' } : { kind: 'error' };

/**
 * The details in two asks: who it is and the timeline (Wikipedia, Wikidata: cached or quick) at once, then related
 * coverage, which GDELT's one-request-per-5-s queue can hold back for half a minute (its pieces say `pending` meanwhile).
 */
async function loadDetails(tabId: number, entityId: string, lookup: CardLookup, setSelection: SetSelection): Promise<void> {
  const show = (details: DetailsState) => setSelection((current) => (current?.entityId === entityId ? { ...current, details } : current));
  const quick = await sendToBackground('panel/entity-details', { tabId, entityId, lookup, quick: true });
  show(detailsOf(quick));
  if (!quick?.ok || !hasPending(quick.value)) return;
  const full = await sendToBackground('panel/entity-details', { tabId, entityId, lookup });
  // A failed second ask keeps the first answer; its coverage then says it could not be loaded.
  show(full?.ok ? detailsOf(full) : { kind: 'ready', knowledge: { ...quick.value, coverage: fail('unavailable'), volume: fail('unavailable') } });
}

const hasPending = (knowledge: EntityKnowledge): boolean => [knowledge.coverage, knowledge.volume].some((piece) => !piece.ok && piece.error === 'pending');

/**
 * On-demand mode: shows what is known on the device (the article's facts, the reading history, an earlier lookup's
 * answer still in the knowledge cache) and the "Look up" buttons; nothing goes to the knowledge sources until the
 * reader presses one.
 */
async function selectOnDevice(tabId: number, entityId: string, coverage: boolean, setSelection: SetSelection): Promise<void> {
  setSelection(() => ({ entityId, details: { kind: 'on-demand' }, story: null, memory: null, ...(coverage ? { storyRequest: 'ask' as const } : {}) }));
  const [memory, cached, story] = await Promise.all([
    sendToBackground('panel/entity-memory', { tabId, entityId }),
    // Answered from the device only: the cached answer, or `on-demand` (nothing about the name is stored).
    sendToBackground('panel/entity-details', { tabId, entityId, lookup: 'if-automatic' }),
    // Likewise the story's coverage an earlier "Find other coverage" left on the device.
    coverage ? sendToBackground('panel/story-coverage', { tabId, lookup: 'if-automatic' }) : Promise.resolve(undefined),
  ]);
  setSelection((current) => {
    if (current?.entityId !== entityId) return current;
    const details = cached?.ok && current.details.kind === 'on-demand' ? { kind: 'ready' as const, knowledge: cached.value, onDevice: true } : current.details;
    const stories = story?.ok && current.storyRequest === 'ask' ? { story: story.value, storyRequest: undefined } : {};
    return { ...current, details, memory: memory?.ok ? memory.value : null, ...stories };
  });
}

/** The reader pressed "Look up": only now do the entity's name and id go to the knowledge sources. */
async function lookUp(tabId: number, entityId: string, setSelection: SetSelection): Promise<void> {
  setSelection((current) => (current?.entityId === entityId ? { ...current, details: { kind: 'loading' } } : current));
  await loadDetails(tabId, entityId, 'now', setSelection);
}

/** The reader asked for the story's coverage (GDELT, with the article's main names). */
async function lookUpStory(tabId: number, entityId: string, setSelection: SetSelection): Promise<void> {
  setSelection((current) => (current?.entityId === entityId ? { ...current, storyRequest: 'loading' } : current));
  const story = await sendToBackground('panel/story-coverage', { tabId, lookup: 'now' });
  setSelection((current) => {
    if (!current || current.entityId !== entityId) return current;
    return { ...current, story: story?.ok ? story.value : null, storyRequest: undefined };
  });
}
