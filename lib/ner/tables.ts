/**
 * Results tables in sports news: rows of names and numbers, one per line ("Arsenal 12 7 4 1 22 9 25",
 * "Tiger Woods 69 70 68", "Barcelona 3 Real Madrid 2"). A row's name has no sentence around it, so the tagger
 * tags some rows and misses others. The names in one table are of one kind (teams, players, countries): when the
 * tagger typed at least one cell of a table exactly, its majority type is given to the cells it left untagged or
 * tagged only in part.
 * Cells it typed otherwise keep their type (a national team is LOC beside clubs that are ORG, CoNLL convention),
 * unless the table's type holds a clear majority (three cells and three quarters of the typed ones).
 */
import { CAP_DIGIT } from './features';
import type { WordInfo } from './features';
import { N_TYPES, TAG_O, isBegin, tagB, tagI, typeOfTag } from './tags';
import { TF_SENT_START } from './tokenize';
import type { Tokens } from './tokenize';

/** Rows needed to call consecutive lines a table (one line of a name and numbers can be prose: "Chapter 3"). */
const MIN_TABLE_ROWS = 2;
/** Votes, and share of the typed cells, for a table's type to retype the cells typed otherwise. */
const CLEAR_MAJORITY_MIN = 3;
const CLEAR_MAJORITY_SHARE = 0.75;
/** Lowercase words that may sit inside a name cell ("Bayern of Munich", "Real Sociedad de Futbol"). */
const CELL_CONNECTORS = new Set(['of', 'de', 'del', 'la', 'le', 'van', 'von', 'da', 'al', 'and', '&', '-', '.', "'", '’']);
/** Punctuation a row may have between its numbers ("2-1", "3:30", "(4)", "+2", "1/2"). */
const NUMBER_PUNCT = new Set(['-', '–', ':', '/', ',', '.', '(', ')', '+', '%']);

interface Cell { start: number; end: number }

/** The name cells of line [from, to) if it is a table row (starts with a name, ends with a number, has only names,
 * numbers and their punctuation). */
/** A word of a name cell: capitalized, or with a capital inside ("VfB Stuttgart", "McLaren"). */
const isNameWord = (info: WordInfo): boolean => info.hasUpper;

function rowCells(text: string, tokens: Tokens, infos: WordInfo[], from: number, to: number): Cell[] | null {
  // a row starts with a name and ends with a number ("… 25", "… (4)"): prose lines, ending in a period, fail at once
  const last = (infos[to - 1] as WordInfo).capClass === CAP_DIGIT || text.charCodeAt((tokens.ends[to - 1] as number) - 1) === 41;
  if (!last || !isNameWord(infos[from] as WordInfo)) return null;
  const cells: Cell[] = [];
  let numbers = 0, cell: Cell | null = null;
  for (let k = from; k < to; k++) {
    const info = infos[k] as WordInfo;
    // a sentence after the row's names and numbers is not part of it ("Utrecht 0 . Halftime 2-0 . Attendance 25,000")
    if (cells.length >= 2 && ((tokens.flags[k] as number) & TF_SENT_START) !== 0) break;
    if (isNameWord(info)) {
      if (!cell) { cell = { start: k, end: k + 1 }; cells.push(cell); }
      cell.end = k + 1;
      continue;
    }
    if (info.capClass === CAP_DIGIT) { numbers++; cell = null; continue; }
    // prose ends the scan at its first lowercase word, so only short slices are made
    const word = text.slice(tokens.starts[k], tokens.ends[k]);
    // a connector only joins capitalized words: the cell ends at its last capitalized word
    if (cell && CELL_CONNECTORS.has(word)) continue;
    if (!NUMBER_PUNCT.has(word)) return null;
    cell = null;
  }
  return numbers > 0 ? cells : null;
}

/** The type of a cell the tagger tagged as exactly one span, or -1. */
function cellType(tags: Uint8Array, c: Cell): number {
  const t = tags[c.start] as number;
  if (t === TAG_O || !isBegin(t)) return -1;
  for (let k = c.start + 1; k < c.end; k++) if (isBegin(tags[k] as number) || tags[k] === TAG_O) return -1;
  if (c.end < tags.length && tags[c.end] !== TAG_O && !isBegin(tags[c.end] as number)) return -1;
  return typeOfTag(t);
}

/** The table's votes: how many cells the tagger typed exactly, per type. */
function countVotes(tags: Uint8Array, rows: Cell[][]): { type: number; clear: boolean } | null {
  const votes = new Int32Array(N_TYPES);
  let total = 0;
  for (const row of rows) for (const c of row) { const t = cellType(tags, c); if (t >= 0) { votes[t] = (votes[t] as number) + 1; total++; } }
  if (total === 0) return null;
  let type = 0;
  for (let t = 1; t < N_TYPES; t++) if ((votes[t] as number) > (votes[type] as number)) type = t;
  const top = votes[type] as number;
  return { type, clear: top >= CLEAR_MAJORITY_MIN && top >= CLEAR_MAJORITY_SHARE * total };
}

/** Writes `type` on the cells that are untagged or tagged in part, and (`all`) on the cells typed otherwise. */
function writeCells(tags: Uint8Array, rows: Cell[][], type: number, all: boolean): void {
  for (const row of rows) {
    for (const c of row) {
      const t = cellType(tags, c);
      if (t === type || (t >= 0 && !all)) continue;
      // untagged, or only part of it tagged ("Costantino Rocca" with "Rocca" alone): the whole cell is the name
      let end = c.end;
      while (end < tags.length && tags[end] !== TAG_O && !isBegin(tags[end] as number)) end++;
      tags.fill(TAG_O, c.end, end);
      tags[c.start] = tagB(type);
      for (let k = c.start + 1; k < c.end; k++) tags[k] = tagI(type);
    }
  }
}

function fillTable(tags: Uint8Array, rows: Cell[][]): void {
  if (rows.length < MIN_TABLE_ROWS) return;
  const first = countVotes(tags, rows);
  if (!first) return;
  writeCells(tags, rows, first.type, false);
  // counted again with the filled cells: a clear majority also retypes the odd cell out ("Bayer Leverkusen" MISC
  // among clubs); a mixed table (clubs and national teams) keeps the tagger's types
  const second = countVotes(tags, rows);
  if (second?.clear) writeCells(tags, rows, second.type, true);
}

/** Gives the untagged names of each results table the type of the names the tagger found in it. */
export function fillTables(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array, starts: readonly number[]): void {
  let rows: Cell[][] = [];
  for (let j = 0; j + 1 < starts.length; j++) {
    const cells = rowCells(text, tokens, infos, starts[j] as number, starts[j + 1] as number);
    if (cells) rows.push(cells);
    else { fillTable(tags, rows); rows = []; }
  }
  fillTable(tags, rows);
}

/**
 * A time at the end of a name is a result, not part of the name ("Mapei 21:04:12" in a cycling table's row, where the
 * tagger ran the team into the time). Only times (digits with a colon): "Apollo 11", "Boeing 747" keep their number.
 */
export function trimTrailingTimes(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  const n = tokens.count;
  const isTime = (k: number): boolean =>
    (infos[k] as WordInfo).capClass === CAP_DIGIT && text.slice(tokens.starts[k], tokens.ends[k]).includes(':');
  for (let i = 1; i < n; i++) {
    // the last token of a name (an I- tag, the next one not), a number: most names end in a word
    const t = tags[i] as number;
    if (t === TAG_O || isBegin(t) || (infos[i] as WordInfo).capClass !== CAP_DIGIT) continue;
    if (i + 1 < n && tags[i + 1] !== TAG_O && !isBegin(tags[i + 1] as number)) continue;
    let k = i + 1;
    while (k - 1 > 0 && !isBegin(tags[k - 1] as number) && isTime(k - 1)) k--;
    if (k <= i) tags.fill(TAG_O, k, i + 1);
  }
}
