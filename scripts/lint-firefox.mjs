// `web-ext lint` on the Firefox build, failing on any error or warning except Preact's own innerHTML path:
// its `dangerouslySetInnerHTML` support (`e.innerHTML = props.__html`), bundled wherever Preact renders (the
// panel, the options page, the card in the content script). Backstory never uses that prop: ESLint forbids it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PREACT_INNER_HTML = /\w+\.innerHTML=\w+\.__html/;
const source = process.argv[2] ?? '.output/firefox-mv2';

/** True for Preact's dangerouslySetInnerHTML assignment, recognised by the code at the reported position. */
function isPreactInnerHtml(item) {
  if (item.code !== 'UNSAFE_VAR_ASSIGNMENT' || !item.file || !item.line) return false;
  const line = readFileSync(join(source, item.file), 'utf8').split('\n')[item.line - 1] ?? '';
  const column = item.column ?? 0;
  return PREACT_INNER_HTML.test(line.slice(Math.max(0, column - 5), column + 40));
}

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', source, '--self-hosted', '--output', 'json'], { encoding: 'utf8' });
const report = JSON.parse(run.stdout);
const findings = [...report.errors, ...report.warnings, ...report.notices];
const unexpected = findings.filter((item) => !isPreactInnerHtml(item));
for (const item of findings) {
  const known = !unexpected.includes(item);
  console.log(`${known ? 'known (Preact)' : 'NEW'} ${item._type} ${item.code} ${item.file ?? ''}:${item.line ?? ''}:${item.column ?? ''} ${known ? '' : item.message}`);
}
console.log(`web-ext lint ${source}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${unexpected.length} unexpected`);
process.exit(unexpected.length > 0 ? 1 : 0);
