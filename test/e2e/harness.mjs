// Shared pieces of the end-to-end tests: the fixture server, the corpus expectations, and polling.
import assert from 'node:assert/strict';
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

/**
 * Chromium's command line for the e2e suites: the unpacked extension at `extension`, no sandbox (containers),
 * and nothing that reaches the network on its own.
 */
export function chromiumArgs(extension, extraArgs = []) {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...extraArgs,
  ];
}

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

/**
 * Waits until the knowledge fixture server has had no request for `windowMs`, so that requests counted next are
 * the next action's. After a lookup its GDELT requests are still queued 5.5 s apart: only a longer window sees their end.
 */
export function knowledgeQuiet(knowledgeServer, windowMs = 2000) {
  let seen = -1;
  return poll(async () => {
    const count = knowledgeServer.requests.length;
    const stable = count === seen;
    seen = count;
    if (!stable) await new Promise((done) => setTimeout(done, windowMs));
    return stable;
  }, 'the knowledge server to go quiet', 60_000);
}

/** How long the article's scroll position must stay put before a hover (smooth scrolling takes a few hundred ms). */
const SCROLL_SETTLE_MS = 250;

/**
 * Waits until the page has stopped scrolling. Selecting a name in the panel scrolls the article smoothly to it: a
 * hover computed mid-scroll lands beside the word (a CI run's card never opened). Works with Playwright and Puppeteer
 * pages alike (both have `evaluate`).
 */
export async function scrollSettled(page) {
  let lastY = null;
  await poll(async () => {
    const y = await page.evaluate(() => window.scrollY);
    const still = y === lastY;
    lastY = y;
    if (!still) await new Promise((done) => setTimeout(done, SCROLL_SETTLE_MS));
    return still;
  }, 'the article to stop scrolling');
}

/**
 * Google News searches the knowledge server received since request number `since`: the entity's own search
 * (exactly `"<name>" when:30d`) is among them, and none holds a sentence of the seed article (names only).
 */
export function assertGoogleNewsSearches(knowledgeServer, since, name) {
  const queries = knowledgeServer.requests
    .slice(since)
    .map((request) => new URL(request.url, knowledgeServer.origin))
    .filter((url) => url.pathname === '/rss/search')
    .map((url) => url.searchParams.get('q') ?? '');
  assert.ok(queries.includes(`"${name}" when:30d`), `the entity's search: ${queries.join(' | ')}`);
  const sentences = readFileSync(join(ROOT, 'test', 'fixtures', 'seed', 'article.txt'), 'utf8').split(/(?<=[.!?”])\s+/).filter((text) => text.length > 40);
  for (const q of queries) {
    assert.ok(q.endsWith(' when:30d') && q.length < 200, `a short query of names: ${q}`);
    for (const sentence of sentences) assert.ok(!q.includes(sentence.slice(0, 40)), `no article text in ${q}`);
  }
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

/**
 * Runs in the panel page: where its parts sit, for the right-to-left checks. Rows of the entity list (name,
 * picture, mention count) and, when entity details are open, the timeline's rail and entries.
 */
export function panelLayout() {
  const box = (element) => {
    const rect = element?.getBoundingClientRect();
    return rect ? { left: rect.left, right: rect.right, width: rect.width } : null;
  };
  const rows = [...document.querySelectorAll('.bs-entity')].map((row) => ({
    entity: row.dataset.entity,
    name: box(row.querySelector('.bs-entity__name')),
    thumb: box(row.querySelector('.bs-entity__thumb')),
    mentions: box(row.querySelector('.bs-entity__mentions')),
  }));
  const list = document.querySelector('.bs-timeline__list');
  const timeline = list && {
    railRight: parseFloat(getComputedStyle(list).borderRightWidth),
    railLeft: parseFloat(getComputedStyle(list).borderLeftWidth),
    listRight: list.getBoundingClientRect().right,
    itemsRight: Math.max(...[...list.querySelectorAll('.bs-timeline__item')].map((item) => item.getBoundingClientRect().right)),
    // How far each entry's date sits from the entry's right edge.
    dateGaps: [...list.querySelectorAll('.bs-timeline__item')].map((item) => item.getBoundingClientRect().right - (item.querySelector('time')?.getBoundingClientRect().right ?? item.getBoundingClientRect().right)),
  };
  return {
    dir: document.documentElement.dir,
    direction: getComputedStyle(document.body).direction,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    rows,
    timeline,
  };
}

/** Asserts that a `panelLayout()` reading is right to left: pictures right of names, counts left, rail right. */
export function assertPanelRtl(layout) {
  const show = JSON.stringify(layout);
  assert.equal(layout.dir, 'rtl', 'the page takes the UI’s direction');
  assert.equal(layout.direction, 'rtl');
  assert.ok(layout.overflow <= 0, `no horizontal overflow: ${show}`);
  assert.ok(layout.rows.length > 0 && layout.rows.some((row) => row.thumb), `rows, some with a picture: ${show}`);
  for (const row of layout.rows) {
    assert.ok(row.mentions.right <= row.name.left, `${row.entity}: the mention count left of the name ${JSON.stringify(row)}`);
    if (row.thumb) assert.ok(row.thumb.width > 0 && row.thumb.left >= row.name.right, `${row.entity}: the picture right of the name ${JSON.stringify(row)}`);
  }
  if (layout.timeline) {
    const { timeline } = layout;
    assert.ok(timeline.railRight > 0 && timeline.railLeft === 0, `the timeline rail on the right: ${show}`);
    assert.ok(timeline.itemsRight <= timeline.listRight - timeline.railRight - 10, `the entries keep clear of the rail: ${show}`);
    assert.ok(timeline.dateGaps.every((gap) => gap < 12), `each entry’s date on its right: ${show}`);
  }
}

/** Runs in the page: the open card's direction and where its parts sit, with the selected name's box. */
export function cardLayout() {
  const card = document.querySelector('backstory-card').shadowRoot.querySelector('.bs-card');
  const rect = (element) => element.getBoundingClientRect();
  const selection = window.getSelection();
  const mark = selection.rangeCount > 0 ? rect(selection.getRangeAt(0)) : null;
  return {
    pageDirection: getComputedStyle(document.body).direction,
    direction: getComputedStyle(card).direction,
    nameLeft: rect(card.querySelector('.bs-card__name')).left,
    nameRight: rect(card.querySelector('.bs-card__name')).right,
    closeLeft: rect(card.querySelector('.bs-card__close')).left,
    closeRight: rect(card.querySelector('.bs-card__close')).right,
    cardLeft: rect(card).left,
    cardWidth: rect(card).width,
    markLeft: mark?.left ?? null,
    markRight: mark?.right ?? null,
    innerWidth: window.innerWidth,
    overflow: card.scrollWidth - card.clientWidth,
  };
}

/**
 * Asserts that a `cardLayout()` reading (card opened from the keyboard, so the name is selected) is laid out
 * in `dir`: close button at the end edge, the card's start edge lined up with the name's (kept 8 px inside
 * the window), nothing overflowing sideways.
 */
export function assertCardDirection(layout, dir) {
  const show = JSON.stringify(layout);
  assert.equal(layout.direction, dir, `the card is ${dir} whatever the page’s direction: ${show}`);
  if (dir === 'rtl') assert.ok(layout.closeRight < layout.nameRight, `the close button left of the name: ${show}`);
  else assert.ok(layout.closeLeft > layout.nameLeft, `the close button right of the name: ${show}`);
  const start = dir === 'rtl' ? layout.markRight - layout.cardWidth : layout.markLeft;
  const expectedLeft = Math.min(Math.max(start, 8), layout.innerWidth - layout.cardWidth - 8);
  assert.ok(Math.abs(layout.cardLeft - expectedLeft) <= 1, `the card lines up with the name’s ${dir === 'rtl' ? 'right' : 'left'} edge: ${show}`);
  assert.ok(layout.overflow <= 0, `nothing in the card overflows sideways: ${show}`);
}

/**
 * Runs in the page: keeps the first range of the `backstory-flash` highlight in `window.__flashed` as soon as
 * it appears (checked every frame), since the flash itself lasts under two seconds. Ranges are live.
 */
export function watchFlash() {
  window.__flashed = null;
  const tick = () => {
    const highlight = CSS.highlights.get('backstory-flash');
    if (highlight) for (const range of highlight) window.__flashed ??= range;
    if (!window.__flashed) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
