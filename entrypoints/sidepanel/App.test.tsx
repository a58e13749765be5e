import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { settingsItem } from '../../utils/settings';
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

  describe('what the panel asks for', () => {
    let sent: string[];
    /** The background's answer from its knowledge cache (on demand, not asked); none by default. */
    let cachedDetails: unknown;
    let cachedStory: unknown;
    beforeEach(() => {
      sent = [];
      cachedDetails = undefined;
      cachedStory = undefined;
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
        const { type, payload } = message as { type: string; payload: { tabId: number; lookup?: string } };
        sent.push(payload.lookup ? `${type}:${payload.lookup}` : type);
        if (type === 'panel/get-tab-state') return { ok: true, value: await getTabState(payload.tabId) };
        if (type === 'panel/entity-memory') return { ok: true, value: { count: 0, articles: [] } };
        if (type === 'panel/entity-previews') return { ok: true, value: [] };
        if (type === 'panel/story-coverage' && payload.lookup === 'if-automatic') return cachedStory ?? { ok: false, error: 'on-demand' };
        if (type === 'panel/story-coverage') return { ok: true, value: { ok: true, value: [], from: 'network' } };
        if (type === 'panel/entity-details' && payload.lookup === 'if-automatic') return cachedDetails ?? { ok: false, error: 'on-demand' };
        return { ok: false, error: 'not-found' };
      });
    });

    async function openOn(name: string) {
      const tab = await fakeBrowser.tabs.create({ url: `https://news.example/${name}`, active: true });
      await setTabState(tab.id ?? -1, ready(name));
      const view = render(<App />);
      await waitFor(() => expect(view.container.querySelector('[data-entity]')).not.toBeNull());
      return view;
    }

    it('automatic: the details show at once with coverage on its way, then the coverage (two asks)', async () => {
      await settingsItem.setValue(DEFAULT_SETTINGS);
      const knowledge = (coverage: { ok: boolean; error?: string; value?: unknown }) => ({
        entity: { id: 'PER:Ana Ruiz', name: 'Ana Ruiz', type: 'PER' },
        link: { ok: true, value: { status: 'linked', qid: 'Q1', title: 'Ana Ruiz', label: 'Ana Ruiz', description: 'Mayor of Tarsus', confidence: 0.9, alternatives: [], source: 'auto' } },
        summary: { ok: false, error: 'not-found' },
        timeline: { ok: false, error: 'not-found' },
        asOf: { ok: false, error: 'not-found' },
        coverage,
        volume: coverage.ok ? { ok: true, value: { resolution: 'day', points: [] } } : coverage,
      });
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementation(async (message: unknown) => {
        const { type, payload } = message as { type: string; payload: { tabId: number; quick?: boolean } };
        sent.push(payload.quick ? `${type}:quick` : type);
        if (type === 'panel/get-tab-state') return { ok: true, value: await getTabState(payload.tabId) };
        if (type === 'panel/entity-memory') return { ok: true, value: { count: 0, articles: [] } };
        if (type === 'panel/entity-previews') return { ok: true, value: [] };
        if (type === 'panel/story-coverage') return { ok: true, value: { ok: true, value: [] } };
        if (type === 'panel/entity-details' && payload.quick) return { ok: true, value: knowledge({ ok: false, error: 'pending' }) };
        if (type === 'panel/entity-details') {
          await held;
          return { ok: true, value: knowledge({ ok: true, value: [{ url: 'https://b.example/1', title: 'Ruiz opens the port', outlet: 'b.example', seen: '2025-04-19T10:00:00Z', language: 'English' }] }) };
        }
        return { ok: false, error: 'not-found' };
      });
      const { container } = await openOn('Ana Ruiz');
      // The settings are read asynchronously: click until the details open (once open, clicking again would
      // start the selection over).
      await waitFor(() => {
        if (!container.querySelector('.bs-details')) fireEvent.click(container.querySelector('.bs-entity__name') as HTMLButtonElement);
        expect(container.querySelector('[data-details-state="ready"]')).not.toBeNull();
      });
      expect(container.querySelectorAll('[data-pending="coverage"]')).toHaveLength(1);
      expect(sent).toEqual(expect.arrayContaining(['panel/entity-details:quick', 'panel/entity-details']));
      release();
      await waitFor(() => expect(container.querySelector('.bs-details')?.textContent).toMatch(/Ruiz opens the port/));
      expect(container.querySelector('[data-pending]')).toBeNull();
    });

    it('on demand: no previews, the selection shows on-device facts (nothing cached here), and only the buttons ask', async () => {
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, lookups: 'on-demand' });
      const { container } = await openOn('Ana Ruiz');
      const select = () => fireEvent.click(container.querySelector('.bs-entity__name') as HTMLButtonElement);
      // The settings are read asynchronously: the click waits for them.
      await waitFor(() => {
        select();
        expect(container.querySelector('[data-details-state="on-demand"]')).not.toBeNull();
      });
      await waitFor(() => expect(sent).toContain('panel/entity-memory'));
      expect(container.querySelector('.bs-details')?.textContent).toMatch(/Mentioned 2 times in this article/);
      expect(sent).not.toContain('panel/entity-previews');
      // The device's cache is read (nothing about the name there: the answer is the refusal), nothing is looked up.
      await waitFor(() => expect(sent).toContain('panel/entity-details:if-automatic'));
      expect(container.querySelector('[data-details-state="on-demand"]')).not.toBeNull();
      expect(sent).not.toContain('panel/entity-details:now');
      // the story's coverage likewise: read from the device (nothing there), not asked
      expect(sent).toContain('panel/story-coverage:if-automatic');
      expect(sent).not.toContain('panel/story-coverage:now');
      fireEvent.click(screen.getByRole('button', { name: /^Look up Ana Ruiz/ }));
      await waitFor(() => expect(sent).toContain('panel/entity-details:now'));
      expect(document.activeElement?.id).toBe('bs-details-name');
      expect(sent).not.toContain('panel/story-coverage:now');
      fireEvent.click(screen.getByRole('button', { name: 'Find other coverage' }));
      await waitFor(() => expect(sent).toContain('panel/story-coverage:now'));
      await waitFor(() => expect(container.querySelector('.bs-story-button')).toBeNull());
      expect(sent).not.toContain('panel/entity-previews');
    });

    it('on demand: a name looked up before shows its cached answer at once, without "Look up"', async () => {
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, lookups: 'on-demand' });
      const notLinked = { ok: false, error: 'not-linked' };
      const entity = { id: 'PER:Dee Ola', name: 'Dee Ola', type: 'PER' };
      cachedDetails = { ok: true, value: { entity, link: { ok: true, value: { status: 'not-found' }, from: 'fresh' }, summary: notLinked, timeline: notLinked, asOf: notLinked, coverage: notLinked, volume: notLinked } };
      const { container } = await openOn('Dee Ola');
      // The settings are read asynchronously: click until the selection is taken, then wait for the cache's answer.
      await waitFor(() => {
        fireEvent.click(container.querySelector('.bs-entity__name') as HTMLButtonElement);
        expect(container.querySelector('[data-details-state]')).not.toBeNull();
      });
      await waitFor(() => expect(container.querySelector('[data-details-state="ready"]')).not.toBeNull());
      expect(container.querySelector('.bs-details')?.textContent).toMatch(/No Wikipedia article was found/);
      expect(container.querySelector('.bs-lookup-button')).toBeNull();
      expect(sent).not.toContain('panel/entity-details:now');
    });

    it('on demand: the story\'s coverage found earlier shows at once, without "Find other coverage"', async () => {
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, lookups: 'on-demand' });
      const item = { url: 'https://b.example/story', title: 'Ruiz and the port deal', outlet: 'b.example', seen: '2025-04-19T10:00:00Z', language: 'English' };
      cachedStory = { ok: true, value: { ok: true, value: [item], from: 'fresh' } };
      const { container } = await openOn('Ana Ruiz');
      await waitFor(() => {
        fireEvent.click(container.querySelector('.bs-entity__name') as HTMLButtonElement);
        expect(container.querySelector('[data-details-state]')).not.toBeNull();
      });
      await waitFor(() => expect(container.textContent).toContain('Ruiz and the port deal'));
      expect(container.querySelector('.bs-story-button')).toBeNull();
      expect(sent).not.toContain('panel/story-coverage:now');
    });

    it('on demand without related coverage: no story button', async () => {
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, lookups: 'on-demand', coverage: false });
      const { container } = await openOn('Bo Li');
      await waitFor(() => {
        fireEvent.click(container.querySelector('.bs-entity__name') as HTMLButtonElement);
        expect(container.querySelector('[data-details-state="on-demand"]')).not.toBeNull();
      });
      expect(container.querySelector('.bs-story-button')).toBeNull();
    });

    it('automatic: previews on opening, details and story coverage on selection', async () => {
      // A lookup that finds nothing (the mock's default answer is the on-demand refusal).
      cachedDetails = { ok: false, error: 'not-found' };
      const { container } = await openOn('Cy Ng');
      await waitFor(() => expect(sent).toContain('panel/entity-previews'));
      fireEvent.click(container.querySelector('.bs-entity__name') as HTMLButtonElement);
      await waitFor(() => expect(sent).toEqual(expect.arrayContaining(['panel/entity-details:if-automatic', 'panel/story-coverage'])));
      expect(container.querySelector('.bs-lookup-button')).toBeNull();
    });
  });
});
