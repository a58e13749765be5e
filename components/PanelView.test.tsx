import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { TabState } from '../lib/messaging/protocol';
import { PanelView } from './PanelView';

const metadata = { title: 'Spy chief meets Hamas leaders', byline: null, siteName: 'The Jerusalem Dispatch', publishedTime: '2025-04-19T19:41:27+03:00', modifiedTime: null, lang: 'en', url: 'https://a.example/' };

function show(state: TabState, onOpenSettings = () => {}) {
  return render(<PanelView state={state} onOpenSettings={onOpenSettings} onReveal={() => {}} />);
}

describe('PanelView', () => {
  it('lists people and organizations in the order given, with mention counts', () => {
    const { container } = show({
      kind: 'ready',
      url: 'https://a.example/',
      metadata,
      wordCount: 400,
      contextWords: [],
      people: [
        { id: `PER:${'Ibrahim Kalin'}`, type: 'PER' as const, name: 'Ibrahim Kalin', mentions: 4, salience: 1 },
        { id: `PER:${'Mohammad Darwish'}`, type: 'PER' as const, name: 'Mohammad Darwish', mentions: 1, salience: 0.2 },
      ],
      organizations: [{ id: 'ORG:Hamas', type: 'ORG' as const, name: 'Hamas', mentions: 9, salience: 0.9 }],
    });
    const people = [...container.querySelectorAll('.bs-entities--people [data-entity]')].map((element) => element.textContent);
    expect(people[0]).toContain('Ibrahim Kalin');
    expect(people[0]).toContain('4');
    expect(people[1]).toContain('Mohammad Darwish');
    expect(container.querySelectorAll('.bs-entities--organizations [data-entity]')).toHaveLength(1);
    expect(screen.getByText('Spy chief meets Hamas leaders')).toBeTruthy();
  });

  it('says when an article names nobody', () => {
    const { container } = show({ kind: 'ready', url: 'u', metadata, wordCount: 10, contextWords: [], people: [], organizations: [] });
    expect(container.querySelector('.bs-entities')).toBeNull();
    expect(container.querySelector('[data-state="ready"]')).not.toBeNull();
  });

  it.each<[TabState, string]>([
    [{ kind: 'unknown' }, 'unknown'],
    [{ kind: 'not-article', url: 'u' }, 'not-article'],
    [{ kind: 'reading', url: 'u', title: null }, 'reading'],
    [{ kind: 'error', url: 'u', message: 'boom' }, 'error'],
    [{ kind: 'unsupported-language', url: 'u', lang: 'ar' }, 'unsupported-language'],
  ])('renders the %o state as a live status', (state, name) => {
    const { container } = show(state);
    const status = container.querySelector(`[data-state="${name}"]`);
    expect(status?.getAttribute('role')).toBe('status');
  });

  it('offers the settings when Backstory is off for the site', () => {
    const open = vi.fn();
    const { container } = show({ kind: 'disabled', reason: 'site', host: 'a.example' }, open);
    fireEvent.click(container.querySelector('button') as HTMLButtonElement);
    expect(open).toHaveBeenCalledOnce();
  });

  it('renders page strings as text, never as HTML', () => {
    const { container } = show({
      kind: 'ready',
      url: 'u',
      metadata: { ...metadata, title: '<img src=x onerror=alert(1)>' },
      wordCount: 1,
      contextWords: [],
      people: [{ id: `PER:${'<b>Evil</b>'}`, type: 'PER' as const, name: '<b>Evil</b>', mentions: 1, salience: 1 }],
      organizations: [],
    });
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<b>Evil</b>');
  });
});
