import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { EntityCardData } from '../lib/messaging/protocol';
import { EntityCard, type CardState } from './EntityCard';

const EVIL = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

const data = (knowledge: EntityCardData['knowledge']): EntityCardData => ({
  id: 'PER:Ibrahim Kalin',
  name: `Ibrahim Kalin ${EVIL}`,
  type: 'PER',
  role: `intelligence chief ${EVIL}`,
  mentions: 4,
  salience: 1,
  articleDate: '2025-04-19',
  knowledge,
  canLookUp: knowledge.status === 'on-demand',
  memory: { count: 2, articles: [{ url: 'https://a.example/1', title: `Earlier story ${EVIL}`, outlet: 'Ledger', publishedTime: null, readAt: Date.UTC(2025, 2, 12) }] },
});

const show = (state: CardState) => render(<EntityCard state={state} onOpenPanel={() => {}} onClose={() => {}} />).container;

describe('EntityCard', () => {
  it('renders every page and API string as text (names, roles, descriptions, timeline, history titles)', () => {
    const container = show({
      kind: 'ready',
      data: data({
        status: 'linked',
        qid: 'Q1',
        description: `Turkish civil servant ${EVIL}`,
        thumbnail: 'javascript:alert(1)',
        pageUrl: null,
        asOf: [`Director ${EVIL}`],
        timeline: [{ date: { date: '2023-06-04', precision: 'day' }, label: `Director ${EVIL}` }],
        volume: [0, 1, 2],
      }),
    });
    expect(container.querySelectorAll('script')).toHaveLength(0);
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(container.textContent).toContain('<img src=x onerror=');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says what the reader read before', () => {
    const container = show({ kind: 'ready', data: data({ status: 'not-found' }) });
    expect(container.querySelector('.bs-card__memory')?.textContent).toMatch(/You read 2 other articles about Ibrahim Kalin/);
  });

  it.each<[EntityCardData['knowledge'], string]>([
    [{ status: 'not-found' }, 'not-found'],
    [{ status: 'error', error: 'offline' }, 'error'],
    [{ status: 'ambiguous', candidates: [{ qid: 'Q1', label: 'Mohammad Darwish', description: 'footballer' }] }, 'ambiguous'],
  ])('renders the %o knowledge state', (knowledge, name) => {
    expect(show({ kind: 'ready', data: data(knowledge) }).querySelector(`[data-knowledge="${name}"]`)).not.toBeNull();
  });

  it('shows the offline state in words', () => {
    expect(show({ kind: 'ready', data: data({ status: 'error', error: 'offline' }) }).textContent).toMatch(/offline/);
  });

  it('a month with no coverage says so instead of drawing a flat chart', () => {
    const linked = (volume: number[]): EntityCardData['knowledge'] => ({ status: 'linked', qid: 'Q1', description: null, thumbnail: null, pageUrl: null, asOf: [], timeline: [], volume });
    const quiet = show({ kind: 'ready', data: data(linked([0, 0, 0])) });
    expect(quiet.querySelector('.bs-card__volume svg')).toBeNull();
    expect(quiet.querySelector('.bs-card__volume')?.textContent).toMatch(/none in the news index/);
    const busy = show({ kind: 'ready', data: data(linked([0, 0.5, 0.1])) });
    expect(busy.querySelector('.bs-card__volume svg')?.getAttribute('aria-label')).toMatch(/highest on day 2 of 30, 0\.50%/);
  });

  describe('on demand (nothing looked up yet)', () => {
    it('shows what is known on the device and a labelled "Look up" button, no sources line', () => {
      const onLookUp = vi.fn();
      const { container } = render(<EntityCard state={{ kind: 'ready', data: data({ status: 'on-demand' }) }} onOpenPanel={() => {}} onClose={() => {}} onLookUp={onLookUp} />);
      expect(container.querySelector('[data-knowledge="on-demand"]')).not.toBeNull();
      expect(container.querySelector('.bs-card__mentions')?.textContent).toMatch(/Mentioned 4 times/);
      expect(container.querySelector('.bs-card__memory')).not.toBeNull();
      expect(container.querySelector('.bs-card__sources')).toBeNull();
      const button = screen.getByRole('button', { name: /^Look up Ibrahim Kalin/ });
      expect(button.textContent).toBe('Look up');
      expect(button.getAttribute('aria-describedby')).toBe('bs-card-on-demand');
      expect(container.querySelector('#bs-card-on-demand')?.textContent).toMatch(/only when you ask/);
      expect(onLookUp).not.toHaveBeenCalled();
      fireEvent.click(button);
      expect(onLookUp).toHaveBeenCalledOnce();
    });

    it('once "Look up" is pressed, keeps its content (and size) with a "Looking up…" line instead of the button', () => {
      const { container } = render(
        <EntityCard state={{ kind: 'ready', data: data({ status: 'on-demand' }), lookingUp: true }} onOpenPanel={() => {}} onClose={() => {}} onLookUp={() => {}} />,
      );
      expect(container.querySelector('.bs-card__lookup')).toBeNull();
      expect(container.querySelector('[data-looking-up]')?.textContent).toMatch(/^Looking up Ibrahim Kalin/);
      expect(container.querySelector('.bs-card__body')?.getAttribute('aria-busy')).toBe('true');
      expect(container.querySelector('.bs-card__mentions')?.textContent).toMatch(/Mentioned 4 times/);
      expect(container.querySelector('.bs-card__memory')).not.toBeNull();
    });

    it('a looked-up card has no "Look up" button', () => {
      const { container } = render(<EntityCard state={{ kind: 'ready', data: data({ status: 'not-found' }) }} onOpenPanel={() => {}} onClose={() => {}} onLookUp={() => {}} />);
      expect(container.querySelector('.bs-card__lookup')).toBeNull();
    });
  });
});
