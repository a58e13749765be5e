/**
 * `npm run analyze -- <file.html|url> [--json]`: the extension's pipeline in Node, on one page.
 * Prints whether the page is an article, its metadata, and its people and organizations with mention counts.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../lib/pipeline/analyze-document';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const target = args.find((arg) => !arg.startsWith('--'));
  if (!target) {
    console.error('usage: npm run analyze -- <file.html|url> [--json]');
    process.exit(2);
  }
  const isUrl = /^https?:\/\//.test(target);
  const html = isUrl ? await (await fetch(target)).text() : readFileSync(target, 'utf8');
  const url = isUrl ? target : pathToFileURL(target).href;
  const { document } = parseHTML(html);
  const result = analyzeDocument(document as unknown as Document, url);
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(`isArticle: ${result.isArticle}`);
  if (!result.metadata) return;
  for (const [key, value] of Object.entries(result.metadata)) console.log(`${key}: ${value ?? '—'}`);
  for (const [label, list] of [['People', result.people], ['Organizations', result.organizations]] as const) {
    console.log(`\n${label}:`);
    for (const entity of list) console.log(`  ${entity.name} (${entity.mentions}×, salience ${entity.salience})`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
