// End-to-end proof that what Backstory keeps survives the MV3 service worker being stopped, the browser being
// closed and relaunched on the same profile, and an extension update (issue #6). Debian's Chromium through
// playwright-core, against a copy of the built extension (.output/chrome-mv3) so the update can bump its version.
//
// One scenario, in order: each test starts from the state the previous one left (same profile, same servers).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startKnowledgeServer } from '../knowledge-server/server.mjs';
import { ROOT, SEED, chromiumArgs, pointOfText, poll, readHighlights, scrollSettled, startFixtureServer, waitForPanelState } from './harness.mjs';

const BUILD = join(ROOT, '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** A second article about the same story at its own address (no canonical URL): the history's other entry. */
const OTHER = 'forms-and-editable';
/** Where the seed article says it lives (its canonical URL): the history records that address. */
const SEED_CANONICAL = 'https://www.jerusalemdispatch.example/turkeys-spy-chief-meets-with-hamas-leaders-for-talks-on-gaza-aid-delivery/';
/** What a card says once the history holds the other article (the article being read is not counted). */
const REMEMBERED = /You read 1 other article about Ibrahim Kalin/;

describe('Persistence (Chromium)', () => {
  let context, server, knowledgeServer, root, profile, extension, extensionId, worker, otherUrl;

  /** Starts Chromium on the suite's profile with the suite's copy of the extension; returns the worker. */
  async function launch() {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: chromiumArgs(extension),
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return worker;
  }

  /** The reading history's addresses, asked of the background the way the options page's Export does. */
  async function historyUrls() {
    const options = await context.newPage();
    try {
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const answer = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'options/history-export', payload: {} }));
      assert.equal(answer?.ok, true, `the export answered ${JSON.stringify(answer)}`);
      return JSON.parse(answer.value).records.map((record) => record.url);
    } finally {
      await options.close();
    }
  }

  /** Opens `url` in a tab, with the panel page describing that tab when `withPanel`. */
  async function open(url, withPanel = false) {
    const page = await context.newPage();
    await page.goto(url);
    if (!withPanel) return { page, panel: null };
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabUrl=${encodeURIComponent(url)}`);
    return { page, panel };
  }

  /** Runs in the page: which of Backstory's person highlights exist (underline or tint). */
  function personHighlights() {
    return { underline: CSS.highlights.get('backstory-person')?.size ?? 0, tint: CSS.highlights.get('backstory-person-tint')?.size ?? 0 };
  }

  /** Waits until the page is marked in the soft-background style (the setting) and in no other. */
  async function assertTinted(page) {
    const marks = await poll(async () => {
      const found = await page.evaluate(personHighlights);
      return found.tint > 0 && found;
    }, 'the soft-background marks');
    assert.equal(marks.underline, 0, 'no underline marks while the setting says soft background');
  }

  /** Hovers "Kalin" in the seed article and returns the ready card's text. */
  async function hoverKalin(page) {
    await scrollSettled(page);
    const point = await page.evaluate(pointOfText, ['Kalin held talks', 'Kalin']);
    await page.mouse.move(point.x - 200, point.y - 200);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    const card = page.locator('.bs-card');
    await card.waitFor({ timeout: 5000 });
    await poll(async () => (await card.getAttribute('data-card-state')) === 'ready', 'the card to be ready');
    return card.innerText();
  }

  /** Selects Ibrahim Kalin in the panel and waits for his details (Wikipedia, Wikidata) and coverage (GDELT). */
  async function kalinDetails(panel) {
    await waitForPanelState(panel, 'ready');
    await panel.locator('[data-entity="Ibrahim Kalin"] .bs-entity__name').click();
    await panel.locator('[data-details-state="ready"]').waitFor({ timeout: 30_000 });
    await panel.locator('.bs-coverage--entity li').first().waitFor({ timeout: 30_000 });
    return panel.locator('.bs-details').innerText();
  }

  before(async () => {
    server = await startFixtureServer();
    knowledgeServer = await startKnowledgeServer();
    root = mkdtempSync(join(tmpdir(), 'backstory-persistence-'));
    profile = join(root, 'profile');
    // Loaded from a copy: the update test edits its manifest. The id of an unpacked extension comes from its path.
    extension = join(root, 'extension');
    cpSync(BUILD, extension, { recursive: true });
    await launch();
    extensionId = new URL(worker.url()).host;
    await worker.evaluate((origin) => chrome.storage.local.set({ knowledgeOrigin: origin }), knowledgeServer.origin);
  });

  after(async () => {
    await context?.close();
    await server?.close();
    await knowledgeServer?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('reads two articles, changes a setting and looks a name up: history, settings and knowledge cache filled', async () => {
    otherUrl = server.url(OTHER, 'hostile');
    const other = await open(otherUrl);
    await poll(async () => (await other.page.evaluate(readHighlights))['backstory-person'].includes('Ibrahim Kalin'), 'the other article read');
    await poll(async () => (await historyUrls()).includes(otherUrl), 'the other article in the history');
    await other.page.close();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('radio', { name: 'Soft background' }).check();
    await poll(
      () => worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings?.highlightStyle === 'background'),
      'the setting stored',
    );
    await options.close();

    const { page, panel } = await open(server.url(SEED), true);
    try {
      await assertTinted(page);
      assert.match(await kalinDetails(panel), /Turkish civil servant/, 'looked up from the knowledge server');
      assert.match(await hoverKalin(page), REMEMBERED, 'the card remembers the other article');
    } finally {
      await Promise.all([page.close(), panel.close()]);
    }
    const urls = await historyUrls();
    assert.ok(urls.includes(SEED_CANONICAL), `the seed article in the history: ${urls}`);
    const asked = knowledgeServer.requests.map((request) => decodeURIComponent(request.url));
    assert.ok(asked.some((url) => /Ibrahim[ _+]Kalin/.test(url)), `Ibrahim Kalin was looked up: ${asked}`);
  });

  it('after the service worker is stopped, a new worker still has the history and applies the setting', async () => {
    await worker.evaluate(() => {
      self.__backstoryTestMarker = 'before the stop';
    });
    // CDP's ServiceWorker domain, from an ordinary page of the profile: stop every worker, watch their status.
    const probe = await context.newPage();
    const cdp = await context.newCDPSession(probe);
    const script = `chrome-extension://${extensionId}/background.js`;
    /** The status the ServiceWorker domain last reported for the extension's worker. */
    let workerStatus = null;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) if (version.scriptURL === script) workerStatus = version.runningStatus;
    });
    await cdp.send('ServiceWorker.enable');
    await poll(() => workerStatus === 'running', 'the worker reported running');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await poll(() => workerStatus === 'stopped', 'the worker reported stopped');
    const browserCdp = await context.browser().newBrowserCDPSession();
    await poll(async () => {
      const { targetInfos } = await browserCdp.send('Target.getTargets');
      return !targetInfos.some((target) => target.type === 'service_worker' && target.url === script);
    }, 'no worker target left');

    // A new article wakes the extension: the page asks the background whether it may run, and in which style.
    const { page } = await open(server.url(SEED));
    try {
      await assertTinted(page);
      await poll(() => workerStatus === 'running', 'a worker running again');
      assert.equal(await poll(() => worker.evaluate(() => self.__backstoryTestMarker ?? 'fresh')), 'fresh', 'the running worker is a new one');
      assert.match(await hoverKalin(page), REMEMBERED, 'the new worker read the history');
    } finally {
      await page.close();
    }
    const urls = await historyUrls();
    assert.ok(urls.includes(otherUrl) && urls.includes(SEED_CANONICAL), `both articles in the history: ${urls}`);
    await browserCdp.detach();
    await cdp.detach();
    await probe.close();
  });

  it('after the browser is closed and relaunched on the same profile: history, setting and cached knowledge are there', async () => {
    await context.close();
    context = null;
    await launch();
    assert.equal(new URL(worker.url()).host, extensionId, 'the same extension');
    const before = knowledgeServer.requests.length;

    const urls = await historyUrls();
    assert.ok(urls.includes(otherUrl) && urls.includes(SEED_CANONICAL), `both articles in the history: ${urls}`);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    assert.equal(await options.getByRole('radio', { name: 'Soft background' }).isChecked(), true, 'the options page shows the setting');
    await options.close();

    const { page, panel } = await open(server.url(SEED), true);
    try {
      await assertTinted(page);
      // Everything the panel and the card show below needs Wikipedia, Wikidata and GDELT answers: from the cache.
      const details = await kalinDetails(panel);
      assert.match(details, /Turkish civil servant/);
      assert.match(details, /You read about them before/);
      assert.match(await hoverKalin(page), REMEMBERED);
    } finally {
      await Promise.all([page.close(), panel.close()]);
    }
    assert.deepEqual(knowledgeServer.requests.slice(before).map((request) => `${request.method} ${request.url}`), [], 'no request to the knowledge sources');
  });

  it('after an extension update (new version, same id): history and setting are there', async () => {
    await context.close();
    context = null;
    const manifestPath = join(extension, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const previous = manifest.version;
    manifest.version = previous.replace(/\d+$/, (last) => String(Number(last) + 1));
    writeFileSync(manifestPath, JSON.stringify(manifest));
    await launch();
    assert.equal(new URL(worker.url()).host, extensionId, 'the same extension');
    assert.equal(await worker.evaluate(() => chrome.runtime.getManifest().version), manifest.version, `updated from ${previous}`);

    const urls = await historyUrls();
    assert.ok(urls.includes(otherUrl) && urls.includes(SEED_CANONICAL), `both articles in the history: ${urls}`);
    const { page } = await open(server.url(SEED));
    try {
      await assertTinted(page);
      assert.match(await hoverKalin(page), REMEMBERED);
    } finally {
      await page.close();
    }
  });

  it('"Clear cached data" right before the browser closes: after the relaunch, lookups go to the sources again', async () => {
    // The cache is filled (the test above answered from it). Clear it, then close at once: the deletion must not
    // wait for the service worker to stop (it did while the cache's connections stayed open).
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const answer = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'options/clear-cache', payload: {} }));
    assert.equal(answer?.ok, true, `clear-cache answered ${JSON.stringify(answer)}`);
    await context.close();
    context = null;
    await launch();
    const before = knowledgeServer.requests.length;
    const { page, panel } = await open(server.url(SEED), true);
    try {
      assert.match(await kalinDetails(panel), /Turkish civil servant/);
    } finally {
      await Promise.all([page.close(), panel.close()]);
    }
    assert.ok(knowledgeServer.requests.length > before, 'the cleared cache answered nothing: the panel asked the knowledge sources');
    // The history is not the cache: clearing one keeps the other.
    const urls = await historyUrls();
    assert.ok(urls.includes(SEED_CANONICAL), `the history survives clearing the cache: ${urls}`);
  });
});
