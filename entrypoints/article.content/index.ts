import { defineContentScript } from '#imports';
import { readPage } from './read-page';

/**
 * Runs on every web page at document idle. Construction is inert: all work starts in main() and every
 * listener is registered through `ctx`, so it is removed when the extension reloads or updates.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void readPage(ctx);
    // Sites that change articles without a page load (history.pushState): read the new page.
    ctx.addEventListener(window, 'wxt:locationchange', () => void readPage(ctx));
  },
});
