// The hostile-page corpus (test/fixtures/hostile), run the same way in both browsers: Backstory must neither
// break these pages nor fail silently on them. Each browser's suite supplies an adapter with its driver.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { poll, readHighlights } from './harness.mjs';

/**
 * Runs in the page: every marked range's text, and how many lie inside a form field or editable area, or in
 * the appended story. Plain loops: hostile pages replace Array.prototype methods in the page's world.
 */
function inspectMarks() {
  const result = { texts: [], inEditable: 0, inAppended: 0 };
  for (const name of ['backstory-person', 'backstory-organization']) {
    const highlight = CSS.highlights.get(name);
    if (!highlight) continue;
    for (const range of highlight) {
      const parent = range.startContainer.parentElement;
      result.texts.push(range.toString());
      if (parent?.closest('textarea, input, [contenteditable]')) result.inEditable += 1;
      if (parent?.closest('section')) result.inAppended += 1;
    }
  }
  return result;
}

export const HOSTILE_CASES = [
  { slug: 'csp-strict', state: 'ready', marked: ['Ibrahim Kalin', 'Hamas'], card: true, why: 'strict CSP: the marks and a styled card still work' },
  { slug: 'builtins-overwritten', state: 'ready', marked: ['Ibrahim Kalin'], why: 'Array.prototype.map, appendChild, JSON.parse, Promise replaced by the page' },
  { slug: 'huge-article', state: 'ready', marked: ['Ibrahim Kalin'], paintedNearViewport: true, why: '20,000 words in ~100,000 nodes; only the marks near the viewport are painted, and they follow scrolling', slow: true },
  { slug: 'infinite-scroll', state: 'ready', marked: ['Ibrahim Kalin'], appended: true, why: 'a story appended after load is marked too' },
  { slug: 'forms-and-editable', state: 'ready', marked: ['Ibrahim Kalin'], noEditable: true, why: 'form fields and contenteditable never marked' },
  { slug: 'shadow-root-text', state: 'ready', marked: ['Ibrahim Kalin'], why: 'text in an open shadow root: the page keeps working (that text is not marked yet)' },
  { slug: 'iframe-article', state: 'not-article', marked: [], why: 'an article inside an iframe: the top page is not one' },
  { slug: 'rtl-arabic', state: 'unsupported-language', marked: [], why: 'right-to-left Arabic: "not supported yet", no wrong marks' },
  { slug: 'non-english-french', state: 'unsupported-language', marked: [], why: 'French: "not supported yet", no wrong marks' },
];

/**
 * adapter: { open(slug) → { page, panel }, evaluate(page, fn, arg), panelState(panel, state, timeout),
 *            pressNextName(page), pageErrors(page) → string[], close(...pages), front(page) }
 */
export function defineHostileTests(adapter) {
  for (const testCase of HOSTILE_CASES) {
    it(`hostile page ${testCase.slug}: ${testCase.why}`, async () => {
      const { page, panel } = await adapter.open(testCase.slug);
      try {
        await adapter.panelState(panel, testCase.state, testCase.slow ? 60_000 : undefined);
        // Marks painted near the viewport follow an IntersectionObserver, which a background tab does not run
        // (no rendering): the reader is looking at the article, not at the panel's tab.
        if (testCase.paintedNearViewport) await adapter.front(page);
        if (testCase.marked.length > 0) {
          const marks = await poll(async () => {
            const found = await adapter.evaluate(page, readHighlights);
            const all = found['backstory-person'].concat(found['backstory-organization']);
            return testCase.marked.every((name) => all.includes(name)) && all;
          }, `marks on ${testCase.slug}`);
          assert.ok(marks.length > 0);
        } else {
          const marks = await adapter.evaluate(page, inspectMarks);
          assert.deepEqual(marks.texts, [], 'nothing marked');
        }
        if (testCase.card) {
          await adapter.pressNextName(page);
          const width = await poll(
            () => adapter.evaluate(page, () => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-card')?.getBoundingClientRect().width),
            'the card',
          );
          assert.equal(Math.round(width), 320, 'the card is styled (its CSS was not blocked by the page CSP)');
        }
        if (testCase.noEditable) assert.equal((await adapter.evaluate(page, inspectMarks)).inEditable, 0, 'no mark in a form field or editable area');
        if (testCase.paintedNearViewport) {
          // Hundreds of marks on this page: only those within a screen of the viewport are painted (page-marks.ts).
          const atTop = await adapter.evaluate(page, paintedRanges);
          assert.ok(atTop.count > 0 && atTop.far === 0, `painted marks stay near the viewport: ${JSON.stringify(atTop)}`);
          await adapter.evaluate(page, () => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
          const below = await poll(async () => {
            const now = await adapter.evaluate(page, paintedRanges);
            return now.inView > 0 && now;
          }, 'marks painted where the reader scrolled to');
          assert.equal(below.far, 0, `after scrolling, painted marks are still only near the viewport: ${JSON.stringify(below)}`);
        }
        if (testCase.appended) await poll(async () => (await adapter.evaluate(page, inspectMarks)).inAppended > 0, 'marks in the appended story');
        // The page's own favicon request breaking its own CSP is not Backstory's doing.
        const errors = adapter.pageErrors(page).filter((message) => !/favicon\.ico/.test(message));
        assert.deepEqual(errors, [], 'the page threw no error');
      } finally {
        await adapter.close(page, panel);
      }
    });
  }
}

/**
 * Runs in the page: Backstory's painted (registered) person and organization ranges, how many are in the viewport,
 * and how many lie far from it (more than two viewport heights away: beyond the painted margin of one, with room
 * for the element that holds them).
 */
function paintedRanges() {
  const height = window.innerHeight;
  let count = 0;
  let inView = 0;
  let far = 0;
  for (const name of ['backstory-person', 'backstory-organization']) {
    for (const range of CSS.highlights.get(name) ?? []) {
      const rect = range.getBoundingClientRect();
      count += 1;
      if (rect.bottom > 0 && rect.top < height) inView += 1;
      if (rect.bottom < -2 * height || rect.top > 3 * height) far += 1;
    }
  }
  return { count, inView, far };
}
