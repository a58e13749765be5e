/**
 * Regression test of the bundled NER model on a committed sample of the GUM dev set (data/ner/dev-sample.jsonl,
 * written by `npm run train:ner` together with the strict F1 it reached, data/ner/regression-baseline.json).
 * Fails when strict F1 of PER, ORG or all types falls more than MARGIN below that level. Needs no ../shared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDefaultModel, tagText } from '../lib/ner/index';
import { emptyTable, scoreDocument, strictF1 } from '../lib/ner/score';
import type { GoldSpan } from '../lib/ner/score';

/** Allowed drop in strict F1 (absolute) before the test fails. */
const MARGIN = 0.02;
const DATA = join(__dirname, '..', 'data', 'ner');

interface SampleDoc { id: string; text: string; entities: GoldSpan[] }

describe('NER regression on the committed dev sample', () => {
  const docs = readFileSync(join(DATA, 'dev-sample.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as SampleDoc);
  const baseline = JSON.parse(readFileSync(join(DATA, 'regression-baseline.json'), 'utf8')) as Record<string, number>;
  const model = loadDefaultModel();
  const table = emptyTable();
  for (const d of docs) scoreDocument(d.entities, tagText(d.text, model), table);

  for (const type of ['PER', 'ORG', 'ALL']) {
    it(`${type} strict F1 stays within ${MARGIN} of the trained level`, () => {
      const reached = baseline[type];
      expect(reached).toBeTypeOf('number');
      expect(strictF1(table, type)).toBeGreaterThanOrEqual((reached ?? 1) - MARGIN);
    });
  }
});
