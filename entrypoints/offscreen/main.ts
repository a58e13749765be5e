import { browser, type Browser } from 'wxt/browser';
import { articleFromSource } from '../../lib/article/extract-article';
import type { ResponseOf, BackgroundToOffscreen } from '../../lib/messaging/protocol';
import { isArticleSource } from '../../lib/messaging/validate';
import { isRecord } from '../../lib/util/guards';

type Answer = ResponseOf<BackgroundToOffscreen, 'offscreen/read-article'>;

/**
 * The offscreen document: a DOM for the Chrome service worker, which has none. It answers one command,
 * `offscreen/read-article`, from our own background only, and ignores every other message (it hears all the
 * extension's runtime messages: the side panel's and the options page's too).
 */
browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender): Promise<Answer> | undefined => {
  if (!isRecord(message) || message['type'] !== 'offscreen/read-article') return undefined;
  // Our own extension, not a content script (those always have a tab).
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const payload = message['payload'];
  const source = isRecord(payload) ? payload['source'] : undefined;
  if (!isArticleSource(source)) return undefined;
  const start = performance.now();
  const article = articleFromSource(source, (html) => new DOMParser().parseFromString(html, 'text/html'));
  performance.measure('backstory:readability', { start, end: performance.now() });
  return Promise.resolve(article ? { ok: true, value: article } : { ok: false, error: 'not-article' });
});
