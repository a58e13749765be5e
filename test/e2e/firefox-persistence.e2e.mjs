// End-to-end proof, in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi), that what Backstory keeps survives
// the browser being closed and relaunched on the same profile, and an add-on update (same id, higher version).
//
// The Firefox suite installs the add-on as a temporary add-on, which Firefox removes when it quits. Here the add-on
// is installed the way a profile keeps it: .output/firefox-mv2 zipped as <profile>/extensions/<gecko id>.xpi, unsigned
// (ESR honours xpinstall.signatures.required=false), in a profile directory that outlives the browser.
//
// One scenario, in order: each test starts from the state the previous one left (same profile, same servers).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { startKnowledgeServer } from '../knowledge-server/server.mjs';
import { ROOT, SEED, pointOfText, poll, readHighlights, scrollSettled, startFixtureServer, waitForPanelState } from './harness.mjs';

const BUILD = join(ROOT, '.output', 'firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Must equal GECKO_ID in wxt.config.ts: the add-on's file name in the profile and the key of the uuid pref. */
const GECKO_ID = 'backstory@backstory.example';
const UUID = '8b0c7f4e-5d2a-4f51-9e0b-4c1d2a3b4c5d';
const ORIGIN = `moz-extension://${UUID}`;
/** A second article about the same story at its own address (no canonical URL): the history's other entry. */
const OTHER = 'forms-and-editable';
/** Where the seed article says it lives (its canonical URL): the history records that address. */
const SEED_CANONICAL = 'https://www.jerusalemdispatch.example/turkeys-spy-chief-meets-with-hamas-leaders-for-talks-on-gaza-aid-delivery/';
/** What a card says once the history holds the other article (the article being read is not counted). */
const REMEMBERED = /You read 1 other article about Ibrahim Kalin/;

/** Every file under `dir`, as [zip path, contents]. */
function filesOf(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => [relative(dir, path).split(sep).join('/'), readFileSync(path)]);
}

/** A zip archive (deflate) of `files` ([name, Buffer] pairs): enough of the format for Firefox to read an .xpi. */
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(0, 10); // time
    header.writeUInt16LE(0x21, 12); // date: 1980-01-01
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    header.copy(central, 6, 4, 30); // version needed … name length, extra length
    central.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += header.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('Persistence (Firefox)', () => {
  let browser, server, knowledgeServer, root, profile, xpi, otherUrl;

  /** Writes the build into the profile as the add-on's .xpi, with `version` in its manifest. */
  function installXpi(version) {
    const files = filesOf(BUILD).map(([name, data]) => {
      if (name !== 'manifest.json') return [name, data];
      return [name, Buffer.from(JSON.stringify({ ...JSON.parse(data.toString('utf8')), version }))];
    });
    writeFileSync(xpi, zip(files));
  }

  /** Starts Firefox ESR on the suite's profile; the add-on is whatever .xpi the profile holds. */
  async function launch() {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Without --remote-allow-system-access, navigating to moz-extension:// pages is refused.
      args: ['--remote-allow-system-access', '-profile', profile],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        // Unsigned add-ons in the profile (honoured by ESR); puppeteer already enables the profile scope (1) and
        // does not disable add-ons found there (extensions.autoDisableScopes=0).
        'xpinstall.signatures.required': false,
      },
    });
  }

  async function closeBrowser() {
    await browser?.close();
    browser = null;
  }

  /**
   * Opens an extension page. page.goto() on moz-extension:// never resolves here, so start it without waiting and
   * poll until the document is there (as the Firefox suite does). Right after a launch the add-on may not be started
   * yet and the address leads nowhere: navigate again every few seconds until it loads.
   */
  async function openExtensionPage(path) {
    const page = await browser.newPage();
    let navigated = 0;
    await poll(
      async () => {
        if (Date.now() - navigated > 5000) {
          navigated = Date.now();
          void page.goto(`${ORIGIN}/${path}`).catch(() => undefined);
        }
        const href = await page.evaluate(() => location.href);
        return (href.startsWith(ORIGIN) && (await page.evaluate(() => document.readyState)) === 'complete') || Promise.reject(new Error(`at ${href}`));
      },
      `${path} to load`,
      30_000,
    );
    return page;
  }

  /** Runs `fn(arg)` in the add-on's options page (where `browser.*` is the extension API), then closes it. */
  async function inExtension(fn, arg) {
    const options = await openExtensionPage('options.html');
    try {
      return await options.evaluate(fn, arg);
    } finally {
      await options.close();
    }
  }

  /** The reading history's addresses, asked of the background the way the options page's Export does. */
  async function historyUrls() {
    const answer = await inExtension(() => browser.runtime.sendMessage({ type: 'options/history-export', payload: {} }));
    assert.equal(answer?.ok, true, `the export answered ${JSON.stringify(answer)}`);
    return JSON.parse(answer.value).records.map((record) => record.url);
  }

  /** Opens `url` in a tab, with the sidebar page as a tab describing it when `withPanel`. */
  async function open(url, withPanel = false) {
    const page = await browser.newPage();
    await page.goto(url);
    if (!withPanel) return { page, panel: null };
    const panel = await openExtensionPage(`sidepanel.html?tabUrl=${encodeURIComponent(url)}`);
    return { page, panel };
  }

  /** Runs in an extension page: clicks nothing, returns the centre of `selector` scrolled into view. */
  function centreOf(selector) {
    const element = document.querySelector(selector);
    element.scrollIntoView({ block: 'center' });
    const rect = element.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
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
    await page.mouse.move(Math.max(1, point.x - 100), Math.max(1, point.y - 100));
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await poll(async () => (await page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-card')?.dataset.cardState)) === 'ready', 'the card to be ready');
    return page.evaluate(() => document.querySelector('backstory-card').shadowRoot.querySelector('.bs-card').innerText);
  }

  /** Selects Ibrahim Kalin in the panel and waits for his details (Wikipedia, Wikidata) and coverage (GDELT). */
  async function kalinDetails(panel) {
    await waitForPanelState(panel, 'ready');
    // page.click() waits on CSP-blocked helpers on extension pages: click by coordinates.
    const box = await panel.evaluate(centreOf, '[data-entity="Ibrahim Kalin"] .bs-entity__name');
    await panel.mouse.click(box.x, box.y);
    await poll(() => panel.evaluate(() => document.querySelector('[data-details-state="ready"] .bs-coverage--entity li') !== null), 'the details and coverage', 30_000);
    return panel.evaluate(() => document.querySelector('.bs-details').innerText);
  }

  before(async () => {
    server = await startFixtureServer();
    knowledgeServer = await startKnowledgeServer();
    root = mkdtempSync(join(tmpdir(), 'backstory-ff-persistence-'));
    profile = join(root, 'profile');
    mkdirSync(join(profile, 'extensions'), { recursive: true });
    xpi = join(profile, 'extensions', `${GECKO_ID}.xpi`);
    installXpi(JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')).version);
    await launch();
    await inExtension((origin) => browser.storage.local.set({ knowledgeOrigin: origin }), knowledgeServer.origin);
  });

  after(async () => {
    await closeBrowser().catch(() => undefined);
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

    const options = await openExtensionPage('options.html');
    try {
      const radio = 'input[name="highlightStyle"][value="background"]';
      await poll(() => options.evaluate((selector) => document.querySelector(selector) !== null, radio), 'the style choice');
      const box = await options.evaluate(centreOf, radio);
      await options.mouse.click(box.x, box.y);
      await poll(async () => (await options.evaluate(() => browser.storage.local.get('settings'))).settings?.highlightStyle === 'background', 'the setting stored');
    } finally {
      await options.close();
    }

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

  /** After a (re)launch: both articles in the history, the setting stored, shown and applied, and the cache answers. */
  async function assertEverythingKept() {
    const before = knowledgeServer.requests.length;
    const urls = await historyUrls();
    assert.ok(urls.includes(otherUrl) && urls.includes(SEED_CANONICAL), `both articles in the history: ${urls}`);
    const stored = await inExtension(() => browser.storage.local.get('settings'));
    assert.equal(stored.settings?.highlightStyle, 'background', 'the setting is stored');
    const options = await openExtensionPage('options.html');
    try {
      await poll(() => options.evaluate(() => document.querySelector('input[name="highlightStyle"][value="background"]')?.checked === true), 'the options page to show Soft background');
    } finally {
      await options.close();
    }

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
  }

  it('after Firefox is closed and relaunched on the same profile: history, setting and cached knowledge are there', async () => {
    await closeBrowser();
    await launch();
    assert.equal(await inExtension(() => browser.runtime.id), GECKO_ID, 'the same add-on');
    await assertEverythingKept();
  });

  it('after an add-on update (same id, new version): history, setting and cached knowledge are there', async () => {
    await closeBrowser();
    const previous = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')).version;
    const next = previous.replace(/\d+$/, (last) => String(Number(last) + 1));
    installXpi(next);
    await launch();
    assert.equal(await inExtension(() => browser.runtime.getManifest().version), next, `updated from ${previous}`);
    await assertEverythingKept();
  });
});
