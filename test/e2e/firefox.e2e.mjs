// End-to-end in Debian's Firefox ESR through puppeteer-core over WebDriver BiDi, against .output/firefox-mv2.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { defineHostileTests } from './hostile-cases.mjs';
import { startKnowledgeServer } from '../knowledge-server/server.mjs';
import { ARTIFACTS, AXE_SOURCE, NON_ARTICLE, ROOT, assertCardDirection, assertGoogleNewsSearches, assertPanelRtl, cardLayout, panelLayout, runAxe, SEED, expected, pointOfText, knowledgeQuiet, poll, readHighlights, recordMutations, startFixtureServer, waitForPanelState, watchFlash } from './harness.mjs';

const EXTENSION = join(ROOT, '.output', process.env.FIREFOX_BUILD ?? 'firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Must equal GECKO_ID in wxt.config.ts: the pref below pins that add-on's moz-extension:// host. */
const GECKO_ID = 'backstory@backstory.example';
const UUID = '8b0c7f4e-5d2a-4f51-9e0b-4c1d2a3b4c5d';
const ORIGIN = `moz-extension://${UUID}`;

/**
 * Launches Firefox ESR with the extension installed (plus `extraPrefs` in the profile), and points the
 * knowledge sources (Wikipedia, Wikidata, GDELT) at a local server answering in their real shapes.
 */
async function launchFirefox(extraPrefs = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it, navigating to moz-extension:// pages is refused (../shared/notes/browser-testing.md).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }), ...extraPrefs },
  });
  await browser.installExtension(EXTENSION);
  const knowledgeServer = await startKnowledgeServer();
  const options = await openExtensionPageIn(browser, 'options.html');
  await options.evaluate((origin) => browser.storage.local.set({ knowledgeOrigin: origin }), knowledgeServer.origin);
  await options.close();
  return { browser, knowledgeServer };
}

/**
 * Opens an extension page. page.goto() on moz-extension:// never resolves here, so start it without
 * waiting and poll until the document is there.
 */
async function openExtensionPageIn(browser, path) {
  const page = await browser.newPage();
  void page.goto(`${ORIGIN}/${path}`).catch(() => undefined);
  await poll(async () => (await page.evaluate(() => location.href)).startsWith(ORIGIN) && (await page.evaluate(() => document.readyState)) === 'complete', `${path} to load`);
  return page;
}

/** Opens fixture page `slug` in a tab, then the sidebar page as a tab describing it; returns both. */
async function openPageWithPanel(browser, server, slug, kind = 'pages', errors = []) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.evaluateOnNewDocument(recordMutations);
  const url = server.url(slug, kind);
  await page.goto(url);
  const panel = await openExtensionPageIn(browser, `sidepanel.html?tabUrl=${encodeURIComponent(url)}`);
  return { page, panel };
}

async function pressNextName(page) {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyN');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

/** Opens the first name's card with the keyboard and waits until it shows its knowledge. */
async function openCardByKeyboard(page) {
  await poll(async () => (await page.evaluate(readHighlights))['backstory-person'].length > 0, 'the highlights');
  await pressNextName(page);
  await poll(async () => (await page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-card')?.dataset.cardState)) === 'ready', 'the card to be ready');
}

/** Runs in a page: the document's background colour is dark (relative luminance well under one half). */
function backgroundIsDark(element) {
  const target = element ?? document.body;
  const [r, g, b] = getComputedStyle(target).backgroundColor.match(/\d+/g).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.3;
}

describe('Firefox', () => {
  let browser, server, knowledgeServer;

  before(async () => {
    server = await startFixtureServer();
    ({ browser, knowledgeServer } = await launchFirefox());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await knowledgeServer?.close();
  });

  const openExtensionPage = (path) => openExtensionPageIn(browser, path);

  const pageErrors = new WeakMap();

  async function openWithPanel(slug, kind = 'pages') {
    const errors = [];
    const opened = await openPageWithPanel(browser, server, slug, kind, errors);
    pageErrors.set(opened.page, errors);
    return opened;
  }

  const panelState = waitForPanelState;


  defineHostileTests({
    open: (slug) => openWithPanel(slug, 'hostile'),
    evaluate: (page, fn, arg) => page.evaluate(fn, arg),
    panelState,
    pressNextName,
    pageErrors: (page) => pageErrors.get(page) ?? [],
    close: (...pages) => Promise.all(pages.map((page) => page.close())),
    front: (page) => page.bringToFront(),
  });

  it('lists the seed article’s people and organizations in the sidebar page', async () => {
    const { page, panel } = await openWithPanel(SEED);
    try {
      const shown = await panelState(panel, 'ready');
      await panel.screenshot({ path: join(ARTIFACTS, 'firefox-panel-light.png') });
      const want = expected(SEED);
      for (const name of want.people) assert.ok(shown.people.includes(name), `${name} among people ${shown.people}`);
      for (const name of want.organizations) assert.ok(shown.organizations.includes(name), `${name} among organizations ${shown.organizations}`);
      for (const name of want.mustNotInclude) assert.ok(![...shown.people, ...shown.organizations].includes(name), `${name} not listed`);
    } finally {
      await page.close();
      await panel.close();
    }
  });

  it('marks the names without touching the page, and shows a card on hover', async () => {
    const { page, panel } = await openWithPanel(SEED);
    try {
      await panelState(panel, 'ready');
      const marks = await poll(async () => {
        const found = await page.evaluate(readHighlights);
        return found['backstory-person'].length > 0 && found;
      }, 'the highlights');
      assert.ok(marks['backstory-person'].includes('Ibrahim Kalin'));
      assert.deepEqual(await page.evaluate(() => window.__mutations), [], 'marking changed no DOM');
      const point = await page.evaluate(pointOfText, ['Kalin held talks', 'Kalin']);
      await page.mouse.move(Math.max(1, point.x - 100), Math.max(1, point.y - 100));
      await page.mouse.move(point.x, point.y, { steps: 4 });
      const state = await poll(
        () => page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-card')?.getAttribute('data-card-state')),
        'the card',
      );
      await poll(async () => (await page.evaluate(() => document.querySelector('backstory-card').shadowRoot.querySelector('.bs-card').dataset.cardState)) === 'ready', 'the card to be ready');
      assert.ok(state);
      const text = await page.evaluate(() => document.querySelector('backstory-card').shadowRoot.querySelector('.bs-card').innerText);
      assert.match(text, /Ibrahim Kalin[\s\S]*Mentioned 4 times/);
      assert.match(text, /Turkish civil servant/, 'the description from the Wikipedia fixture');
      assert.match(text, /You read \d+ other articles? about Ibrahim Kalin/, 'the reading history');
      assert.equal(await page.evaluate(() => window.scrollY), point.scrollY, 'opening the card did not scroll');
      await page.screenshot({ path: join(ARTIFACTS, 'firefox-card-light.png') });
      await page.mouse.move(5, 5);
      await poll(async () => (await page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-card') ?? null)) === null, 'the card to close');
    } finally {
      await page.close();
      await panel.close();
    }
  });

  it('moves from name to name with the keyboard, and Escape closes the card', async () => {
    const { page, panel } = await openWithPanel(SEED);
    try {
      await panelState(panel, 'ready');
      await poll(async () => (await page.evaluate(readHighlights))['backstory-person'].length > 0, 'the highlights');
      await pressNextName(page);
      await poll(() => page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-card') !== null && document.querySelector('backstory-card') !== null), 'the card');
      assert.ok((await page.evaluate(() => window.getSelection().toString())).length > 0, 'the name is selected');
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'BACKSTORY-CARD', 'focus moved into the card');
      await page.keyboard.press('Escape');
      await poll(async () => (await page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-card') ?? null)) === null, 'the card to close');
    } finally {
      await page.close();
      await panel.close();
    }
  });

  it('shows the selected entity’s summary, timeline and coverage in the sidebar page', async () => {
    const { page, panel } = await openWithPanel(SEED);
    try {
      await panelState(panel, 'ready');
      const box = await panel.evaluate(() => {
        const rect = document.querySelector('[data-entity="Ibrahim Kalin"] .bs-entity__name').getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      });
      await panel.mouse.click(box.x, box.y);
      await poll(() => panel.evaluate(() => document.querySelector('[data-details-state="ready"] .bs-timeline__item--article') !== null), 'the details', 30_000);
      const text = await panel.evaluate(() => document.querySelector('.bs-details').innerText);
      assert.match(text, /Turkish civil servant/);
      assert.match(text, /As of this article/);
      await page.bringToFront();
    } finally {
      await page.close();
      await panel.close();
    }
  });

  it('clicking a name in the sidebar page scrolls the article to its first mention and flashes it', async () => {
    const { page, panel } = await openWithPanel(SEED);
    try {
      await panelState(panel, 'ready');
      await poll(async () => (await page.evaluate(readHighlights))['backstory-person'].length > 0, 'the highlights');
      const bottom = await page.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return window.scrollY;
      });
      assert.ok(bottom > 0, 'the article is taller than the window');
      // In a real sidebar the article stays visible beside it, but here the two are tabs of one window, and a
      // hidden tab never runs its smooth scroll: keep the article's tab in front and click the name in the
      // background panel page with the DOM's click() (the pointer only reaches the front tab).
      await page.bringToFront();
      await page.evaluate(watchFlash);
      await panel.evaluate(() => document.querySelector('[data-entity="Ibrahim Kalin"] .bs-entity__name').click());
      const flashed = await poll(() => page.evaluate(() => window.__flashed?.toString()), 'the flash in the article');
      assert.match(flashed, /Kalin/, 'the flashed text is a mention of the clicked name');
      assert.ok(
        await page.evaluate(() => {
          // The first marked mention of the entity: the earliest person range that names Kalin.
          let earliest = null;
          for (const range of CSS.highlights.get('backstory-person')) {
            if (!/Kalin/.test(range.toString())) continue;
            if (!earliest || range.compareBoundaryPoints(Range.START_TO_START, earliest) < 0) earliest = range;
          }
          return earliest && earliest.compareBoundaryPoints(Range.START_TO_START, window.__flashed) === 0;
        }),
        'the flash is on the first mention',
      );
      await poll(
        () =>
          page.evaluate(() => {
            const rect = window.__flashed.getBoundingClientRect();
            if (rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight) return true;
            throw new Error(JSON.stringify({ top: rect.top, height: rect.height, innerHeight: window.innerHeight, scrollY: window.scrollY }));
          }),
        'the first mention in view',
      );
      assert.ok((await page.evaluate(() => window.scrollY)) < bottom, 'the article scrolled up to the mention');
    } finally {
      await page.close();
      await panel.close();
    }
  });

  /** Hovers `word` inside `text` in the article and returns the card's text once it opens; closes it again. */
  async function hoverCardText(page, text, word) {
    const point = await page.evaluate(pointOfText, [text, word]);
    await page.mouse.move(1, 1);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    // Read it once ready: while loading, the card names the mark's own text ("Kalin"), not the entity.
    const shown = await poll(
      () =>
        page.evaluate(() => {
          const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-card');
          return card?.dataset.cardState === 'ready' && card.innerText;
        }),
      'the card to be ready',
    );
    await page.mouse.move(1, 1);
    await poll(async () => (await page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-card') ?? null)) === null, 'the card to close');
    return shown;
  }

  it('keeps the marks right when the page reflows (narrower window, content inserted above)', async () => {
    const { page, panel } = await openWithPanel(SEED);
    try {
      await panelState(panel, 'ready');
      await poll(async () => (await page.evaluate(readHighlights))['backstory-person'].length > 0, 'the highlights');
      const before = await page.evaluate(pointOfText, ['Kalin held talks', 'Kalin']);
      await page.setViewport({ width: 480, height: 800 });
      const narrow = await page.evaluate(pointOfText, ['Kalin held talks', 'Kalin']);
      assert.notDeepEqual([narrow.x, narrow.scrollY], [before.x, before.scrollY], 'the text moved');
      assert.match(await hoverCardText(page, 'Kalin held talks', 'Kalin'), /Ibrahim Kalin/, 'the name under the pointer after the resize');
      // Content arriving above the article (an ad, a consent bar) pushes every line down.
      await page.evaluate(() => {
        const block = Object.assign(document.createElement('div'), { textContent: 'Advertisement' });
        block.style.height = '900px';
        document.body.prepend(block);
      });
      const shifted = await page.evaluate(pointOfText, ['Kalin held talks', 'Kalin']);
      assert.notEqual(shifted.scrollY, narrow.scrollY, 'the text moved down');
      assert.match(await hoverCardText(page, 'Kalin held talks', 'Kalin'), /Ibrahim Kalin/, 'the name under the pointer after the insertion');
      // The marks themselves still cover the names (live ranges, not stale boxes).
      const marks = await page.evaluate(readHighlights);
      assert.ok(marks['backstory-person'].includes('Ibrahim Kalin'));
      assert.deepEqual(
        await page.evaluate(() => {
          const wrong = [];
          for (const range of CSS.highlights.get('backstory-person')) if (!/^[A-Z]/.test(range.toString())) wrong.push(range.toString());
          return wrong;
        }),
        [],
        'every person mark still starts on a capitalised name',
      );
    } finally {
      await page.close();
      await panel.close();
    }
  });

  it('the card keeps the UI’s left-to-right direction on a page marked dir="rtl"', async () => {
    const { page, panel } = await openWithPanel(SEED);
    try {
      await panelState(panel, 'ready');
      await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
      await openCardByKeyboard(page);
      const layout = await page.evaluate(cardLayout);
      assert.equal(layout.pageDirection, 'rtl');
      assertCardDirection(layout, 'ltr');
    } finally {
      await page.close();
      await panel.close();
    }
  });

  it('has no accessibility violations in the sidebar page, the options page and an open card', async () => {
    const { page, panel } = await openWithPanel(SEED);
    const options = await openExtensionPage('options.html');
    try {
      await panelState(panel, 'ready');
      await pressNextName(page);
      await poll(() => page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-card[data-card-state="ready"]') !== null && document.querySelector('backstory-card') !== null), 'the card');
      for (const [name, target, scope] of [['sidebar', panel, null], ['options', options, null], ['card', page, { fromShadowDom: ['backstory-card', '.bs-card'] }]]) {
        await target.evaluate(AXE_SOURCE);
        assert.deepEqual(await target.evaluate(runAxe, scope), [], `axe violations in the ${name}`);
      }
      await page.screenshot({ path: join(ARTIFACTS, 'firefox-card-keyboard-light.png') });
    } finally {
      await Promise.all([page.close(), panel.close(), options.close()]);
    }
  });

  it('leaves a non-article page untouched and the sidebar says so', async () => {
    const { page, panel } = await openWithPanel(NON_ARTICLE);
    try {
      await panelState(panel, 'not-article');
      assert.deepEqual(await page.evaluate(() => window.__mutations), [], 'the page DOM is unchanged');
    } finally {
      await page.close();
      await panel.close();
    }
  });

  it('adds Google News headlines to related coverage once the reader switches it on, sending only the name', async () => {
    // The knowledge mirror (the fixture server) answers Google News too, so no news.google.com permission is asked.
    const options = await openExtensionPage('options.html');
    const box = 'input[name="googleNews"]';
    // page.click() waits on CSP-blocked helpers on extension pages: click by coordinates.
    const clickBox = async () => {
      const at = await options.evaluate((selector) => {
        // the option is below the fold of the 800 × 600 window
        document.querySelector(selector).scrollIntoView({ block: 'center' });
        const rect = document.querySelector(selector).getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }, box);
      await options.mouse.click(at.x, at.y);
    };
    const checked = () => options.evaluate((selector) => document.querySelector(selector)?.checked === true, box);
    await poll(() => options.evaluate((selector) => document.querySelector(selector) !== null, box), 'the Google News option');
    await clickBox();
    await poll(checked, 'the Google News option to switch on');
    const { page, panel } = await openWithPanel(SEED);
    try {
      await panelState(panel, 'ready');
      const before = knowledgeServer.requests.length;
      const name = await panel.evaluate(() => {
        const rect = document.querySelector('[data-entity="Ibrahim Kalin"] .bs-entity__name').getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      });
      await panel.mouse.click(name.x, name.y);
      const coverage = () => panel.evaluate(() => document.querySelector('.bs-coverage--entity')?.innerText ?? '');
      await poll(async () => /via Google News/.test(await coverage()), 'the Google News items', 30_000);
      // Google's copy of the article itself is not listed as other coverage.
      assert.doesNotMatch(await coverage(), /Turkey’s spy chief meets with Hamas leaders/);
      assertGoogleNewsSearches(knowledgeServer, before, 'Ibrahim Kalin');
    } finally {
      await clickBox();
      await poll(async () => !(await checked()), 'the Google News option to switch off');
      await Promise.all([page.close(), panel.close(), options.close()]);
    }
  });

  it('the options switch turns Backstory off', async () => {
    const options = await openExtensionPage('options.html');
    const clickSwitch = async () => {
      // page.click() waits on CSP-blocked helpers on extension pages: click by coordinates.
      const box = await options.evaluate(() => {
        const rect = document.querySelector('[role="switch"]').getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      });
      await options.mouse.click(box.x, box.y);
    };
    const checked = () => options.evaluate(() => document.querySelector('[role="switch"]').checked);
    await poll(() => options.evaluate(() => document.querySelector('[role="switch"]') !== null), 'the switch');
    assert.equal(await checked(), true);
    await clickSwitch();
    await poll(async () => !(await checked()), 'the switch to turn off');
    const { page, panel } = await openWithPanel(SEED);
    try {
      const view = await panelState(panel, 'disabled');
      assert.deepEqual(view.people, []);
    } finally {
      await clickSwitch();
      await poll(checked, 'the switch to turn back on');
      await Promise.all([page.close(), panel.close(), options.close()]);
    }
  });

  it('the reading history: nothing is kept while paused; export, clear and import give it back whole', async () => {
    const options = await openExtensionPage('options.html');
    // The options page's Export, Clear and Import send these messages; the background answers from IndexedDB.
    const send = (type, payload = {}) => options.evaluate((type, payload) => browser.runtime.sendMessage({ type, payload }), type, payload);
    const exportText = async () => {
      const answer = await send('options/history-export');
      assert.equal(answer?.ok, true, `export answered ${JSON.stringify(answer)}`);
      return answer.value;
    };
    const urls = async () => JSON.parse(await exportText()).records.map((record) => record.url).sort();
    const pauseBox = () => options.evaluate(() => document.querySelector('input[name="historyPaused"]')?.checked ?? null);
    const togglePause = async () => {
      // page.click() waits on CSP-blocked helpers on extension pages: click by coordinates.
      const box = await options.evaluate(() => {
        const input = document.querySelector('input[name="historyPaused"]');
        input.scrollIntoView({ block: 'center' });
        const rect = input.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      });
      await options.mouse.click(box.x, box.y);
    };
    const PAUSED_PAGE = 'wordpress-harbor-ledger-port-strike';
    try {
      // At least one article in the history, whichever tests ran before this one.
      const seed = await openWithPanel(SEED);
      try {
        await panelState(seed.panel, 'ready');
        await poll(async () => (await urls()).length > 0, 'the seed article in the history');
      } finally {
        await Promise.all([seed.page.close(), seed.panel.close()]);
      }
      const saved = await exportText();
      const before = await urls();

      await poll(async () => (await pauseBox()) === false, 'the pause box');
      await togglePause();
      await poll(async () => (await pauseBox()) === true, 'the history to be paused');
      const { page, panel } = await openWithPanel(PAUSED_PAGE);
      try {
        await panelState(panel, 'ready');
      } finally {
        await Promise.all([page.close(), panel.close()]);
      }
      // A read is written right after the page is answered: give it that long, then check it never was.
      for (let check = 0; check < 5; check += 1) {
        assert.deepEqual(await urls(), before, 'nothing recorded while paused');
        await new Promise((resolve) => setTimeout(resolve, 300));
      }

      assert.equal((await send('options/history-clear'))?.ok, true);
      assert.deepEqual(await urls(), [], 'cleared');
      const imported = await send('options/history-import', { text: saved });
      assert.equal(imported?.ok, true, `import answered ${JSON.stringify(imported)}`);
      assert.deepEqual(await urls(), before, 'the import gives back every article');
      assert.equal(JSON.parse(await exportText()).records.length, JSON.parse(saved).records.length);
    } finally {
      if ((await pauseBox()) === true) {
        await togglePause();
        await poll(async () => (await pauseBox()) === false, 'the history to be resumed');
      }
      await options.close();
    }
  });

  it('looks names up only when asked: nothing is sent before "Look up", and a name looked up before shows its answer without asking (on-demand setting)', async () => {
    const options = await openExtensionPage('options.html');
    // page.click() waits on CSP-blocked helpers on extension pages: click by coordinates.
    const clickAt = async (target, find, arg) => {
      const box = await poll(() => target.evaluate(find, arg), 'the element to click');
      await target.mouse.click(box.x, box.y);
    };
    const boxOf = (selector) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const rect = element.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    };
    const setLookups = async (mode) => {
      await clickAt(options, boxOf, `input[name="lookups"][value="${mode}"]`);
      await poll(() => options.evaluate(async (want) => (await browser.storage.local.get('settings')).settings?.lookups === want, mode), `the ${mode} setting`);
    };
    const quiet = (windowMs) => knowledgeQuiet(knowledgeServer, windowMs);
    const card = (page) =>
      page.evaluate(() => {
        const element = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-card');
        return element ? { state: element.dataset.cardState, knowledge: element.querySelector('[data-knowledge]')?.getAttribute('data-knowledge') ?? null, text: element.innerText } : null;
      });
    const hoverKalin = async (page) => {
      await poll(async () => (await page.evaluate(readHighlights))['backstory-person'].length > 0, 'the highlights');
      const point = await page.evaluate(pointOfText, ['Kalin held talks', 'Kalin']);
      await page.mouse.move(1, 1);
      await page.mouse.move(point.x, point.y, { steps: 3 });
      return poll(async () => {
        const shown = await card(page);
        return shown?.state === 'ready' && shown;
      }, 'the card to be ready');
    };
    const opened = [];
    try {
      await setLookups('on-demand');
      // An empty cache: the lookup after the press must reach the server, so its requests can be seen.
      await clickAt(options, () => {
        const button = [...document.querySelectorAll('button')].find((element) => element.textContent.trim() === 'Clear cached data');
        if (!button) return null;
        button.scrollIntoView({ block: 'center' });
        const rect = button.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      });
      await poll(() => options.evaluate(() => document.body.innerText.includes('Cached answers and your corrections were deleted.')), 'the cache to be cleared');
      await quiet();
      const before = knowledgeServer.requests.length;
      const sentSince = (from) => knowledgeServer.requests.slice(from).map((request) => decodeURIComponent(request.url));

      const first = await openWithPanel(SEED);
      opened.push(first.page, first.panel);
      await panelState(first.panel, 'ready');
      const onDevice = await hoverKalin(first.page);
      assert.equal(onDevice.knowledge, 'on-demand');
      assert.match(onDevice.text, /Ibrahim Kalin[\s\S]*Mentioned 4 times/);
      // The sidebar page is open too: in on-demand mode it previews nothing.
      await new Promise((done) => setTimeout(done, 1500));
      assert.deepEqual(sentSince(before), [], 'nothing was sent before the reader asked');

      // The reader asks: the card's "Look up" button, with the mouse (Enter sent over WebDriver BiDi activates no
      // button in Firefox ESR, not even a plain one the page adds itself: checked, a driver limit, not Backstory's),
      // then back onto the name, so that the answer's card
      // (a different size) cannot end up away from the pointer.
      const button = await first.page.evaluate(() => {
        const rect = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-card__lookup')?.getBoundingClientRect();
        return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
      });
      assert.ok(button, 'the Look up button');
      await first.page.mouse.click(button.x, button.y);
      const name = await first.page.evaluate(pointOfText, ['Kalin held talks', 'Kalin']);
      await first.page.mouse.move(name.x, name.y);
      let last = null;
      const looked = await poll(async () => {
        last = await card(first.page);
        return last?.knowledge === 'linked' && last;
      }, 'the looked-up card', 30_000).catch((error) => {
        throw new Error(`${error.message}; the card: ${JSON.stringify(last)}; sent: ${sentSince(before).join(' ')}`);
      });
      assert.match(looked.text, /Turkish civil servant/, 'the description from the Wikipedia fixture');
      assert.ok(sentSince(before).some((url) => url.includes('Kalin')), `the name was looked up: ${sentSince(before).join('\n')}`);
      await first.page.mouse.move(1, 1);
      await Promise.all(opened.splice(0).map((page) => page.close()));

      // Looked up before: the same article read again shows the answer from the device, without "Look up".
      await quiet(6500);
      const asked = knowledgeServer.requests.length;
      const again = await openWithPanel(SEED);
      opened.push(again.page, again.panel);
      await panelState(again.panel, 'ready');
      const cached = await hoverKalin(again.page);
      assert.equal(cached.knowledge, 'linked', 'the cached answer, at once');
      assert.match(cached.text, /Turkish civil servant/);
      await again.page.mouse.move(1, 1);
      await again.panel.evaluate(() => document.querySelector('[data-entity="Ibrahim Kalin"] .bs-entity__name').click());
      await poll(() => again.panel.evaluate(() => document.querySelector('[data-details-state="ready"]')?.innerText.includes('Turkish civil servant') ?? false), 'the cached details');
      await new Promise((done) => setTimeout(done, 1500));
      assert.deepEqual(sentSince(asked), [], 'nothing was sent for the answer on the device');
    } finally {
      // Back to automatic for whatever runs next.
      await setLookups('automatic').catch(() => undefined);
      await Promise.all([...opened, options].map((page) => page.close().catch(() => undefined)));
    }
  });

  it('follows a same-document navigation (history.pushState) to a page that is not an article', async () => {
    const { page, panel } = await openWithPanel(SEED);
    try {
      await panelState(panel, 'ready');
      await page.evaluate(() => {
        document.querySelector('script[type="application/ld+json"]')?.remove();
        document.querySelector('meta[property="og:type"]')?.setAttribute('content', 'website');
        document.body.replaceChildren(Object.assign(document.createElement('h1'), { textContent: 'Sign in' }));
        history.pushState({}, '', '/account/login');
      });
      await panelState(panel, 'not-article');
    } finally {
      await page.close();
      await panel.close();
    }
  });
});

/** Clicks a name in the sidebar page and waits for its details, with the timeline, to be shown. */
async function showDetails(panel, name) {
  await panel.evaluate((entity) => document.querySelector(`[data-entity="${entity}"] .bs-entity__name`).click(), name);
  await poll(() => panel.evaluate(() => document.querySelector('[data-details-state="ready"] .bs-timeline__item--article') !== null), 'the details', 30_000);
}

describe('Firefox in a dark theme', () => {
  let browser, server, knowledgeServer;

  before(async () => {
    server = await startFixtureServer();
    // puppeteer's emulateMediaFeatures needs CDP, which Firefox does not speak over WebDriver BiDi ("CDP support
    // is required for this feature"): a dark system theme in the profile gives prefers-color-scheme: dark to the
    // extension's pages and to web pages alike.
    ({ browser, knowledgeServer } = await launchFirefox({ 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 }));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await knowledgeServer?.close();
  });

  it('shows the sidebar page, the options page and an open card dark, with no accessibility violations', async () => {
    const { page, panel } = await openPageWithPanel(browser, server, SEED);
    const options = await openExtensionPageIn(browser, 'options.html');
    try {
      await waitForPanelState(panel, 'ready');
      await openCardByKeyboard(page);
      for (const [name, target] of [['sidebar', panel], ['options', options], ['page', page]]) {
        assert.equal(await target.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true, `the ${name} sees a dark preference`);
      }
      assert.ok(await panel.evaluate(backgroundIsDark), 'the sidebar page is dark');
      assert.ok(await options.evaluate(backgroundIsDark), 'the options page is dark');
      assert.ok(await page.evaluate(() => {
        const card = document.querySelector('backstory-card').shadowRoot.querySelector('.bs-card');
        const [r, g, b] = getComputedStyle(card).backgroundColor.match(/\d+/g).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.3;
      }), 'the card is dark');
      await panel.screenshot({ path: join(ARTIFACTS, 'firefox-panel-dark.png') });
      await page.screenshot({ path: join(ARTIFACTS, 'firefox-card-dark.png') });
      await options.screenshot({ path: join(ARTIFACTS, 'firefox-options-dark.png') });
      for (const [name, target, scope] of [['sidebar', panel, null], ['options', options, null], ['card', page, { fromShadowDom: ['backstory-card', '.bs-card'] }]]) {
        await target.evaluate(AXE_SOURCE);
        assert.deepEqual(await target.evaluate(runAxe, scope), [], `axe violations in the ${name} (dark)`);
      }
      await showDetails(panel, 'Ibrahim Kalin');
      await panel.screenshot({ path: join(ARTIFACTS, 'firefox-panel-details-dark.png'), fullPage: true });
      assert.deepEqual(await panel.evaluate(runAxe, null), [], 'axe violations in the entity details (dark)');
    } finally {
      await Promise.all([page.close(), panel.close(), options.close()]);
    }
  });
});

describe('Firefox with a right-to-left UI', () => {
  let browser, server, knowledgeServer;

  before(async () => {
    server = await startFixtureServer();
    // Firefox's bidi pseudo-locale: the UI turns right to left as in Arabic or Hebrew (and with it the
    // extension message @@bidi_dir) while the strings stay English, so no language pack is needed.
    ({ browser, knowledgeServer } = await launchFirefox({ 'intl.l10n.pseudo': 'bidi' }));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await knowledgeServer?.close();
  });

  it('lays the sidebar page out right to left: pictures right of the names, counts on the left, the timeline rail on the right, no sideways scrolling', async () => {
    const { page, panel } = await openPageWithPanel(browser, server, SEED);
    try {
      await waitForPanelState(panel, 'ready');
      // The Wikipedia previews bring the pictures (Erdogan's fixture summary has one).
      await poll(() => panel.evaluate(() => document.querySelector('.bs-entity__thumb') !== null), 'a picture in the list', 15_000);
      assertPanelRtl(await panel.evaluate(panelLayout));
      await panel.screenshot({ path: join(ARTIFACTS, 'firefox-panel-rtl.png') });
      await showDetails(panel, 'Ibrahim Kalin');
      const details = await panel.evaluate(panelLayout);
      assert.ok(details.timeline, 'the timeline is shown');
      assertPanelRtl(details);
      await panel.screenshot({ path: join(ARTIFACTS, 'firefox-panel-details-rtl.png'), fullPage: true });
    } finally {
      await page.close();
      await panel.close();
    }
  });

  it('lays the card out right to left on a left-to-right page: close button on the left, card aligned to the name’s right edge', async () => {
    const { page, panel } = await openPageWithPanel(browser, server, SEED);
    try {
      await waitForPanelState(panel, 'ready');
      await openCardByKeyboard(page);
      const layout = await page.evaluate(cardLayout);
      assert.equal(layout.pageDirection, 'ltr');
      assertCardDirection(layout, 'rtl');
      await page.screenshot({ path: join(ARTIFACTS, 'firefox-card-rtl.png') });
      await page.evaluate(AXE_SOURCE);
      assert.deepEqual(await page.evaluate(runAxe, { fromShadowDom: ['backstory-card', '.bs-card'] }), [], 'axe violations in the card (rtl)');
    } finally {
      await page.close();
      await panel.close();
    }
  });
});
