import { browser } from 'wxt/browser';
import { articleFromSource } from '../../lib/article/extract-article';
import type { ArticleSource, ExtractedArticle } from '../../lib/article/types';
import type { BackgroundToOffscreen, RequestOf, ResponseOf } from '../../lib/messaging/protocol';

/** The offscreen document (entrypoints/offscreen), Chrome only. */
const OFFSCREEN_PATH = '/offscreen.html';
/** How long to wait before asking the offscreen document again when it did not answer (still loading). */
const OFFSCREEN_RETRY_MS = 100;
/** The offscreen document being created, so that two articles at once do not create it twice (one is allowed). */
let creating: Promise<void> | null = null;

/**
 * Readability on an article the content script serialized (lib/article/extract-article.ts `articleSource`),
 * away from the page's main thread: in Firefox's background page, which has a DOM parser, directly; in Chrome,
 * whose service worker has none, in an offscreen document (https://developer.chrome.com/docs/extensions/reference/api/offscreen,
 * reason DOM_PARSER). Either way the page's HTML is parsed into an inert document: no script runs, nothing loads.
 */
export async function readArticle(source: ArticleSource): Promise<ExtractedArticle | null> {
  // A build-time constant, not a `typeof DOMParser` test: Chrome's bundle then drops this branch and with it
  // Readability (≈ 35 KB), which only its offscreen document needs.
  if (import.meta.env.FIREFOX) return articleFromSource(source, (html) => new DOMParser().parseFromString(html, 'text/html'));
  await ensureOffscreenDocument();
  const ask = () => sendToOffscreen('offscreen/read-article', { source }).catch(() => undefined);
  let answer = await ask();
  if (!answer) {
    // No answer ("Receiving end does not exist", or only the side panel heard it): a document Chrome lists may
    // still be loading its script. Once more, a little later.
    await new Promise((resolve) => setTimeout(resolve, OFFSCREEN_RETRY_MS));
    answer = await ask();
  }
  if (!answer) throw new Error('the offscreen document did not answer');
  if (!answer.ok) return null;
  return answer.value;
}

/**
 * Gets the reader ready before the article arrives: the page announces `page/reading` as soon as its gate passes,
 * and creating the offscreen document (tens of ms) then overlaps with the page's idle wait and serialization
 * instead of adding to the time before the names are marked. A no-op where the background parses in place.
 */
export function prepareReader(): void {
  if (!import.meta.env.FIREFOX) void ensureOffscreenDocument().catch(() => undefined);
}

async function ensureOffscreenDocument(): Promise<void> {
  // A document being created is listed by getContexts before its script listens: wait for the creation itself
  // (the page's `page/reading` starts it, and its article often arrives before it is done).
  if (creating) return creating;
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Read news articles with Readability away from the page.' })
    .finally(() => {
      creating = null;
    });
  await creating;
}

async function sendToOffscreen<K extends keyof BackgroundToOffscreen>(
  type: K,
  payload: RequestOf<BackgroundToOffscreen, K>,
): Promise<ResponseOf<BackgroundToOffscreen, K> | undefined> {
  return (await browser.runtime.sendMessage({ type, payload })) as ResponseOf<BackgroundToOffscreen, K> | undefined;
}
