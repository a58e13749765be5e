// Shared pieces of the end-to-end tests: the fixture server, the corpus expectations, and polling.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../../scripts/fixture-server.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const PAGES = join(ROOT, 'test', 'fixtures', 'pages');
export const SEED = 'seed-timesofisrael-1';
/** A non-article page of the corpus, with long text but no article signals. */
export const NON_ARTICLE = process.env.NON_ARTICLE ?? 'home-page-harbor-ledger';
/** Longest wait for a state the extension reaches in well under a second on an idle machine. */
export const WAIT_MS = 20_000;

export { startFixtureServer };

export function expected(slug) {
  return JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8'));
}


/** Calls `probe` until it returns a truthy value; throws with `what` after `timeout` ms. */
export async function poll(probe, what, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

/** Reads the side panel page's state and entity names (runs inside the panel page). */
export function readPanel() {
  const state = document.querySelector('[data-state]')?.getAttribute('data-state') ?? null;
  const names = (kind) =>
    [...document.querySelectorAll(`.bs-entities--${kind} [data-entity]`)].map((element) => element.getAttribute('data-entity'));
  return { state, people: names('people'), organizations: names('organizations'), text: document.body.innerText };
}

/**
 * Runs in the page before its own scripts: records every DOM mutation from the time the document's root
 * exists, so a test can assert that Backstory changed nothing (fixture pages run no scripts of their own).
 */
export function recordMutations() {
  window.__mutations = [];
  const start = () =>
    new MutationObserver((records) => {
      for (const record of records) window.__mutations.push(`${record.type} on <${record.target.nodeName}>`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // The observer starts once parsing is done: the parser's own insertions are not Backstory's.
  document.addEventListener('DOMContentLoaded', start, { once: true });
}

/**
 * Runs in the page: the text of every range in Backstory's highlights, by highlight name. Written with plain
 * loops: hostile pages replace Array.prototype methods in the page's world, where this runs.
 */
export function readHighlights() {
  const out = {};
  for (const name of ['backstory-person', 'backstory-organization']) {
    const texts = [];
    const highlight = CSS.highlights.get(name);
    if (highlight) for (const range of highlight) texts.push(range.toString());
    out[name] = texts;
  }
  return out;
}

/**
 * Runs in the page: the centre of `word` where it first occurs inside `text` in the article, in viewport
 * coordinates (after scrolling it into view).
 */
export function pointOfText([text, word]) {
  const root = document.querySelector('article') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(text);
    if (at < 0 || node.parentElement.closest('h1, header')) continue;
    const range = document.createRange();
    const start = at + text.indexOf(word);
    range.setStart(node, start);
    range.setEnd(node, start + word.length);
    node.parentElement.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, scrollY: window.scrollY };
  }
  return null;
}

/** Where the e2e run saves screenshots for review by eye (ignored by git, so made here on a fresh checkout). */
export const ARTIFACTS = join(ROOT, 'test', 'e2e', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

/** axe-core's source, evaluated into pages (DevTools evaluation is not subject to the page's CSP). */
export const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * Runs in the page (after AXE_SOURCE): axe-core with WCAG 2 A/AA rules on `context` (the document, or a
 * shadow-DOM path), returning the violations as `rule: target` strings.
 */
export async function runAxe(context) {
  const result = await window.axe.run(context ?? document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * Waits until the panel page shows `state` (Playwright and Puppeteer pages both have `evaluate`); returns what
 * it shows. On timeout the error carries the last view, which says what the panel showed instead.
 */
export function waitForPanelState(panel, state, timeout) {
  return poll(
    async () => {
      const view = await panel.evaluate(readPanel);
      if (view.state !== state) throw new Error(JSON.stringify(view));
      return view;
    },
    `the ${state} state`,
    timeout,
  );
}
