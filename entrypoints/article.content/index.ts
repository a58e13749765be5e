import { defineContentScript } from '#imports';
import { listenInContent } from '../../utils/messaging';
import { createPageSession } from './page-session';
import './style.css';

/**
 * Runs on every web page at document idle. Construction is inert: all work starts in main() and every
 * listener is registered through `ctx`, so it is removed when the extension reloads or updates.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // style.css only styles ::highlight(backstory-*): injected by the browser, it adds no element to the page.
  cssInjectionMode: 'manifest',
  main(ctx) {
    const page = createPageSession(ctx);
    void page.read();
    // Sites that change articles without a page load (history.pushState): read the new page.
    ctx.addEventListener(window, 'wxt:locationchange', () => void page.read());
    const stopListening = listenInContent({
      'page/stop': async () => page.stop(),
      'page/reread': async () => page.read(),
      'page/restyle': async ({ highlightStyle }) => page.restyle(highlightStyle),
      'page/reveal': async ({ entityId }) => page.reveal(entityId),
    });
    ctx.onInvalidated(stopListening);
  },
});
