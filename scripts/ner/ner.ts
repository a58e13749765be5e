/**
 * npm run --silent ner < docs.jsonl > predictions.jsonl
 * Reads JSONL documents {"id", "text", ...} and writes {"id", "entities": [{start, end, type, text}]} per line.
 * Nothing else goes to stdout (errors go to stderr).
 */
import { createInterface } from 'node:readline';
import { loadDefaultModel, tagText } from '../../lib/ner/index';

async function main(): Promise<void> {
  const model = loadDefaultModel();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let doc: { id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      process.stderr.write(`line ${lineNo}: not JSON, skipped\n`);
      continue;
    }
    const text = typeof doc.text === 'string' ? doc.text : '';
    const entities = tagText(text, model).map(({ start, end, type, text: t }) => ({ start, end, type, text: t }));
    process.stdout.write(JSON.stringify({ id: doc.id ?? null, entities }) + '\n');
  }
}

main().catch((e: unknown) => { process.stderr.write(`${String(e)}\n`); process.exit(1); });
