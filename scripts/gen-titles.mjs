// Regenerates lib/entities/person-titles.ts from data/entities/person_titles.tsv (one term per row, column 2).
import { readFileSync, writeFileSync } from 'node:fs';

const rows = readFileSync('data/entities/person_titles.tsv', 'utf8').trim().split('\n').slice(1);
const terms = [...new Set(rows.map((row) => row.split('\t')[1]).filter(Boolean))];
terms.sort((a, b) => b.length - a.length || a.localeCompare(b));
writeFileSync(
  'lib/entities/person-titles.ts',
  '// Generated from data/entities/person_titles.tsv (written for Backstory, CC0; see data/entities/SOURCES.md).\n' +
    '// Longest first, so "Deputy Prime Minister" wins over "Prime Minister". Regenerate: npm run gen:titles\n' +
    `export const PERSON_TITLES: readonly string[] = ${JSON.stringify(terms, null, 1).replace(/\n /g, '\n  ')};\n`,
);
