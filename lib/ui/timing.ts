/**
 * Hover-card timing, from Wikipedia's Page Previews, which settled these through A/B tests
 * (mediawiki-extensions-Popups src/constants.js; https://phabricator.wikimedia.org/T141312,
 * https://phabricator.wikimedia.org/T149178):
 */

/** Start fetching after the pointer rests this long on a name: shorter fetches for every passing pointer. */
export const FETCH_START_DELAY_MS = 150;
/** Show the card this long after the pointer arrived: soon enough to feel instant, late enough not to flicker. */
export const SHOW_DELAY_MS = 500;
/** Close this long after the pointer leaves the name, unless it moved onto the card (a path of ~1 cm at normal speed). */
export const HIDE_DELAY_MS = 300;
/** A resting pointer is re-tested at most once per frame; this caps the work per pointermove burst. */
export const POINTER_FRAME_BUDGET = 1;
/** Re-mark after the page's content changed, once it has been quiet this long (infinite scroll, late embeds). */
export const REMARK_DEBOUNCE_MS = 400;
