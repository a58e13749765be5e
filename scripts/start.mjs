// `npm start` / `npm run start:firefox`: builds Backstory, serves the bundled sample article on 127.0.0.1 and
// opens a browser with the extension loaded on it. Stop with Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from './fixture-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLE = 'seed-timesofisrael-1';
/** A fixed port, so the sample article keeps its URL (and the per-site settings) between runs. */
const PORT = Number(process.env.BACKSTORY_PORT ?? 5178);
const target = process.argv[2] === 'firefox' ? 'firefox' : 'chromium';

const CANDIDATES = {
  chromium: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
};
const executable = CANDIDATES[target].find((path) => path && existsSync(path));
if (!executable) {
  console.error(`No ${target} found. Set ${target === 'firefox' ? 'FIREFOX_PATH' : 'CHROMIUM_PATH'} to its executable.`);
  process.exit(1);
}

const build = spawnSync('npx', ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startFixtureServer(PORT);
const url = `http://127.0.0.1:${server.port}/pages/${SAMPLE}/`;
console.log(`\nSample article: ${url}\nClick the Backstory button in the toolbar to open the side panel.\n`);

const child =
  target === 'firefox'
    ? spawn('npx', ['web-ext', 'run', '--source-dir', join(ROOT, '.output', 'firefox-mv2'), '--firefox', executable, '--start-url', url, ...process.argv.slice(3)], { cwd: ROOT, stdio: 'inherit' })
    : spawn(
        executable,
        [
          // Google Chrome ignores --load-extension since version 137: use Chromium, or load unpacked (README).
          `--user-data-dir=${mkdtempSync(join(tmpdir(), 'backstory-start-'))}`,
          `--disable-extensions-except=${join(ROOT, '.output', 'chrome-mv3')}`,
          `--load-extension=${join(ROOT, '.output', 'chrome-mv3')}`,
          '--no-first-run',
          '--no-default-browser-check',
          ...process.argv.slice(3),
          url,
        ],
        { stdio: 'inherit' },
      );
child.on('exit', (code) => {
  void server.close();
  process.exit(code ?? 0);
});
process.on('SIGINT', () => child.kill('SIGINT'));
