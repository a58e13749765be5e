/**
 * Spans of the tagger's BIO output, and the small tests on them that the document-pass modules share.
 */
import { CAP_ALL, CAP_INITIAL, CAP_TITLE } from './features';
import type { WordInfo } from './features';
import { G_FIRST_HI, G_FIRST_LO } from './gazetteer';
import { TAG_O, isBegin, tagB, tagI, typeOfTag } from './tags';
import { SEQ_SEED, hashString, seqHash } from './hash';
import { TF_LINE_START, TF_SENT_START } from './tokenize';
import type { Tokens } from './tokenize';

/** Month names and their abbreviations, and weekdays, lowercase (a trailing period is dropped before lookup). */
const DATE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Their lowercase hashes, with and without a trailing period ("Dec."). */
export const DATE_HASHES = new Set([...DATE_WORDS].flatMap((w) => [hashString(w), hashString(`${w}.`)]));

export interface TokenSpan { start: number; end: number; type: number }

/** The character of a one-character token ("(", ",", "-"), or -1 for a longer one. */
export function charOfToken(text: string, tokens: Tokens, k: number): number {
  return (tokens.ends[k] as number) - (tokens.starts[k] as number) === 1 ? text.charCodeAt(tokens.starts[k] as number) : -1;
}

export function spansFromTags(tags: Uint8Array, n: number): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let i = 0;
  while (i < n) {
    const t = tags[i] as number;
    if (t === TAG_O) { i++; continue; }
    const j = spanEnd(tags, n, i);
    spans.push({ start: i, end: j, type: typeOfTag(t) });
    i = j;
  }
  return spans;
}

/** End of the span that starts at token k (tags[k] is not O), read as spansFromTags reads it: the I- tags of its type. */
export function spanEnd(tags: Uint8Array, n: number, k: number): number {
  const type = typeOfTag(tags[k] as number);
  let end = k + 1;
  while (end < n && tags[end] !== TAG_O && !isBegin(tags[end] as number) && typeOfTag(tags[end] as number) === type) end++;
  return end;
}

/** The first token of the span that holds token k (k itself if tags[k] is O or a B- tag). */
export function spanStartAt(tags: Uint8Array, k: number): number {
  while (k > 0 && tags[k] !== TAG_O && !isBegin(tags[k] as number)) k--;
  return k;
}

export function writeSpan(tags: Uint8Array, s: TokenSpan): void {
  tags[s.start] = tagB(s.type);
  for (let k = s.start + 1; k < s.end; k++) tags[k] = tagI(s.type);
}

export function isCap(info: WordInfo): boolean {
  return info.capClass === CAP_TITLE || info.capClass === CAP_ALL || info.capClass === CAP_INITIAL;
}

/** Two or three capitalized words, the first a given name in the gazetteer ("Anna Lee", "Sarah Cohen"). */
export function startsWithGivenName(infos: WordInfo[], s: TokenSpan): boolean {
  const len = s.end - s.start;
  if (len < 2 || len > 3) return false;
  for (let k = s.start; k < s.end; k++) if ((infos[k] as WordInfo).capClass !== CAP_TITLE) return false;
  return ((infos[s.start] as WordInfo).gaz & (G_FIRST_HI | G_FIRST_LO)) !== 0;
}

/** The token that starts at UTF-16 offset `at`, or -1 (binary search: for the few characters a pass looks for). */
export function tokenStartingAt(tokens: Tokens, at: number): number {
  let lo = 0, hi = tokens.count;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((tokens.starts[mid] as number) < at) lo = mid + 1; else hi = mid; }
  return lo < tokens.count && tokens.starts[lo] === at ? lo : -1;
}

/** The first token of each line, then the token count (so line j is [starts[j], starts[j + 1])). One pass over the
 * flags, shared by the passes that read the article line by line (results tables, match rows, scorecards). */
export function lineStarts(tokens: Tokens): number[] {
  const starts: number[] = [];
  for (let i = 0; i < tokens.count; i++) if (i === 0 || ((tokens.flags[i] as number) & TF_LINE_START) !== 0) starts.push(i);
  starts.push(tokens.count);
  return starts;
}

/** A case-blind key of tokens [start, end): the hash of their lowercase forms (no string is built). */
export function caseBlindKey(infos: WordInfo[], start: number, end: number): number {
  let h = SEQ_SEED;
  for (let k = start; k < end; k++) h = seqHash(h, (infos[k] as WordInfo).lowerHash);
  return h;
}

const SENTENCE_BOUNDARY = TF_SENT_START | TF_LINE_START;

/** First token of the sentence (or line, where a line ends first) that holds token k. */
export function sentenceStartOf(tokens: Tokens, k: number): number {
  while (k > 0 && ((tokens.flags[k] as number) & SENTENCE_BOUNDARY) === 0) k--;
  return k;
}

/** End (exclusive) of the sentence or line that starts at token `from`. */
export function sentenceEndOf(tokens: Tokens, from: number): number {
  let k = from + 1;
  while (k < tokens.count && ((tokens.flags[k] as number) & SENTENCE_BOUNDARY) === 0) k++;
  return k;
}

const PER_TYPE = 0;

/** The words of the article's persons named with two words or more ("Chris Christie", "Keisuke Honda"): a word of
 *  theirs alone is the person's, not a company's of the same name. */
export function fullNameWords(tags: Uint8Array, n: number, infos: WordInfo[]): Set<WordInfo> {
  const out = new Set<WordInfo>();
  for (let k = 0; k < n; k++) {
    const t = tags[k] as number;
    if (t === TAG_O || !isBegin(t)) continue;
    const end = spanEnd(tags, n, k);
    if (typeOfTag(t) === PER_TYPE && end - k >= 2) for (let j = k; j < end; j++) out.add(infos[j] as WordInfo);
    k = end - 1;
  }
  return out;
}
