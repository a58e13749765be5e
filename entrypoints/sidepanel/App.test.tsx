import { render, waitFor } from '@testing-library/preact';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '../../lib/messaging/protocol';
import { getTabState, setTabState } from '../../utils/tab-states';
import { App } from './App';

const ready = (name: string): TabState => ({
  kind: 'ready',
  url: `https://news.example/${name}`,
  metadata: { title: name, byline: null, siteName: null, publishedTime: null, modifiedTime: null, lang: 'en', url: null },
  people: [{ id: `PER:${name}`, type: 'PER' as const, name, mentions: 2, salience: 1 }],
  organizations: [],
  wordCount: 300,
  contextWords: [],
});

describe('side panel App', () => {
  afterEach(cleanup);
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.windows.create({ focused: true });
    // Answer the panel's request from the stored tab states, as the background does (the fake sendMessage
    // drops promised replies, and the panel may not import the background).
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type, payload } = message as { type: string; payload: { tabId: number } };
      return type === 'panel/get-tab-state' ? { ok: true, value: await getTabState(payload.tabId) } : undefined;
    });
  });

  it('describes the active tab and follows the reader to another tab', async () => {
    const first = await fakeBrowser.tabs.create({ url: 'https://news.example/a', active: true });
    const second = await fakeBrowser.tabs.create({ url: 'https://news.example/b', active: false });
    await setTabState(first.id ?? -1, ready('Ana Ruiz'));
    await setTabState(second.id ?? -1, ready('Bo Li'));
    const { container } = render(<App />);
    await waitFor(() => expect(container.querySelector('[data-entity]')?.getAttribute('data-entity')).toBe('Ana Ruiz'));
    await fakeBrowser.tabs.update(second.id ?? -1, { active: true });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: second.id ?? -1, windowId: second.windowId ?? -1 });
    await waitFor(() => expect(container.querySelector('[data-entity]')?.getAttribute('data-entity')).toBe('Bo Li'));
  });

  it('updates when the background announces a new state for its tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a', active: true });
    const { container } = render(<App />);
    await waitFor(() => expect(container.querySelector(`main[data-tab-id="${tab.id}"] [data-state="unknown"]`)).not.toBeNull());
    const event = { type: 'tab/state-changed', payload: { tabId: tab.id, state: { kind: 'reading', url: 'u', title: null } } };
    // Effects run after paint: repeat the event until the panel's listener is there to hear it.
    await waitFor(async () => {
      await fakeBrowser.runtime.onMessage.trigger(event, {}, () => undefined);
      expect(container.querySelector('[data-state="reading"]')).not.toBeNull();
    });
  });
});
