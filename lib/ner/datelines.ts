/**
 * News-wire datelines: "BRUSSELS, March 3 (Reuters) -", "WASHINGTON (AP) —", the newspapers' "MUNICH —",
 * "KAGOSHIMA, Japan —" and "KOCHI:", and the dateline on a line of its own, "ROME 1996-12-06", that wire archives
 * put between the headline and the story.
 *
 * - The upper-case words that open a dateline are the place the story was filed from: LOC, whatever the tagger
 *   said (it had typed "BRUSSELS" before "(Reuters)" an organization, from the agency's name beside it).
 * - A dateline on its own line ends in a number, and the tagger reads across line breaks: the first word of the
 *   story ("Italy recalled…") saw the date as its left neighbour and was left untagged. The story's first word
 *   is scored as the start of a document instead (`contextCuts`). Cutting the context after every line, or after
 *   every line that does not end a sentence, cost dev F1 (docs/ner.md), so only datelines are cut.
 */
import { TF_LINE_START } from './tokenize';
import type { Tokens } from './tokenize';

/** Datelines are short; longer lines are not looked at (the regular expressions run on line starts only). */
const DATELINE_MAX_CHARS = 120;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
/** A date as datelines write it: ISO ("1996-12-06"), or a month and day ("Dec 6", "March 3"). */
const DATE = `(?:\\d{4}-\\d{2}-\\d{2}|${MONTH}\\s+\\d{1,2}\\b)`;
/** News agencies credited in datelines. */
export const AGENCIES: readonly string[] = ['Reuters', 'AP', 'AFP', 'UPI', 'Bloomberg', 'dpa', 'DPA', 'IANS', 'PTI', 'Xinhua', 'ANI', 'EFE', 'ANSA', 'Kyodo', 'Yonhap', 'TASS'];
const AGENCY = `\\((?:${AGENCIES.join('|')})\\)`;
/** Upper-case place words at the start of a line ("NEW YORK", "AL-AIN", "ST. LOUIS"). */
const PLACE = "\\p{Lu}[\\p{Lu}.'’-]*(?:[ ]\\p{Lu}[\\p{Lu}.'’-]*){0,3}";
/** A dash that ends a dateline in the newspapers' style ("MUNICH —", "KAGOSHIMA, Japan –"). Not the hyphen: wire
 *  headlines put one after a section word ("SOCCER - JAPAN GET LUCKY WIN"). */
const DASH = '\\s+[\u2014\u2013]\\s';
/** The place, then (after an optional region, ", United Arab Emirates") a date, an agency or a dash. */
const DATELINE_HEAD = new RegExp(`^(${PLACE})(?=(?:\\s*,\\s*[^\\n,(]{1,40}?)?(?:\\s*,?\\s+${DATE}|\\s*${AGENCY}|${DASH}))`, 'u');
/** Upper-case words that open a line before a dash but are no place ("EXCLUSIVE — …", "ANALYSIS — …"). */
const NOT_PLACES = new Set([
  'EXCLUSIVE', 'BREAKING', 'UPDATE', 'ANALYSIS', 'OPINION', 'WATCH', 'LIVE', 'FACTBOX', 'EXPLAINER', 'EDITORIAL',
  'REVIEW', 'INTERVIEW', 'CORRECTION', 'PHOTOS', 'VIDEO', 'NOTE', 'UPDATED', 'SOURCE', 'SOURCES', 'PHOTO', 'WARNING',
  'TRANSCRIPT', 'QUESTION', 'ANSWER', 'SUMMARY',
]);
/**
 * The South Asian and Malaysian papers' dateline, the place and a colon ("KOCHI: Over 3,500 runners…", "GEORGE TOWN:
 * The council…"). A transcript's speakers are written the same way ("SMITH: I think…"), so a document's colon
 * dateline counts only where it is the document's one such line, three letters or more (not a forum's "RP:"), before
 * a sentence (not a slogan's "MOON LANDING HOAX: CHURCH = …").
 */
const COLON_HEAD = new RegExp(`^(?=\\p{Lu}{3})(${PLACE}):\\s+(?=\\p{Lu}\\p{Ll})`, 'u');
/**
 * A line that is only a place in capitals, with an optional region ("MUNICH", "DINGLE, Co Kerry"), as some papers set
 * the dateline above the story. A section's heading looks the same ("SPORT", "OPINION"): the caller keeps it only where
 * the gazetteer knows the place (`placeOnly`).
 */
const PLACE_LINE = new RegExp(`^(?=\\p{Lu}{3})(${PLACE})(?:,\\s*[^\\n,]{1,40})?\\s*$`, 'u');
/** A whole line that is a dateline: place, optional region, date, nothing after it. */
const DATELINE_LINE = new RegExp(`^${PLACE}(?:\\s*,\\s*[^\\n,]{1,40}?)?\\s*,?\\s+${DATE}\\s*$`, 'u');

export interface Dateline {
  /** Token range of the place words. */
  placeStart: number;
  placeEnd: number;
  /** First token of the next line when the dateline is a line of its own, else -1. */
  storyStart: number;
  /** A line that is only the place: a dateline only if the gazetteer knows the place (see PLACE_LINE). */
  placeOnly?: boolean;
}

function isUpperStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
}

/** The datelines of a document: only lines that start with an upper-case word and a capital second letter. */
export function findDatelines(text: string, tokens: Tokens): Dateline[] {
  const out: Dateline[] = [];
  const n = tokens.count;
  let colonLines = 0;
  let colonDateline: Dateline | null = null;
  for (let i = 0; i < n; i++) {
    if (i > 0 && ((tokens.flags[i] as number) & TF_LINE_START) === 0) continue;
    const s = tokens.starts[i] as number;
    if (!isUpperStart(text, s) || !isUpperStart(text, s + 1)) continue;
    let lineEnd = text.indexOf('\n', s);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(s, Math.min(lineEnd, s + DATELINE_MAX_CHARS));
    const head = DATELINE_HEAD.exec(line);
    if (!head) {
      const only = lineEnd - s <= DATELINE_MAX_CHARS ? PLACE_LINE.exec(line) : null;
      if (only && !NOT_PLACES.has(only[1] as string)) {
        const placeEnd = tokenAfter(tokens, i, s + (only[1] as string).length);
        out.push({ placeStart: i, placeEnd, storyStart: -1, placeOnly: true });
        continue;
      }
      const colon = COLON_HEAD.exec(line);
      if (colon && !NOT_PLACES.has(colon[1] as string)) {
        colonLines++;
        const placeEnd = tokenAfter(tokens, i, s + (colon[1] as string).length);
        colonDateline = { placeStart: i, placeEnd, storyStart: -1 };
      }
      continue;
    }
    if (NOT_PLACES.has(head[1] as string)) continue;
    const placeEnd = tokenAfter(tokens, i, s + (head[1] as string).length);
    let storyStart = -1;
    if (lineEnd - s <= DATELINE_MAX_CHARS && DATELINE_LINE.test(text.slice(s, lineEnd))) {
      let k = placeEnd;
      while (k < n && (tokens.starts[k] as number) < lineEnd) k++;
      if (k < n) storyStart = k;
    }
    out.push({ placeStart: i, placeEnd, storyStart });
  }
  if (colonLines === 1 && colonDateline) out.push(colonDateline);
  return out;
}

/** The first token from token i on that ends after character `end`. */
function tokenAfter(tokens: Tokens, i: number, end: number): number {
  let k = i;
  while (k < tokens.count && (tokens.ends[k] as number) <= end) k++;
  return k;
}
