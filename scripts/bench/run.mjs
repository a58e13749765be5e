// npm run bench — Backstory's cost on real pages, measured in Chromium (docs/performance.md).
//
// Launches Debian's Chromium headless with the built extension (.output/chrome-mv3; `npm run build` first), and,
// on three pages of about 500, 2,000 and 20,000 words, RUNS times each in a fresh tab, with and without the
// extension, measures:
//   - main-thread time: the sum of the content script's User Timing measures (backstory:gate/extract/mark);
//   - long tasks (PerformanceObserver 'longtask', installed before the page's own scripts) with and without the
//     extension, and the longest backstory:* measure (a phase of 50 ms or more is itself a long task);
//   - names marked: from the document-idle estimate to the first animation frame in which
//     CSS.highlights has a backstory-person or backstory-organization range, and to the end of backstory:mark;
//   - the background's extraction time, if the service worker records backstory:* measures (else n/a), and as a
//     proxy the gap between the end of backstory:extract and the start of backstory:mark (message round trip
//     + extraction in the background);
//   - on the 2,000-word page, a hover card's delay: hovering a name twice (the second time its data is cached),
//     from the end of the SHOW delay to the card's appearance in the backstory-card shadow root.
// Plus the bundle sizes (raw and gzip) and the entity engine's throughput against compromise (npm run bench:ner).
// Prints a table with each budget and PASS/FAIL, and writes everything as JSON. Exits 0 whatever the figures:
// it is a measurement, not a test.
//
// Usage: node scripts/bench/run.mjs [--runs N] [--out path.json] [--no-ner] [--page 500|2000|20000 …]
//   CHROMIUM_PATH chooses the browser (default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { startFixtureServer } from '../fixture-server.mjs';
import { startKnowledgeServer } from '../../test/knowledge-server/server.mjs';
import { render as renderTwoThousand } from './pages/two-thousand-words.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    out: { type: 'string', default: join(ROOT, 'bench-results.json') },
    'no-ner': { type: 'boolean', default: false },
    // Only these pages (repeatable), for a quicker look at one figure; the budgets of the others are not judged.
    page: { type: 'string', multiple: true },
  },
});
const RUNS = Math.max(1, Number(options.runs) || 5);
const OUT = resolve(options.out);

/** A long task, by the Long Tasks API's definition. */
const LONG_TASK_MS = 50;
/** One frame at 60 Hz. */
const FRAME_MS = 1000 / 60;
/** Chrome runs document_idle scripts at window.onload, or this long after DOMContentLoaded if that comes first. */
const IDLE_AFTER_DCL_MS = 200;
/** After the names are marked (or, without the extension, after load), long tasks are collected this much longer. */
const SETTLE_MS = 1500;
/** A long task starting this soon after a backstory:* measure ends is counted as Backstory's (the next frame's rendering). */
const AFTER_PHASE_MS = 50;
/** Longest wait for the names to be marked on one page. */
const MARK_TIMEOUT_MS = 60_000;
/** The hover card's SHOW delay, read from its single source (lib/ui/timing.ts). */
const SHOW_DELAY_MS = Number(/SHOW_DELAY_MS\s*=\s*(\d+)/.exec(readFileSync(join(ROOT, 'lib', 'ui', 'timing.ts'), 'utf8'))?.[1] ?? NaN);

const BUDGETS = {
  extensionLongTasks: 0,
  mainThreadMs2000: 30,
  markedAfterIdleMs2000: 150,
  contentScriptGzipKb: 60,
  cachedCardMs: FRAME_MS,
};

/** The corpus: kind is the fixture server's route ('bench' is this script's own route for generated pages). */
const ALL_PAGES = [
  { id: '500', kind: 'pages', slug: 'opinion-lakeshore-tribune-zoning' },
  { id: '2000', kind: 'bench', slug: 'two-thousand-words', hover: true },
  { id: '20000', kind: 'hostile', slug: 'huge-article' },
];
const PAGES = options.page ? ALL_PAGES.filter((page) => options.page.includes(page.id)) : ALL_PAGES;
if (PAGES.length === 0) throw new Error(`--page must be one of ${ALL_PAGES.map((page) => page.id).join(', ')}`);

// ---------------------------------------------------------------------------------------------------------------
// In the page (main world), before its own scripts.

/** Records long tasks, the first frame with Backstory's highlights, pointer moves and the hover card's states. */
function instrumentPage() {
  const bench = {
    longTasks: [],
    markedAt: null,
    lastPointerMove: null,
    cardEvents: [],
  };
  Object.defineProperty(window, '__bench', { value: bench });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasks = null; // not supported
  }
  const hasMarks = () => {
    for (const name of ['backstory-person', 'backstory-organization']) {
      const highlight = CSS.highlights.get(name);
      if (highlight && highlight.size > 0) return true;
    }
    return false;
  };
  const started = performance.now();
  const poll = () => {
    if (hasMarks()) {
      bench.markedAt = performance.now();
      return;
    }
    if (performance.now() - started < 120_000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  document.addEventListener(
    'pointermove',
    (event) => {
      bench.lastPointerMove = event.timeStamp;
    },
    { capture: true, passive: true },
  );
  // The card's host is appended to <body> (createShadowRootUi, open shadow root); its states are on .bs-card.
  const watchCard = (host) => {
    const root = host.shadowRoot;
    if (!root) return;
    let last = null;
    const record = () => {
      const card = root.querySelector('.bs-card');
      const state = card ? card.getAttribute('data-card-state') || 'shown' : null;
      if (state !== last) {
        last = state;
        bench.cardEvents.push({ state, at: performance.now() });
      }
    };
    new MutationObserver(record).observe(root, { subtree: true, childList: true, attributes: true });
    record();
  };
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      for (const element of document.body.children) if (element.nodeName === 'BACKSTORY-CARD') watchCard(element);
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node.nodeName === 'BACKSTORY-CARD') watchCard(node);
      }).observe(document.body, { childList: true });
    },
    { once: true },
  );
}

/** Reads what instrumentPage and the content script recorded (in the page). */
function readPage() {
  const navigation = performance.getEntriesByType('navigation')[0];
  const measures = performance
    .getEntriesByType('measure')
    .filter((entry) => entry.name.startsWith('backstory:'))
    .map((entry) => ({ name: entry.name, start: entry.startTime, duration: entry.duration }));
  return {
    domContentLoadedEnd: navigation?.domContentLoadedEventEnd ?? null,
    loadEnd: navigation?.loadEventEnd || null,
    measures,
    longTasks: window.__bench?.longTasks ?? null,
    markedAt: window.__bench?.markedAt ?? null,
    now: performance.now(),
  };
}

/** The centre of the first marked person (else organization) in the article body, scrolled into view (in the page). */
function firstMarkPoint() {
  for (const name of ['backstory-person', 'backstory-organization']) {
    const highlight = CSS.highlights.get(name);
    if (!highlight) continue;
    for (const range of highlight) {
      const element = range.startContainer.parentElement;
      if (!element || element.closest('h1, header')) continue;
      element.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, name: range.toString() };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// In Node.

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function until(probe, timeout, what) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(50);
  }
}

function median(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function max(values) {
  const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  return numbers.length ? Math.max(...numbers) : null;
}

const stats = (values) => ({ median: median(values), max: max(values), runs: values });

/** Words of the article text, as Readability extracts it (the content script's extraction is Readability too). */
function articleWords(html) {
  const { document } = parseHTML(html);
  const text = new Readability(document).parse()?.textContent ?? '';
  return text.split(/\s+/).filter(Boolean).length;
}

async function pageHtml(page) {
  if (page.kind === 'bench') return renderTwoThousand();
  const folder = join(ROOT, 'test', 'fixtures', page.kind, page.slug);
  if (existsSync(join(folder, 'source.html'))) return readFileSync(join(folder, 'source.html'), 'utf8');
  // eslint-disable-next-line no-unsanitized/method -- a generator in this repository's fixtures.
  return (await import(pathToFileURL(join(folder, 'source.mjs')).href)).render();
}

/** Serves this script's generated pages at /bench/<slug>/, next to the fixture server's routes. */
async function startBenchServer() {
  const pages = { 'two-thousand-words': renderTwoThousand() };
  const server = createServer((request, response) => {
    const match = /^\/bench\/([\w-]+)\/$/.exec(new URL(request.url ?? '/', 'http://x').pathname);
    const body = match ? pages[match[1]] : undefined;
    if (body === undefined) response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  let visit = 0;
  return {
    url: (slug) => `http://127.0.0.1:${port}/bench/${slug}/?visit=${++visit}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The backstory:* measures the service worker recorded since the last call (cleared), or null if it records none. */
async function takeWorkerMeasures(context) {
  const worker = context.serviceWorkers()[0];
  if (!worker) return null;
  try {
    return await worker.evaluate(() => {
      const entries = performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith('backstory:'));
      for (const name of new Set(entries.map((entry) => entry.name))) performance.clearMeasures(name);
      return entries.map((entry) => ({ name: entry.name, start: entry.startTime, duration: entry.duration }));
    });
  } catch {
    return null;
  }
}

/** One visit of `url` in a fresh tab of `context`; `extension` says whether Backstory runs there. */
async function visit(context, url, { extension, hover }) {
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  try {
    await tab.addInitScript(instrumentPage);
    await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
    let data;
    if (extension) {
      data = await until(
        async () => {
          const read = await tab.evaluate(readPage);
          return read.measures.some((measure) => measure.name === 'backstory:mark') && read.markedAt !== null ? read : null;
        },
        MARK_TIMEOUT_MS,
        'backstory:mark and the highlights',
      );
    } else {
      data = await tab.evaluate(readPage);
    }
    await sleep(SETTLE_MS);
    const settled = await tab.evaluate(readPage);
    data = { ...data, longTasks: settled.longTasks, measures: settled.measures };
    const card = hover ? await measureHover(tab) : null;
    return { ...data, card, errors };
  } finally {
    await tab.close();
  }
}

/** Hovers the first marked name twice (away in between): the card's delay, first and cached. */
async function measureHover(tab) {
  const point = await tab.evaluate(firstMarkPoint);
  if (!point) return { error: 'no marked name to hover' };
  const once = async () => {
    await tab.mouse.move(5, 5);
    await until(() => tab.evaluate(() => (window.__bench.cardEvents.at(-1)?.state ?? null) === null), 5000, 'the card to close');
    const before = await tab.evaluate(() => window.__bench.cardEvents.length);
    await tab.mouse.move(point.x - 40, point.y - 40);
    await tab.mouse.move(point.x, point.y, { steps: 4 });
    const events = await until(
      () => tab.evaluate((from) => {
        const fresh = window.__bench.cardEvents.slice(from);
        return fresh.some((event) => event.state === 'ready' || event.state === 'error') ? fresh : null;
      }, before),
      15_000,
      'the hover card',
    );
    const pointer = await tab.evaluate(() => window.__bench.lastPointerMove);
    const delayEnd = pointer + SHOW_DELAY_MS;
    const shown = events.find((event) => event.state !== null);
    const done = events.find((event) => event.state === 'ready' || event.state === 'error');
    return { name: point.name, state: done.state, shownAfterDelayMs: shown.at - delayEnd, readyAfterDelayMs: done.at - delayEnd };
  };
  const first = await once();
  const cached = await once();
  await tab.mouse.move(5, 5);
  return { first, cached };
}

/** Turns one visit's raw data into the figures of the table. */
function figures(raw, baselineLongTasks) {
  const byName = (name) => raw.measures.filter((measure) => measure.name === name);
  const backstory = raw.measures;
  const mainThreadMs = backstory.reduce((sum, measure) => sum + measure.duration, 0);
  const longestPhaseMs = max(backstory.map((measure) => measure.duration)) ?? 0;
  const idle = raw.domContentLoadedEnd === null ? null : Math.min(raw.loadEnd ?? Infinity, raw.domContentLoadedEnd + IDLE_AFTER_DCL_MS);
  // Extraction and marking may run in several slices, each its own measure: phases are sums, ends are the last.
  const mark = byName('backstory:mark')[0];
  const lastMark = byName('backstory:mark').at(-1);
  const lastExtract = byName('backstory:extract').at(-1);
  const gate = byName('backstory:gate')[0];
  const phaseSum = (phase) => (byName(`backstory:${phase}`).length > 0 ? byName(`backstory:${phase}`).reduce((sum, measure) => sum + measure.duration, 0) : null);
  const longTasks = (raw.longTasks ?? []).filter((task) => task.duration >= LONG_TASK_MS);
  // A long task overlapping one of Backstory's measures is Backstory's; so is one starting right after a measure
  // (the rendering update that paints the new highlights follows backstory:mark).
  const during = longTasks.filter((task) =>
    backstory.some((measure) => task.start < measure.start + measure.duration + AFTER_PHASE_MS && measure.start < task.start + task.duration),
  );
  return {
    mainThreadMs,
    phases: Object.fromEntries(['gate', 'extract', 'mark'].map((phase) => [phase, phaseSum(phase)])),
    longestPhaseMs,
    longTasks: longTasks.length,
    longestTaskMs: max(longTasks.map((task) => task.duration)) ?? 0,
    longTasksOverlappingBackstory: during.length,
    extraLongTasks: baselineLongTasks === undefined ? null : longTasks.length - baselineLongTasks,
    idleEstimate: idle,
    gateStartAfterIdleMs: gate && idle !== null ? gate.start - idle : null,
    markedAfterIdleMs: raw.markedAt !== null && idle !== null ? raw.markedAt - idle : null,
    markEndAfterIdleMs: lastMark && idle !== null ? lastMark.start + lastMark.duration - idle : null,
    extractEndToMarkStartMs: mark && lastExtract ? mark.start - (lastExtract.start + lastExtract.duration) : null,
  };
}

function bundleSizes() {
  const files = { contentScript: join(EXTENSION, 'content-scripts', 'article.js'), background: join(EXTENSION, 'background.js') };
  return Object.fromEntries(
    Object.entries(files).map(([key, path]) => {
      const bytes = readFileSync(path);
      return [key, { path: relative(ROOT, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }];
    }),
  );
}

function nerBench() {
  const child = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join('scripts', 'ner', 'bench.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const output = `${child.stdout ?? ''}`.trim();
  const number = (pattern) => {
    const found = pattern.exec(output)?.[1];
    return found === undefined ? null : Number(found.replace(/,/g, ''));
  };
  return {
    exitCode: child.status,
    output: output.split('\n'),
    error: child.status === 0 ? null : `${child.stderr ?? child.error ?? ''}`.trim().split('\n').slice(-5).join('\n'),
    backstoryWordsPerSecond: number(/^Backstory:\s*([\d,.]+)\s*words\/s/m),
    compromiseWordsPerSecond: number(/^compromise:\s*([\d,.]+)\s*words\/s/m),
    ratio: number(/^ratio:\s*([\d.]+)x/m),
    article2000MedianMs: number(/2,000-word article: median ([\d.]+) ms/),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The table.

const ms = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(1)} ms`);
const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL');

function printTable(rows) {
  const header = ['page', 'figure', 'median', 'max', 'budget', 'verdict'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => `| ${cells.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(join(EXTENSION, 'manifest.json')) || !existsSync(join(EXTENSION, 'content-scripts', 'article.js'))) {
    console.error(`No extension build at ${relative(ROOT, EXTENSION)}. Run \`npm run build\` first, then \`npm run bench\`.`);
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`No Chromium at ${CHROMIUM}; set CHROMIUM_PATH.`);
    process.exit(1);
  }

  // The sizes of the build the browser loads (read again at the end: a rebuild during the run is reported).
  const bundles = bundleSizes();
  const loadBefore = loadavg()[0];
  const words = {};
  for (const page of PAGES) words[page.id] = articleWords(await pageHtml(page));
  console.log(`Pages: ${PAGES.map((page) => `${page.kind}/${page.slug} (${words[page.id]} words)`).join(', ')}; ${RUNS} runs each, fresh tab, with and without Backstory.`);

  const fixtures = await startFixtureServer();
  const benchPages = await startBenchServer();
  const knowledge = await startKnowledgeServer();
  const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  const url = (page) => (page.kind === 'bench' ? benchPages.url(page.slug) : fixtures.url(page.slug, page.kind));
  let withExtension, withoutExtension;
  const raw = Object.fromEntries(PAGES.map((page) => [page.id, { with: [], without: [], worker: [] }]));
  try {
    withExtension = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, ...BROWSER_ARGS],
    });
    const worker = withExtension.serviceWorkers()[0] ?? (await withExtension.waitForEvent('serviceworker'));
    // Hover cards look names up in Wikipedia, Wikidata and GDELT: answered by the tests' local knowledge server.
    await worker.evaluate((origin) => chrome.storage.local.set({ knowledgeOrigin: origin }), knowledge.origin);
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
    withoutExtension = await browser.newContext();

    // Runs interleaved (page by page, with then without), so that both sides share the machine's load alike.
    for (let run = 1; run <= RUNS; run += 1) {
      for (const page of PAGES) {
        process.stdout.write(`run ${run}/${RUNS} ${page.id} words… `);
        await takeWorkerMeasures(withExtension);
        const withRun = await visit(withExtension, url(page), { extension: true, hover: page.hover });
        raw[page.id].worker.push(await takeWorkerMeasures(withExtension));
        const withoutRun = await visit(withoutExtension, url(page), { extension: false, hover: false });
        raw[page.id].with.push(withRun);
        raw[page.id].without.push(withoutRun);
        const measured = withRun.measures.reduce((sum, measure) => sum + measure.duration, 0);
        console.log(`main thread ${ms(measured)}, marked ${ms(withRun.markedAt)} after navigation`);
      }
    }
  } finally {
    await withExtension?.close();
    await withoutExtension?.browser()?.close();
    await fixtures.close();
    await benchPages.close();
    await knowledge.close();
    rmSync(profile, { recursive: true, force: true });
  }

  console.log(options['no-ner'] ? 'Skipping the NER bench (--no-ner).' : 'Running the NER bench (npm run bench:ner)…');
  const ner = options['no-ner'] ? null : nerBench();
  const rebuilt = bundleSizes().contentScript.raw !== bundles.contentScript.raw || bundleSizes().background.raw !== bundles.background.raw;
  if (rebuilt) console.log(`WARNING: ${relative(ROOT, EXTENSION)} changed during the run (a rebuild?); the sizes below are those at the start.`);

  const pages = {};
  const rows = [];
  for (const page of PAGES) {
    const baseline = median(raw[page.id].without.map((run) => (run.longTasks ?? []).filter((task) => task.duration >= LONG_TASK_MS).length));
    const withFigures = raw[page.id].with.map((run) => figures(run, baseline ?? 0));
    const withoutFigures = raw[page.id].without.map((run) => figures(run));
    const series = (key, list = withFigures) => stats(list.map((entry) => entry[key]));
    const workerMeasures = raw[page.id].worker;
    const workerSum = (name) => workerMeasures.map((list) => (list ?? []).filter((measure) => measure.name === name).reduce((sum, measure) => sum + measure.duration, 0) || null);
    const entities = workerSum('backstory:entities');
    // Readability in the offscreen document, as the service worker awaits it (parse + extraction + the hop).
    const readArticle = workerSum('backstory:read-article');
    const cards = raw[page.id].with.map((run) => run.card).filter(Boolean);
    const result = {
      kind: page.kind,
      slug: page.slug,
      words: words[page.id],
      mainThreadMs: series('mainThreadMs'),
      phasesMs: Object.fromEntries(['gate', 'extract', 'mark'].map((phase) => [phase, stats(withFigures.map((entry) => entry.phases[phase]))])),
      longestPhaseMs: series('longestPhaseMs'),
      longTasksWithExtension: series('longTasks'),
      longTasksWithoutExtension: series('longTasks', withoutFigures),
      longestTaskWithExtensionMs: series('longestTaskMs'),
      longestTaskWithoutExtensionMs: series('longestTaskMs', withoutFigures),
      extraLongTasks: series('extraLongTasks'),
      longTasksOverlappingBackstory: series('longTasksOverlappingBackstory'),
      gateStartAfterIdleMs: series('gateStartAfterIdleMs'),
      markedAfterIdleMs: series('markedAfterIdleMs'),
      markEndAfterIdleMs: series('markEndAfterIdleMs'),
      extractEndToMarkStartMs: series('extractEndToMarkStartMs'),
      backgroundEntitiesMs: entities.some((value) => value !== null) ? stats(entities) : null,
      backgroundReadArticleMs: readArticle.some((value) => value !== null) ? stats(readArticle) : null,
      workerMeasures,
      hoverCard: page.hover
        ? {
            first: cards.map((card) => card.first ?? card),
            cached: cards.map((card) => card.cached ?? card),
            cachedShownAfterDelayMs: stats(cards.map((card) => card.cached?.shownAfterDelayMs)),
            cachedReadyAfterDelayMs: stats(cards.map((card) => card.cached?.readyAfterDelayMs)),
            firstReadyAfterDelayMs: stats(cards.map((card) => card.first?.readyAfterDelayMs)),
          }
        : null,
      pageErrors: [...new Set(raw[page.id].with.flatMap((run) => run.errors))],
      raw: raw[page.id],
    };
    pages[page.id] = result;

    const label = `${page.id} w`;
    rows.push([label, 'main-thread time (sum backstory:*)', ms(result.mainThreadMs.median), ms(result.mainThreadMs.max), page.id === '2000' ? `≤ ${BUDGETS.mainThreadMs2000} ms` : '—', page.id === '2000' ? verdict(result.mainThreadMs.median <= BUDGETS.mainThreadMs2000) : '']);
    rows.push([label, '  gate / extract / mark', ['gate', 'extract', 'mark'].map((phase) => result.phasesMs[phase].median?.toFixed(1) ?? 'n/a').join(' / '), ['gate', 'extract', 'mark'].map((phase) => result.phasesMs[phase].max?.toFixed(1) ?? 'n/a').join(' / '), '', '']);
    rows.push([label, 'longest backstory:* phase', ms(result.longestPhaseMs.median), ms(result.longestPhaseMs.max), `< ${LONG_TASK_MS} ms`, verdict(result.longestPhaseMs.median < LONG_TASK_MS)]);
    rows.push([label, 'long tasks ≥ 50 ms with / without ext', `${result.longTasksWithExtension.median} / ${result.longTasksWithoutExtension.median}`, `${result.longTasksWithExtension.max} / ${result.longTasksWithoutExtension.max}`, '', '']);
    rows.push([label, '  longest task with / without ext', `${ms(result.longestTaskWithExtensionMs.median)} / ${ms(result.longestTaskWithoutExtensionMs.median)}`, `${ms(result.longestTaskWithExtensionMs.max)} / ${ms(result.longestTaskWithoutExtensionMs.max)}`, '', '']);
    rows.push([label, 'long tasks in/right after backstory:*', String(result.longTasksOverlappingBackstory.median), String(result.longTasksOverlappingBackstory.max), `${BUDGETS.extensionLongTasks}`, verdict(result.longTasksOverlappingBackstory.median <= BUDGETS.extensionLongTasks)]);
    rows.push([label, '  with minus without ext (whole load)', String(result.extraLongTasks.median), String(result.extraLongTasks.max), '', '']);
    rows.push([label, 'idle → names marked (first frame)', ms(result.markedAfterIdleMs.median), ms(result.markedAfterIdleMs.max), page.id === '2000' ? `≤ ${BUDGETS.markedAfterIdleMs2000} ms` : '—', page.id === '2000' ? verdict(result.markedAfterIdleMs.median <= BUDGETS.markedAfterIdleMs2000) : '']);
    rows.push([label, 'idle → backstory:mark end', ms(result.markEndAfterIdleMs.median), ms(result.markEndAfterIdleMs.max), '', '']);
    rows.push([label, 'extract end → mark start (bg round trip)', ms(result.extractEndToMarkStartMs.median), ms(result.extractEndToMarkStartMs.max), '', '']);
    rows.push([label, 'background Readability (backstory:read-article)', ms(result.backgroundReadArticleMs?.median), ms(result.backgroundReadArticleMs?.max), '', result.backgroundReadArticleMs ? '' : 'n/a']);
    rows.push([label, 'background extraction (backstory:entities)', ms(result.backgroundEntitiesMs?.median), ms(result.backgroundEntitiesMs?.max), '', result.backgroundEntitiesMs ? '' : 'n/a']);
    if (result.hoverCard) {
      const hover = result.hoverCard;
      rows.push([label, 'hover card, cached: delay end → ready', ms(hover.cachedReadyAfterDelayMs.median), ms(hover.cachedReadyAfterDelayMs.max), `≤ ${FRAME_MS.toFixed(1)} ms`, hover.cachedReadyAfterDelayMs.median === null ? 'n/a' : verdict(hover.cachedReadyAfterDelayMs.median <= BUDGETS.cachedCardMs)]);
      rows.push([label, '  first hover: delay end → ready', ms(hover.firstReadyAfterDelayMs.median), ms(hover.firstReadyAfterDelayMs.max), '', '']);
    }
  }
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  rows.push(['bundle', 'content script (article.js) raw / gzip', `${kb(bundles.contentScript.raw)} / ${kb(bundles.contentScript.gzip)}`, '', `≤ ${BUDGETS.contentScriptGzipKb} KB gzip`, verdict(bundles.contentScript.gzip <= BUDGETS.contentScriptGzipKb * 1024)]);
  rows.push(['bundle', 'background.js raw / gzip', `${kb(bundles.background.raw)} / ${kb(bundles.background.gzip)}`, '', '—', '']);
  if (ner) {
    const perSecond = (value) => (value === null ? 'n/a' : `${Math.round(value).toLocaleString('en-US')} w/s`);
    rows.push(['NER', 'Backstory / compromise throughput', `${perSecond(ner.backstoryWordsPerSecond)} / ${perSecond(ner.compromiseWordsPerSecond)}`, ner.ratio === null ? 'n/a' : `${ner.ratio}x`, '', ner.exitCode === 0 ? '' : 'error']);
  }

  console.log(`\nVerdicts on the median of ${RUNS} runs. Machine: ${cpus().length} CPUs, 1-min load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after.`);
  printTable(rows);
  if (ner) {
    console.log('\nnpm run bench:ner:');
    for (const line of ner.output) console.log(`  ${line}`);
    if (ner.error) console.log(`  (failed: ${ner.error})`);
  }
  const failed = rows.filter((row) => row[5] === 'FAIL').map((row) => `${row[0]}: ${row[1].trim()}`);
  console.log(failed.length ? `\nFAIL: ${failed.length} budget(s) not met — ${failed.join('; ')}` : '\nAll budgets met.');
  for (const page of PAGES) if (pages[page.id].pageErrors.length) console.log(`page errors on ${page.slug}: ${pages[page.id].pageErrors.join(' | ')}`);

  const results = {
    date: new Date().toISOString(),
    chromium: CHROMIUM,
    cpus: cpus().length,
    loadAverage: { before: loadBefore, after: loadavg()[0] },
    runs: RUNS,
    definitions: {
      idleEstimate: `min(loadEventEnd, domContentLoadedEventEnd + ${IDLE_AFTER_DCL_MS} ms), on the page's performance.now() timeline`,
      markedAfterIdleMs: 'first requestAnimationFrame in which CSS.highlights has a backstory-person/organization range, minus the idle estimate',
      longTask: `PerformanceObserver longtask entries ≥ ${LONG_TASK_MS} ms, collected until ${SETTLE_MS} ms after the names were marked (without the extension: after load)`,
      longTasksOverlappingBackstory: `long tasks overlapping a backstory:* measure or starting within ${AFTER_PHASE_MS} ms after one ends`,
      extraLongTasks: 'long tasks with the extension minus the median without it',
      hoverCard: `from the last pointermove on the name + SHOW_DELAY_MS (${SHOW_DELAY_MS} ms) to the .bs-card state change, observed in the backstory-card shadow root`,
    },
    budgets: BUDGETS,
    verdictsOn: 'median of the runs (max reported next to it)',
    rebuiltDuringRun: rebuilt,
    failed,
    table: rows,
    bundles,
    ner,
    pages,
  };
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nJSON: ${OUT}`);
}

await main();
