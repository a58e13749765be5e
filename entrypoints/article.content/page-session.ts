import type { ContentScriptContext } from '#imports';
import { articleSource } from '../../lib/article/article-source';
import { isProbablyArticle } from '../../lib/article/is-probably-article';
import { extractLargeArticle, largeArticleRoot } from '../../lib/article/extract-large-article';
import type { ExtractedArticle } from '../../lib/article/types';
import { MAX_SOURCE_CHARS } from '../../lib/messaging/validate';
import type { MarkTarget } from '../../lib/marks/find-marks';
import type { RequestOf, Result, ToBackground } from '../../lib/messaging/protocol';
import type { HighlightStyle } from '../../lib/settings/settings';
import { REMARK_DEBOUNCE_MS } from '../../lib/ui/timing';
import { sendToBackground } from '../../utils/messaging';
import { startHoverCards } from './hover-cards';
import { FLASH_HIGHLIGHT, markPage, type PageMarks } from './page-marks';

/**
 * After a same-document navigation the new article is rendered by the site's own script; wait this long
 * before reading, so the gate sees the new content rather than the old (a typical SPA render takes < 300 ms).
 */
export const SPA_SETTLE_DELAY_MS = 500;
/** Longest wait for an idle moment before extracting anyway (busy pages never go idle). */
export const IDLE_TIMEOUT_MS = 1000;
/** How long a mention revealed from the panel stays flashed. */
export const FLASH_MS = 1600;

/** One page's life in the content script: read it, mark its names, answer the background. */
export interface PageSession {
  read(): Promise<void>;
  stop(): void;
  reveal(entityId: string): Result<null, 'not-marked'>;
  restyle(style: HighlightStyle): void;
}

/**
 * Reading a page: ask the background whether Backstory may run here (off switch, blocked sites), run the
 * cheap gate, and only on an article run the extraction, send it to the background and mark the names it
 * returns. A newer read (SPA navigation) supersedes an older one. Nothing is inserted into a non-article page.
 */
export function createPageSession(ctx: ContentScriptContext): PageSession {
  let generation = 0;
  let marks: PageMarks | null = null;
  let targets: MarkTarget[] = [];
  let observer: MutationObserver | null = null;
  let hover: { close: () => void } | null = null;
  let style: HighlightStyle = 'underline';

  const clearMarks = (): void => {
    observer?.disconnect();
    observer = null;
    marks?.clear();
    marks = null;
    hover?.close();
  };

  const applyMarks = (): void => {
    marks?.clear();
    // Every slice of the marking is measured, not only the first (npm run bench sums the measures).
    marks = markPage(document, targets, style, (next) => ctx.setTimeout(() => timed('mark', next), 0));
    if (!marks) return;
    hover ??= startHoverCards(ctx, () => marks);
    if (!observer) {
      // Content added later (infinite scroll, late embeds) gets marked too, once the page is quiet again.
      let timer: number | undefined;
      observer = new MutationObserver((records) => {
        // Our own card's host element coming and going is not new content.
        if (records.every(isOwnUi)) return;
        if (timer !== undefined) clearTimeout(timer);
        timer = ctx.setTimeout(applyMarks, REMARK_DEBOUNCE_MS);
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }
  };

  ctx.onInvalidated(clearMarks);

  return {
    async read() {
      const mine = ++generation;
      if (mine > 1) {
        clearMarks();
        await new Promise((resolve) => ctx.setTimeout(() => resolve(undefined), SPA_SETTLE_DELAY_MS));
      }
      const stale = (): boolean => mine !== generation || ctx.isInvalid;
      if (stale()) return;
      const url = location.href;
      const allowed = await sendToBackground('page/may-run', { url });
      if (stale() || !allowed?.ok) return;
      style = allowed.value.highlightStyle;
      const isArticle = timed('gate', () => isProbablyArticle(document));
      if (!isArticle) {
        await sendToBackground('page/not-article', { url });
        return;
      }
      // An event for the panel ("reading…"): nothing waits for its answer.
      void sendToBackground('page/reading', { url, title: document.title || null }).catch(() => undefined);
      // Yield to the page before serializing it.
      await new Promise((resolve) => ctx.requestIdleCallback(() => resolve(undefined), { timeout: IDLE_TIMEOUT_MS }));
      if (stale()) return;
      // Readability runs in the extension's own context, on the serialized body (docs/performance.md); a very large
      // page with a marked article body is read here instead, in slices, as text.
      // Counting the page's elements is a pass over it too: measured with the extraction.
      const largeRoot = timed('extract', () => largeArticleRoot(document));
      const request: RequestOf<ToBackground, 'page/article'> = largeRoot
        ? { url, article: await extractInSlices(ctx, largeRoot, url) }
        : { url, source: timed('extract', () => articleSource(document, url)) };
      if (stale()) return;
      if ('source' in request && request.source.bodyHtml.length > MAX_SOURCE_CHARS) {
        await sendToBackground('page/not-article', { url });
        return;
      }
      // The background answers not-article / unsupported-language itself (and tells the panel).
      const result = await sendToBackground('page/article', request);
      if (stale() || !result?.ok) return;
      targets = result.value.targets;
      timed('mark', applyMarks);
    },

    stop() {
      generation += 1;
      targets = [];
      clearMarks();
    },

    restyle(next) {
      style = next;
      if (marks) applyMarks();
    },

    reveal(entityId) {
      const mark = marks?.marks.find((candidate) => candidate.entityId === entityId);
      if (!marks || !mark) return { ok: false, error: 'not-marked' };
      const range = marks.rangeOf(mark);
      mark.startNode.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(range));
      ctx.setTimeout(() => CSS.highlights.delete(FLASH_HIGHLIGHT), FLASH_MS);
      return { ok: true, value: null };
    },
  };
}

/** Tag of the card's shadow host (createShadowRootUi `name` in hover-cards.tsx). */
const OWN_UI_TAG = 'BACKSTORY-CARD';

function isOwnUi(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return record.type === 'childList' && nodes.length > 0 && nodes.every((node) => node.nodeName === OWN_UI_TAG);
}

/**
 * Reads a large article's text in slices (lib/article/extract-large-article.ts), each slice recorded as its own
 * `backstory:extract` measure so the measures still add up to the main-thread time spent.
 */
async function extractInSlices(ctx: ContentScriptContext, root: Element, url: string): Promise<ExtractedArticle> {
  let sliceStart = performance.now();
  const article = await extractLargeArticle(document, root, url, async () => {
    performance.measure('backstory:extract', { start: sliceStart, end: performance.now() });
    await new Promise((resolve) => ctx.setTimeout(() => resolve(undefined), 0));
    sliceStart = performance.now();
  }, () => performance.now());
  performance.measure('backstory:extract', { start: sliceStart, end: performance.now() });
  return article;
}

/**
 * Runs one phase of the page work and records it as a User Timing measure ("backstory:gate", …), so
 * `npm run bench` and the browser's performance panel can see exactly what Backstory costs on the page.
 */
function timed<T>(phase: 'gate' | 'extract' | 'mark', work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`backstory:${phase}`, { start, end: performance.now() });
  }
}
