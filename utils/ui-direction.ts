import { browser } from 'wxt/browser';

/**
 * The writing direction of the browser's UI language: 'rtl' for Arabic, Hebrew, Persian…, from the predefined
 * message `@@bidi_dir`. Backstory's pages and its card follow it, never the direction of the page being read
 * (an English card on a page marked `dir="rtl"` stays left to right). 'ltr' where the API is missing.
 */
export function uiDirection(): 'ltr' | 'rtl' {
  try {
    return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
