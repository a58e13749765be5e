/**
 * The scorers' line of a football report: "Scorers: Bayern Munich - Makaay 14, Ballack 48. Werder Bremen - Micoud
 * 31, Klose 88." The tagger runs a scorer into the minute ("Ballack 48" LOC) and a club into the next scorer ("Aston
 * Villa - Vassell" PER). After "Scorers:" (or "Scorer:", "Goalscorers:") to the line's end, each part up to a
 * period or semicolon is an optional club before a dash, then scorers: a capitalized name, then its minutes.
 */
import { spanStartAt, tokenStartingAt, writeSpan } from './spans';
import { TAG_O } from './tags';
import { TF_LINE_START } from './tokenize';
import type { Tokens } from './tokenize';
import { CAP_LOWER } from './features';
import type { WordInfo } from './features';
import { ORG, PER, capsRun, isChar, isDash, isNumber } from './sports-tokens';
import type { Ctx } from './sports-tokens';

const SCORERS = /\b(?:Scorers?|Goalscorers?)\s*:/g;
const COLON = 58, PERIOD = 46, SEMICOLON = 59;

/** Lowercase words a scorers' part may have: "pen", "og", "and", "min". */
const SCORER_WORDS = new Set(['pen', 'og', 'and', 'min', 'pen.', 'o.g.']);

/** Whether [from, to) reads as a part of a scorers' line: a name and a minute, no other lowercase word. */
function isScorersPart(c: Ctx, from: number, to: number): boolean {
  let scorer = false;
  for (let k = from; k < to; k++) {
    const info = c.infos[k] as WordInfo;
    if (info.capClass === CAP_LOWER && !SCORER_WORDS.has(c.text.slice(c.tokens.starts[k], c.tokens.ends[k]))) return false;
    if (info.hasUpper && k + 1 < to && isNumber(c, k + 1)) scorer = true;
  }
  return scorer;
}

/** Types the clubs and scorers of one part of the line, [from, to). */
function readPart(c: Ctx, tags: Uint8Array, from: number, to: number): void {
  let k = from;
  const clubEnd = capsRun(c, k, to);
  if (clubEnd > k && clubEnd < to && isDash(c, clubEnd)) {
    writeSpan(tags, { start: k, end: clubEnd, type: ORG });
    k = clubEnd + 1;
  }
  while (k < to) {
    const end = capsRun(c, k, to);
    // a name, then its minutes ("Fowler 22, 57"; "pen", "og" and "+2" may follow a minute: skipped as not capitals)
    if (end > k && end < to && isNumber(c, end)) writeSpan(tags, { start: k, end, type: PER });
    k = Math.max(end, k + 1);
    while (k < to && !(c.infos[k] as WordInfo).hasUpper) k++;
  }
}

export function markScorers(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  SCORERS.lastIndex = 0;
  const c: Ctx = { text, tokens, infos, n: tokens.count };
  for (let m = SCORERS.exec(text); m; m = SCORERS.exec(text)) {
    // the token after the colon
    const colon = tokenStartingAt(tokens, text.indexOf(':', m.index));
    if (colon < 0 || !isChar(c, colon, COLON)) continue;
    const k = colon + 1;
    let lineEnd = k;
    while (lineEnd < c.n && ((tokens.flags[lineEnd] as number) & TF_LINE_START) === 0) lineEnd++;
    // part by part, while the parts read as scorers (the line may go on with prose: "Attendance: 40,159")
    let from = k;
    for (let j = k; j <= lineEnd; j++) {
      if (j < lineEnd && !isChar(c, j, PERIOD) && !isChar(c, j, SEMICOLON)) continue;
      if (j > from) {
        if (!isScorersPart(c, from, j) || (tags[from] !== TAG_O && spanStartAt(tags, from) < from)) break;
        // the tagger's spans over the part are replaced (they run names into minutes)
        tags.fill(TAG_O, from, j);
        readPart(c, tags, from, j);
      }
      from = j + 1;
    }
  }
}
