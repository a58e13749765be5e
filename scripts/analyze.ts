/**
 * `npm run analyze -- <file.html|url> [--json] [--lookup] [--google-news] [--endpoint ORIGIN]`: the extension's pipeline in Node,
 * on one page. Prints whether the page is an article, its metadata, and its people and organizations with
 * mention counts. With --lookup, each entity is also linked and looked up (Wikipedia, Wikidata, GDELT) exactly
 * as the extension does; --endpoint (or BACKSTORY_KNOWLEDGE_ORIGIN) points every source at one origin, such as
 * the fixture server (`node test/knowledge-server/server.mjs 5179`) or a mirror. --google-news also merges Google
 * News RSS into related coverage (off by default, as in the extension: its feed is for personal reading only).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/article/extract-article';
import { contextWords } from '../lib/entities/context-words';
import { extractEntities } from '../lib/entities/extract-entities';
import { createKnowledgeService, createMemoryStore, endpointsAt } from '../lib/knowledge/index';
import { analyzeDocument } from '../lib/pipeline/analyze-document';
import { lookupAll } from '../lib/pipeline/lookup-all';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const lookup = args.includes('--lookup');
  const googleNews = args.includes('--google-news');
  const endpoint = option(args, '--endpoint') ?? process.env['BACKSTORY_KNOWLEDGE_ORIGIN'];
  const target = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--endpoint');
  if (!target) {
    console.error('usage: npm run analyze -- <file.html|url> [--json] [--lookup] [--google-news] [--endpoint ORIGIN]');
    process.exit(2);
  }
  const isUrl = /^https?:\/\//.test(target);
  const html = isUrl ? await (await fetch(target)).text() : readFileSync(target, 'utf8');
  const url = isUrl ? target : pathToFileURL(target).href;
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const result: Record<string, unknown> = { ...analyzeDocument(doc, url) };
  if (lookup && result['isArticle']) {
    const article = extractArticle(doc, url);
    if (article) {
      const service = createKnowledgeService({
        fetch: (input, init) => fetch(input, init),
        now: Date.now,
        store: createMemoryStore(),
        lang: article.metadata.lang ?? 'en',
        googleNews,
        ...(endpoint ? { endpoints: endpointsAt(endpoint) } : {}),
      });
      const { entities } = extractEntities(article.text, article.metadata);
      result['lookup'] = await lookupAll(service, entities, {
        contextWords: contextWords(article.text),
        articleDate: article.metadata.publishedTime,
        articleUrl: article.metadata.url,
        articleTitle: article.metadata.title,
      });
    }
  }
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const analysis = result as unknown as ReturnType<typeof analyzeDocument>;
  console.log(`isArticle: ${analysis.isArticle}`);
  if (!analysis.metadata) return;
  for (const [key, value] of Object.entries(analysis.metadata)) console.log(`${key}: ${value ?? '—'}`);
  for (const [label, list] of [['People', analysis.people], ['Organizations', analysis.organizations]] as const) {
    console.log(`\n${label}:`);
    for (const entity of list) console.log(`  ${entity.name} (${entity.mentions}×, salience ${entity.salience})`);
  }
  if (result['lookup']) console.log(`\nLookups (use --json for everything):\n${JSON.stringify(result['lookup'], null, 1).slice(0, 4000)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
