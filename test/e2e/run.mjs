// Runs the end-to-end suites one after the other (two browsers at once would starve a 2-core machine).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const suites = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['chromium', 'persistence', 'firefox', 'firefox-persistence'];
let failed = false;
for (const suite of suites) {
  const file = join(import.meta.dirname, `${suite}.e2e.mjs`);
  const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', file], { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
