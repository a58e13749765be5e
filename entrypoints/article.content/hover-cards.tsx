import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { render } from 'preact';
import { EntityCard, type CardState } from '../../components/EntityCard';
import type { Mark } from '../../lib/marks/find-marks';
import type { CardLookup, EntityCardData, Result } from '../../lib/messaging/protocol';
import { placeCard } from '../../lib/ui/place-card';
import { FETCH_START_DELAY_MS, HIDE_DELAY_MS, SHOW_DELAY_MS } from '../../lib/ui/timing';
import { sendToBackground } from '../../utils/messaging';
import { uiDirection } from '../../utils/ui-direction';
import cardCss from './card.css?inline';
import { sameMark, type PageMarks } from './page-marks';

/** The card's size before it is measured (its CSS width; a typical height), for the first placement. */
const CARD_SIZE_GUESS = { width: 320, height: 160 };

type CardUi = Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>>;

/**
 * Hover cards over marked names, with Page Previews' timing (lib/ui/timing.ts), plus the keyboard path:
 * Alt+Shift+N / Alt+Shift+P select the next / previous name and open its card with focus in it; Escape closes.
 * The card is mounted on first use only, in a shadow root, positioned `fixed` so opening it never scrolls or
 * shifts the page. Every listener and timer belongs to `ctx`.
 */
export function startHoverCards(ctx: ContentScriptContext, getMarks: () => PageMarks | null): { close: () => void } {
  let ui: CardUi | null = null;
  /** The UI language's direction: the card's own, whatever the page's (the host's `all: initial` keeps `direction`). */
  const dir = uiDirection();
  let shown: Mark | null = null;
  let hovered: Mark | null = null;
  let timers: number[] = [];
  let hideTimer: number | undefined;
  let keyboardIndex = -1;
  let openedByKeyboard = false;
  type CardAnswer = Result<EntityCardData, 'not-found'> | undefined;
  const cards = new Map<string, Promise<CardAnswer>>();
  /** The answers already in: a card whose answer is here opens with it, without a loading step. */
  const answered = new Map<string, CardAnswer>();

  /**
   * The card of an entity, asked once per page. A hover asks `if-automatic`: when the reader looks names up only
   * on request, the background answers from the device alone. `now` is the reader pressing "Look up".
   */
  const fetchCard = (entityId: string, lookup: CardLookup = 'if-automatic') => {
    let pending = lookup === 'now' ? undefined : cards.get(entityId);
    if (!pending) {
      answered.delete(entityId);
      const request = sendToBackground('entity/card', { entityId, lookup }).catch(() => undefined);
      pending = request.then((answer) => {
        if (cards.get(entityId) !== pending) return answer;
        answered.set(entityId, answer);
        // An on-device answer is not kept for the page: the next hover asks again, so a change of the setting
        // (to automatic) takes effect without reloading the page. Asking costs no request to the sources.
        if (answer?.ok && lookup !== 'now' && answer.value.canLookUp) cards.delete(entityId);
        return answer;
      });
      cards.set(entityId, pending);
    }
    return pending;
  };

  const clearTimers = (): void => {
    for (const timer of timers) clearTimeout(timer);
    timers = [];
  };
  const cancelHide = (): void => {
    if (hideTimer !== undefined) clearTimeout(hideTimer);
    hideTimer = undefined;
  };

  const mountUi = async (): Promise<CardUi> => {
    if (ui) return ui;
    ui = await createShadowRootUi<HTMLElement>(ctx, {
      name: 'backstory-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: cardCss,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container, _shadow, host) {
        // Fixed and out of flow: the page's layout never moves because of the card.
        Object.assign(host.style, { position: 'fixed', top: '0', left: '0', width: '0', height: '0', zIndex: '2147483647' });
        container.addEventListener('keydown', (event) => {
          if (event.key === 'Escape') close();
        });
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
    return ui;
  };

  const renderCard = (state: CardState, mark: Mark, panelHint = false): void => {
    if (!ui?.mounted) return;
    const container = ui.mounted;
    render(
      <div class="bs-card-position" dir={dir} style={{ position: 'fixed' }}>
        <EntityCard
          state={state}
          panelHint={panelHint}
          onClose={close}
          onLookUp={() => void lookUp(mark)}
          onOpenPanel={() => {
            void sendToBackground('panel/open', { entityId: mark.entityId }).then((result) => {
              if (!result?.ok && sameMark(shown, mark)) renderCard(state, mark, true);
            });
          }}
        />
      </div>,
      container,
    );
    const box = getMarks()?.rangeOf(mark).getBoundingClientRect();
    const card = container.querySelector<HTMLElement>('.bs-card');
    const wrapper = container.querySelector<HTMLElement>('.bs-card-position');
    if (!box || !wrapper) return;
    const size = card ? { width: card.offsetWidth || CARD_SIZE_GUESS.width, height: card.offsetHeight || CARD_SIZE_GUESS.height } : CARD_SIZE_GUESS;
    const place = placeCard(box, size, { width: window.innerWidth, height: window.innerHeight }, dir);
    wrapper.style.left = `${place.left}px`;
    wrapper.style.top = `${place.top}px`;
  };

  /** Focus into the card: on its "Look up" button when it has one, else on its first action. */
  const focusCard = (): void => {
    const mounted = ui?.mounted;
    (mounted?.querySelector<HTMLElement>('.bs-card__lookup') ?? mounted?.querySelector<HTMLElement>('.bs-card__open'))?.focus({ preventScroll: true });
  };

  /**
   * Renders the card of `mark` through a waiting state (the loading card, or `waiting` when given; skipped when the
   * answer is in) to its answer.
   */
  const showAnswer = async (mark: Mark, pending: Promise<CardAnswer>, focus: boolean, waiting?: CardState): Promise<void> => {
    const base = { name: mark.text, type: mark.type };
    if (!answered.has(mark.entityId)) {
      renderCard(waiting ?? { kind: 'loading', ...base }, mark);
      if (focus) focusCard();
    }
    const result = await pending;
    if (!sameMark(shown, mark)) return;
    renderCard(result?.ok ? { kind: 'ready', data: result.value } : { kind: 'error', ...base }, mark);
    if (focus) focusCard();
  };

  const show = async (mark: Mark, focus: boolean): Promise<void> => {
    await mountUi();
    shown = mark;
    // The hover's early request (FETCH_START_DELAY_MS) may already have its answer: show that one.
    const pending = answered.has(mark.entityId) ? Promise.resolve(answered.get(mark.entityId)) : fetchCard(mark.entityId);
    await showAnswer(mark, pending, focus);
  };

  /** The reader pressed "Look up" (on-demand mode): only now does the name go to the knowledge sources. */
  const lookUp = async (mark: Mark): Promise<void> => {
    if (!sameMark(shown, mark)) return;
    const before = answered.get(mark.entityId);
    // The card keeps what it shows, and its size, while the name is looked up: the small loading card used to
    // shrink out from under the pointer, which then closed it (seen in the Firefox e2e). The pressed button becomes
    // a "Looking up…" line; focus stays in the card.
    const waiting: CardState | undefined = before?.ok ? { kind: 'ready', data: before.value, lookingUp: true } : undefined;
    await showAnswer(mark, fetchCard(mark.entityId, 'now'), true, waiting);
  };

  function close(): void {
    clearTimers();
    cancelHide();
    shown = null;
    hovered = null;
    if (ui?.mounted) render(null, ui.mounted);
    if (openedByKeyboard) openedByKeyboard = false;
  }

  const startHover = (mark: Mark): void => {
    clearTimers();
    cancelHide();
    hovered = mark;
    timers.push(ctx.setTimeout(() => void fetchCard(mark.entityId), FETCH_START_DELAY_MS));
    timers.push(ctx.setTimeout(() => void show(mark, false), SHOW_DELAY_MS));
  };

  const scheduleHide = (): void => {
    clearTimers();
    hovered = null;
    if (shown && hideTimer === undefined) hideTimer = ctx.setTimeout(close, HIDE_DELAY_MS);
  };

  let frame: number | undefined;
  let lastEvent: PointerEvent | null = null;
  const onPointer = (): void => {
    frame = undefined;
    const event = lastEvent;
    if (!event) return;
    if (ui && event.composedPath().includes(ui.shadowHost)) {
      cancelHide();
      return;
    }
    const mark = getMarks()?.hit(event.clientX, event.clientY);
    if (mark && (sameMark(mark, hovered) || sameMark(mark, shown))) {
      cancelHide();
      return;
    }
    if (mark) startHover(mark);
    else if (hovered || shown) scheduleHide();
  };
  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      lastEvent = event;
      frame ??= ctx.requestAnimationFrame(onPointer);
    },
    { passive: true },
  );

  ctx.addEventListener(document, 'keydown', (event) => {
    if (event.key === 'Escape' && shown) {
      close();
      return;
    }
    if (!event.altKey || !event.shiftKey || (event.code !== 'KeyN' && event.code !== 'KeyP')) return;
    const marks = getMarks()?.marks ?? [];
    if (marks.length === 0) return;
    event.preventDefault();
    keyboardIndex = (keyboardIndex + (event.code === 'KeyN' ? 1 : -1) + marks.length) % marks.length;
    const mark = marks[keyboardIndex];
    if (!mark) return;
    const range = getMarks()?.rangeOf(mark);
    if (range) {
      // Moving to a name is navigation: bring it into view (only if needed) and select it, so screen readers
      // and the reader's eye both land there. The selection changes no DOM.
      const box = range.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) mark.startNode.parentElement?.scrollIntoView({ block: 'center' });
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range.cloneRange());
    }
    clearTimers();
    cancelHide();
    openedByKeyboard = true;
    void show(mark, true);
  });

  ctx.onInvalidated(() => {
    close();
    ui?.remove();
  });
  return { close };
}
