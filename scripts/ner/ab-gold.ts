/**
 * npm run ab:ner -- --base REV [--sets wikigold,re3d,gmb:2000,…] [--examples N]
 *
 * A/B of the engine against the gold of the training sets: `lib/ner` at git revision REV against the working tree,
 * both run in this process over the same documents. Only the spans where the two differ are counted: for each side,
 * how many of its own spans are exact gold spans (right) and how many are not (spurious). A type a set does not
 * annotate (`annotated_types`) is left out of its counts.
 *
 * Why the training sets: dev has 51 documents, so a document-pass rule that fires a few times moves dev by a span or
 * two either way, while the training sets hold thousands of documents from seven sources. The tagger was trained on
 * them, so it is right more often there than on new text and a rule has less to fix: read a loss here as a sign of
 * what the rule breaks (the examples show which), not as its exact cost on news. GMB's labels are silver.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tagText as tagWorking } from '../../lib/ner/index';
import type { TaggedSpan } from '../../lib/ner/index';
import { CORPUS, readJsonl, requireShared } from './data';
import type { CorpusDoc } from './data';

/** The sets and how many documents of each (GMB and Re-DocRED are large: a sample keeps the run to about a minute). */
const DEFAULT_SETS = 'wikigold,re3d,gmb:2000,redocred:800,crossner,gum_other,uner_ewt';

interface Side { right: number; spurious: number }

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const key = (e: { start: number; end: number; type: string }): string => `${e.start}:${e.end}:${e.type}`;

async function main(): Promise<void> {
  const base = arg('--base');
  if (!base) { console.error('usage: npm run ab:ner -- --base REV [--sets a,b:N] [--examples N]'); process.exit(2); }
  requireShared();
  const nExamples = Number(arg('--examples') ?? 0);
  const dir = mkdtempSync(join(tmpdir(), 'backstory-ab-'));
  try {
    execSync(`git archive ${base} lib/ner | tar -x -C ${dir}`);
    // eslint-disable-next-line no-unsanitized/method -- a dev script, importing the revision it just extracted to its own temp dir
    const baseLib = (await import(pathToFileURL(join(dir, 'lib', 'ner', 'index.ts')).href)) as { tagText: (t: string) => TaggedSpan[] };
    const rows: Array<[string, Side, Side]> = [];
    const examples: string[] = [];
    for (const spec of (arg('--sets') ?? DEFAULT_SETS).split(',')) {
      const [name, limit] = spec.split(':') as [string, string | undefined];
      const docs = readJsonl<CorpusDoc>(join(CORPUS, 'train', `${name}.jsonl`)).slice(0, limit ? Number(limit) : undefined);
      const a: Side = { right: 0, spurious: 0 }, b: Side = { right: 0, spurious: 0 };
      for (const d of docs) {
        const annotated = d.annotated_types ?? ['PER', 'ORG', 'LOC', 'MISC'];
        const pa = baseLib.tagText(d.text), pb = tagWorking(d.text);
        const ka = new Set(pa.map(key)), kb = new Set(pb.map(key));
        const gold = new Set(d.entities.filter((e) => annotated.includes(e.type)).map(key));
        const count = (spans: TaggedSpan[], other: Set<string>, side: Side, label: string): void => {
          for (const e of spans) {
            if (other.has(key(e)) || !annotated.includes(e.type)) continue;
            const right = gold.has(key(e));
            if (right) side.right++; else side.spurious++;
            if (examples.length < nExamples) {
              const context = d.text.slice(Math.max(0, e.start - 40), e.end + 40).replace(/\s+/g, ' ');
              examples.push(`${name} ${label} ${right ? 'right   ' : 'spurious'} ${e.type} "${e.text}" | ${context}`);
            }
          }
        };
        count(pa, kb, a, 'base   ');
        count(pb, ka, b, 'working');
      }
      rows.push([`${name} (${docs.length})`, a, b]);
    }
    console.log(`spans where lib/ner at ${base} and the working tree differ, against the training sets' gold`);
    console.log('set                  | base right spurious | working right spurious');
    const total: [Side, Side] = [{ right: 0, spurious: 0 }, { right: 0, spurious: 0 }];
    for (const [name, a, b] of rows) {
      console.log(`${name.padEnd(20)} | ${String(a.right).padStart(10)} ${String(a.spurious).padStart(8)} | ${String(b.right).padStart(13)} ${String(b.spurious).padStart(8)}`);
      total[0].right += a.right; total[0].spurious += a.spurious; total[1].right += b.right; total[1].spurious += b.spurious;
    }
    console.log(`${'all'.padEnd(20)} | ${String(total[0].right).padStart(10)} ${String(total[0].spurious).padStart(8)} | ${String(total[1].right).padStart(13)} ${String(total[1].spurious).padStart(8)}`);
    if (examples.length > 0) console.error(examples.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
