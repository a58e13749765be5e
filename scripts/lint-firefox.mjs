// `web-ext lint` on the Firefox build, failing on any error or warning except Preact's own innerHTML path
// (its `dangerouslySetInnerHTML` support, which Backstory never uses: the no-unsanitized lint rule forbids it).
import { spawnSync } from 'node:child_process';

const KNOWN = [{ code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/jsxRuntime-[\w-]+\.js$/ }];
const source = process.argv[2] ?? '.output/firefox-mv2';
const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', source, '--self-hosted', '--output', 'json'], { encoding: 'utf8' });
const report = JSON.parse(run.stdout);
const findings = [...report.errors, ...report.warnings, ...report.notices];
const unexpected = findings.filter((item) => !KNOWN.some((known) => known.code === item.code && known.file.test(item.file ?? '')));
for (const item of findings) {
  const known = !unexpected.includes(item);
  console.log(`${known ? 'known' : 'NEW  '} ${item._type} ${item.code} ${item.file ?? ''}:${item.line ?? ''} ${known ? '' : item.message}`);
}
console.log(`web-ext lint ${source}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${unexpected.length} unexpected`);
process.exit(unexpected.length > 0 ? 1 : 0);
