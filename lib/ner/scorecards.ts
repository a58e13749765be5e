/**
 * Cricket scorecards in sports news: one line per batsman, with how he was out and his runs ("M. Atherton c Wasim b
 * Waqar 31", "N. Hussain lbw b Mushtaq 12", "A. Stewart not out 44"). The tagger, which has no sentence around
 * these names, misses the fielders and bowlers or types them as organizations; on a scorecard every capitalized
 * run of a batting line is a person. Two such lines make a scorecard (one could be chance).
 */
import { CAP_DIGIT } from './features';
import type { WordInfo } from './features';
import { hashString } from './hash';
import { writeSpan } from './spans';
import type { TokenSpan } from './spans';
import { TAG_O } from './tags';

const PER = 0;
const h = hashString;
/** Words of a dismissal ("c", "b", "lbw", "st", "run out", "not out", "retired hurt", "c & b"). */
const DISMISSAL_WORDS = new Set(['c', 'b', 'lbw', 'st', 'run', 'out', 'not', 'retired', 'hurt', 'hit', 'wicket', '&', 'sub', '(', ')'].map(h));
/** Words that alone say a line is a batting line (not "out" or "hit", which prose has). */
const DISMISSAL_MARKS = new Set(['c', 'b', 'lbw', 'st'].map(h));
const NOT = h('not'), RUN = h('run'), OUT = h('out');
/** A scorecard's own headings, which open a line and are no names ("Extras ( lb-4 ) 6", "Total ( for 3 wickets )"). */
const HEADINGS = new Set(['extras', 'total', 'bowling', 'batting', 'fall'].map(h));
/** Batting lines needed to read the article's lines as a scorecard. */
const MIN_BATTING_LINES = 2;

/** The names on batting line [from, to), or null if it is not one. */
function battingLine(infos: WordInfo[], from: number, to: number): TokenSpan[] | null {
  const names: TokenSpan[] = [];
  let k = from, marked = false, numbers = 0;
  while (k < to) {
    const info = infos[k] as WordInfo;
    if (numbers > 0 && info.capClass !== CAP_DIGIT) return null; // the runs (and balls) end the line
    if (info.capClass === CAP_DIGIT) { numbers++; k++; continue; }
    if (info.hasUpper) {
      const start = k;
      while (k < to && (infos[k] as WordInfo).hasUpper) k++;
      names.push({ start, end: k, type: PER });
      continue;
    }
    if (!DISMISSAL_WORDS.has(info.lowerHash) || names.length === 0) return null;
    const next = k + 1 < to ? (infos[k + 1] as WordInfo).lowerHash : 0;
    if (DISMISSAL_MARKS.has(info.lowerHash) || ((info.lowerHash === NOT || info.lowerHash === RUN) && next === OUT)) marked = true;
    k++;
  }
  return marked && numbers > 0 && names[0]?.start === from ? names : null;
}

/** Types every name of the article's batting lines PER, when it has two or more. (The line scan is the first
 * search: only lines that end in a number are read; a text search for " b " took 3% of the tagging time.) */
export function markScorecards(infos: WordInfo[], tags: Uint8Array, starts: readonly number[]): void {
  const lines: TokenSpan[][] = [];
  const headings: number[] = [];
  for (let j = 0; j + 1 < starts.length; j++) {
    const from = starts[j] as number, to = starts[j + 1] as number;
    if (HEADINGS.has((infos[from] as WordInfo).lowerHash) && (to === from + 1 || !(infos[from + 1] as WordInfo).hasUpper)) headings.push(from);
    // a batting line ends in a number: most lines are dismissed at their last token
    const names = (infos[to - 1] as WordInfo).capClass === CAP_DIGIT ? battingLine(infos, from, to) : null;
    if (names) lines.push(names);
  }
  if (lines.length < MIN_BATTING_LINES) return;
  for (const k of headings) tags[k] = TAG_O;
  for (const names of lines) {
    for (const s of names) {
      tags.fill(TAG_O, s.start, s.end);
      writeSpan(tags, s);
    }
  }
}
