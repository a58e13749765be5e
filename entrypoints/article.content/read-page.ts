import type { ContentScriptContext } from '#imports';
import { extractArticle } from '../../lib/article/extract-article';
import { isProbablyArticle } from '../../lib/article/is-probably-article';
import { sendToBackground } from '../../utils/messaging';

/**
 * After a same-document navigation the new article is rendered by the site's own script; wait this long
 * before reading, so the gate sees the new content rather than the old (a typical SPA render takes < 300 ms).
 */
export const SPA_SETTLE_DELAY_MS = 500;

/** Longest wait for an idle moment before extracting anyway (busy pages never go idle). */
export const IDLE_TIMEOUT_MS = 1000;

let generation = 0;

/**
 * Reads the current page once: asks the background whether Backstory may run here (off switch, blocked
 * sites), runs the cheap gate, and only on an article runs the extraction and sends the article to the
 * background. Nothing is inserted into the page. A newer call (SPA navigation) supersedes an older one.
 */
export async function readPage(ctx: ContentScriptContext): Promise<void> {
  const mine = ++generation;
  if (mine > 1) await new Promise((resolve) => ctx.setTimeout(() => resolve(undefined), SPA_SETTLE_DELAY_MS));
  const stale = (): boolean => mine !== generation || ctx.isInvalid;
  if (stale()) return;
  const url = location.href;
  const allowed = await sendToBackground('page/may-run', { url });
  if (stale() || !allowed?.ok) return;
  if (!isProbablyArticle(document)) {
    await sendToBackground('page/not-article', { url });
    return;
  }
  await sendToBackground('page/reading', { url, title: document.title || null });
  // Yield to the page before the heavier extraction (Readability on a clone of the document).
  await new Promise((resolve) => ctx.requestIdleCallback(() => resolve(undefined), { timeout: IDLE_TIMEOUT_MS }));
  if (stale()) return;
  const article = extractArticle(document, url);
  if (stale()) return;
  if (!article) {
    await sendToBackground('page/not-article', { url });
    return;
  }
  await sendToBackground('page/article', { url, article });
}
