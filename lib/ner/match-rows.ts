/**
 * Match rows and standings of sports results pages: "Coventry 0 Chelsea 2", "PSV Eindhoven 3 ( Nilis 12 , Jonk 40 )
 * Utrecht 0 . Halftime 2-0", "NEW YORK 74 58 .561 -", "Feyenoord 12 8 3 1 22 10 27". The tagger runs names into the scores and types the scorers
 * MISC; a row of two names, each followed by its score, is rewritten whole (teams.ts types the clubs' other mentions).
 */
import { CAP_DIGIT } from './features';
import type { WordInfo } from './features';
import { G_COUNTRY } from './gazetteer';
import { spanEnd, startsWithGivenName, writeSpan } from './spans';
import type { TokenSpan } from './spans';
import { TAG_O, isBegin, tagB, typeOfTag } from './tags';
import { LOC, ORG, PER, capsRun, glued, isChar, isNumber } from './sports-tokens';
import type { Ctx } from './sports-tokens';

interface MatchRow { from: number; end: number; to: number; cells: TokenSpan[]; scorers: TokenSpan[] }

const OPEN = 40, CLOSE = 41, PERIOD = 46, SEMICOLON = 59;

/**
 * A score's scorers in parentheses from k ("( Nilis 12 , Jonk 40 pen )"), pushed as persons; returns the token after
 * the group (k itself if there is none), or -1 if the group does not close on the line.
 */
function scorersAt(c: Ctx, k: number, to: number, out: TokenSpan[]): number {
  if (k >= to || !isChar(c, k, OPEN)) return k;
  for (k++; k < to && !isChar(c, k, CLOSE); k++) {
    const end = capsRun(c, k, to);
    if (end > k) { out.push({ start: k, end, type: PER }); k = end - 1; }
  }
  return k < to ? k + 1 : -1;
}

/**
 * A match row on line [from, to): two names, each followed by its score and perhaps its scorers, and nothing after
 * but a sentence of its own ("Coventry 0 Chelsea 2", "PSV Eindhoven 3 ( Nilis 12 , Jonk 40 ) Utrecht 0 . Halftime
 * 2-0"), or null.
 */
function matchRow(c: Ctx, from: number, to: number): MatchRow | null {
  const row: MatchRow = { from, end: from, to, cells: [], scorers: [] };
  let k = from;
  while (row.cells.length < 2) {
    const end = capsRun(c, k, to);
    if (end === k || !isNumber(c, end)) return null;
    row.cells.push({ start: k, end, type: ORG });
    k = scorersAt(c, end + 1, to, row.scorers);
    if (k < 0) return null;
  }
  if (k < to && !isChar(c, k, PERIOD) && !isChar(c, k, SEMICOLON)) return null;
  row.end = k;
  return row;
}

/**
 * The team of a standings row with a winning percentage, as US sports print them ("NEW YORK 74 58 .561 -",
 * "Boston 66 68 .493 9 1/2"), or null: a name, won, lost, then "." and three digits.
 */
function standingsRow(c: Ctx, from: number, to: number): TokenSpan | null {
  const end = capsRun(c, from, to);
  if (end === from || end + 4 > to || !isNumber(c, end) || !isNumber(c, end + 1) || !isChar(c, end + 2, PERIOD)) return null;
  const pct = end + 3;
  const digits = (c.tokens.ends[pct] as number) - (c.tokens.starts[pct] as number);
  return (c.infos[pct] as WordInfo).capClass === CAP_DIGIT && glued(c, pct) && digits === 3 ? { start: from, end, type: ORG } : null;
}

/** Match rows needed to read a line of two names and two numbers as a result (one such line may be anything). */
const MIN_MATCH_ROWS = 2;

/**
 * Writes the match rows of the article: the cells are clubs (ORG), or national teams (LOC, a country), and the
 * scorers persons; whatever the tagger made of the row is replaced (it runs names into the scores: "PSV Eindhoven
 * 3"). A row where the tagger read a cell as a full person's name is left alone. Returns the clubs.
 */
/** Figures after a team in a league table ("PSV Eindhoven 12 9 2 1 32 8 29": played, won, drawn, lost, goals,
 * points; "HARTFORD 12 7 6 77 76 30"), and the rows that make a table. Golf cards have as many ("Tiger Woods 66 67 68
 * 68 269"): a row the tagger read as a person, or whose name opens with a given name, is left to the person. */
const TABLE_MIN_FIGURES = 5;
const TABLE_MIN_ROWS = 3;

/** The team of a league-table row: a name, then TABLE_MIN_FIGURES numbers or more to the end of the line; or null. */
function tableRow(c: Ctx, from: number, to: number): TokenSpan | null {
  const end = capsRun(c, from, to);
  if (end === from) return null;
  let k = end;
  while (k < to && isNumber(c, k)) k++;
  return k === to && k - end >= TABLE_MIN_FIGURES ? { start: from, end, type: ORG } : null;
}

export function writeMatchRows(c: Ctx, tags: Uint8Array, bitsOf: (s: TokenSpan) => number, starts: readonly number[]): TokenSpan[] {
  const rows: MatchRow[] = [];
  const standings: TokenSpan[] = [];
  const table: TokenSpan[] = [];
  for (let j = 0; j + 1 < starts.length; j++) {
    const from = starts[j] as number, to = starts[j + 1] as number;
    if (!(c.infos[from] as WordInfo).hasUpper) continue;
    const row = matchRow(c, from, to);
    if (row) rows.push(row);
    const team = row ? null : standingsRow(c, from, to);
    if (team) standings.push(team);
    const tableTeam = row || team ? null : tableRow(c, from, to);
    if (tableTeam) table.push(tableTeam);
  }
  const clubs: TokenSpan[] = [];
  // league tables: the teams that are not persons; a country is a national team's place (LOC, as CoNLL types them)
  if (table.length >= TABLE_MIN_ROWS) {
    for (const team of table) {
      let person = startsWithGivenName(c.infos, team);
      for (let k = team.start; k < team.end && !person; k++) person = tags[k] !== TAG_O && typeOfTag(tags[k] as number) === PER;
      if (person) continue;
      if ((bitsOf(team) & G_COUNTRY) !== 0) team.type = LOC;
      let end = team.end; // and whatever the tagger ran on into the numbers
      while (end < c.n && tags[end] !== TAG_O && !isBegin(tags[end] as number)) end++;
      tags.fill(TAG_O, team.start, end);
      writeSpan(tags, team);
      if (team.type === ORG) clubs.push(team);
    }
  }
  // standings: every team that is not a country ("NEW YORK", "BALTIMORE")
  if (standings.length >= MIN_MATCH_ROWS) {
    for (const team of standings) {
      if ((bitsOf(team) & G_COUNTRY) !== 0) continue;
      let end = team.end; // and whatever the tagger ran on into the numbers
      while (end < c.n && tags[end] !== TAG_O && !isBegin(tags[end] as number)) end++;
      tags.fill(TAG_O, team.start, end);
      writeSpan(tags, team);
      clubs.push(team);
    }
  }
  if (rows.length < MIN_MATCH_ROWS && !rows.some((r) => r.scorers.length > 0)) return clubs;
  for (const row of rows) {
    const person = row.cells.some((cell) => cell.end - cell.start > 1 && tags[cell.start] === tagB(PER)
      && spanEnd(tags, c.n, cell.start) === cell.end);
    if (person) continue;
    tags.fill(TAG_O, row.from, row.end);
    for (const cell of row.cells) {
      cell.type = (bitsOf(cell) & G_COUNTRY) !== 0 ? LOC : ORG;
      writeSpan(tags, cell);
      if (cell.type === ORG) clubs.push(cell);
    }
    for (const scorer of row.scorers) writeSpan(tags, scorer);
    // the report after the result: "Halftime 1-0 . Attendance 90,000" has no name (a word tagged alone before a number)
    for (let k = row.end; k + 1 < row.to; k++) {
      if (tags[k] !== TAG_O && isBegin(tags[k] as number) && (k + 1 >= c.n || tags[k + 1] === TAG_O || isBegin(tags[k + 1] as number))
        && (c.infos[k + 1] as WordInfo).capClass === CAP_DIGIT) tags[k] = TAG_O;
    }
  }
  return clubs;
}
