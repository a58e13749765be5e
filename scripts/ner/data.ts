/**
 * Reading the corpus (../shared/corpus, JSONL) and building the gazetteer table from ../shared/corpus/gazetteers.
 * Only used by the training and evaluation scripts; the runtime gets everything from the model binary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HashDict } from '../../lib/ner/hashdict';
import {
  G_CITY, G_COUNTRY, G_DEMONYM, G_FIRST_HI, G_FIRST_LO, G_ORG, G_ORG_DESIG, G_ORG_OF, G_POLGROUP, G_POLITICIAN,
  G_ROLE_MOD, G_SUR_HI, G_SUR_LO, G_TEAM, G_TITLE, addEntry,
} from '../../lib/ner/gazetteer';

export const SHARED = resolve(process.env.BACKSTORY_SHARED ?? join(process.cwd(), '..', 'shared'));
export const CORPUS = join(SHARED, 'corpus');

export interface CorpusEntity { start: number; end: number; type: string; text: string; [flag: string]: unknown }
export interface CorpusDoc {
  id: string;
  set?: string;
  split?: string;
  text: string;
  entities: CorpusEntity[];
  annotated_types?: string[];
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

export function requireShared(): void {
  if (!existsSync(CORPUS)) {
    throw new Error(`training data not found at ${CORPUS}; set BACKSTORY_SHARED to the folder that holds corpus/`);
  }
}

function tsvRows(file: string): string[][] {
  const lines = readFileSync(join(CORPUS, 'gazetteers', file), 'utf8').split('\n');
  return lines.slice(1).filter((l) => l.trim() !== '').map((l) => l.split('\t'));
}

/** First names with at least this many US births (1880–2024) are kept; above HI they are "common". */
const FIRST_NAME_MIN_BIRTHS = 1_000;
const FIRST_NAME_HI_BIRTHS = 20_000;
/** Census 1990 surnames by rank. */
const SURNAME_HI_RANK = 5_000;
const SURNAME_MAX_RANK = 25_000;

/** Builds the gazetteer table (lowercased token sequences → list bits). Sizes are pruned to keep the model small. */
export function buildGazetteer(): HashDict {
  const gaz = new HashDict(200_000);
  for (const r of tsvRows('first_names_ssa.tsv')) {
    const births = Number(r[3]);
    if (births >= FIRST_NAME_MIN_BIRTHS) addEntry(gaz, r[0] ?? '', births >= FIRST_NAME_HI_BIRTHS ? G_FIRST_HI : G_FIRST_LO);
  }
  for (const r of tsvRows('first_names_census1990.tsv')) addEntry(gaz, r[0] ?? '', G_FIRST_LO);
  for (const r of tsvRows('surnames_census1990.tsv')) {
    const rank = Number(r[1]);
    if (rank <= SURNAME_MAX_RANK) addEntry(gaz, r[0] ?? '', rank <= SURNAME_HI_RANK ? G_SUR_HI : G_SUR_LO);
  }
  for (const r of tsvRows('surnames_census2010_top1000.tsv')) addEntry(gaz, r[0] ?? '', G_SUR_HI);
  for (const r of tsvRows('us_politicians.tsv')) for (const v of (r[0] ?? '').split('|')) if (v) addEntry(gaz, v, G_POLITICIAN);
  for (const r of tsvRows('countries.tsv')) addEntry(gaz, r[1] ?? '', G_COUNTRY);
  for (const r of tsvRows('demonyms.tsv')) addEntry(gaz, r[1] ?? '', G_DEMONYM);
  for (const r of tsvRows('cities_regions.tsv')) addEntry(gaz, r[1] ?? '', G_CITY);
  for (const r of tsvRows('organizations_known.tsv')) addEntry(gaz, r[1] ?? '', G_ORG);
  for (const r of tsvRows('sports_teams.tsv')) addEntry(gaz, r[1] ?? '', G_TEAM);
  for (const r of tsvRows('person_titles.tsv')) addEntry(gaz, r[1] ?? '', r[0] === 'role_modifier' ? G_ROLE_MOD : G_TITLE);
  for (const r of tsvRows('honorifics_compromise.tsv')) addEntry(gaz, r[0] ?? '', G_TITLE);
  for (const r of tsvRows('org_designators.tsv')) {
    const bit = r[0] === 'org_prefix_of' ? G_ORG_OF : r[0] === 'political_org_word' ? G_POLGROUP : r[0] === 'acronym_pattern_note' ? 0 : G_ORG_DESIG;
    if (bit) addEntry(gaz, (r[1] ?? '').replace(/\s+of$/i, ''), bit);
  }
  return gaz;
}

/** MIX.json entries. */
interface MixEntry { set: string; files: string[]; weight: number; filter?: { split?: string[] } }
interface Mix { core_gold: MixEntry[]; silver_news: MixEntry[]; optional: MixEntry[] }

export interface WeightedDoc { doc: CorpusDoc; weight: number }

/** Training documents per ../shared/corpus/train/MIX.json (sets with weight 0 are skipped). */
export function loadTrainingMix(): WeightedDoc[] {
  const mix = JSON.parse(readFileSync(join(CORPUS, 'train', 'MIX.json'), 'utf8')) as Mix;
  const out: WeightedDoc[] = [];
  // experiment knob: NER_WEIGHTS="re3d:0,btc:0.5" overrides the weights of MIX.json (never used for the committed model)
  const override = new Map((process.env.NER_WEIGHTS ?? '').split(',').filter(Boolean).map((kv) => {
    const [set, w] = kv.split(':');
    return [set ?? '', Number(w)] as const;
  }));
  for (const entry of [...mix.core_gold, ...mix.silver_news, ...mix.optional]) {
    const e = { ...entry, weight: override.get(entry.set) ?? entry.weight };
    if (e.weight <= 0) continue;
    for (const f of e.files) {
      for (const doc of readJsonl<CorpusDoc>(join(CORPUS, 'train', f))) {
        if (e.filter?.split && !e.filter.split.includes(doc.split ?? '')) continue;
        out.push({ doc, weight: e.weight });
      }
    }
  }
  // experiment knob: NER_EXTRA="data/ner/x.jsonl:2,other.jsonl:1" adds documents from files outside the corpus
  for (const kv of (process.env.NER_EXTRA ?? '').split(',').filter(Boolean)) {
    const at = kv.lastIndexOf(':');
    const weight = Number(kv.slice(at + 1));
    for (const doc of readJsonl<CorpusDoc>(kv.slice(0, at))) out.push({ doc, weight });
  }
  return out;
}
