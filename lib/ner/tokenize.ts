/**
 * News tokenizer with UTF-16 offsets.
 *
 * A hand-written scanner over char codes (no regex backtracking, no per-character strings). Rules, CoNLL-style:
 * - possessive 's / ’s is its own token ("Turkey’s" → "Turkey" "’s"); other inner apostrophes stay ("O'Brien");
 * - hyphens split compounds ("Hamas-led" → "Hamas" "-" "led"), so a name inside a compound can be tagged alone;
 * - a period stays on initials ("J."), dotted acronyms ("U.S.") and known abbreviations ("Mr.", "Inc.");
 * - numbers keep inner commas and periods ("1,691", "3.5");
 * - every other punctuation character is a token of its own.
 * Also records, per token, whether it starts a sentence and the casing mode of its line (headline detection).
 */

/** Casing of the line a token is on: ordinary prose, Title Case headline, or ALL CAPS. */
export const LINE_NORMAL = 0;
export const LINE_TITLE = 1;
export const LINE_CAPS = 2;

/** Token flags (bit set in `Tokens.flags`). */
export const TF_SENT_START = 1;
/** No whitespace between this token and the previous one. */
export const TF_GLUE_LEFT = 2;
/** First token on its line. */
export const TF_LINE_START = 4;

export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  /** LINE_NORMAL | LINE_TITLE | LINE_CAPS per token. */
  lineMode: Uint8Array;
}

/** Lowercased abbreviations that keep their period. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'gen', 'gov', 'sen', 'rep',
  'lt', 'col', 'capt', 'cpt', 'sgt', 'rev', 'mt', 'ft', 'vs', 'etc', 'no', 'messrs', 'hon', 'pres', 'adm',
  'maj', 'cmdr', 'supt', 'det', 'insp', 'fr', 'sec', 'dept', 'univ', 'assn', 'bros', 'jan', 'feb', 'mar',
  'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'ave', 'blvd', 'rd', 'approx', 'est', 'govt', 'mln', 'bn',
]);

/** Minimum number of cased words for a line to be judged a headline. */
const HEADLINE_MIN_WORDS = 3;
/** Share of capitalized content words (longer than 3 letters) that makes a Title Case line. */
const HEADLINE_CAP_SHARE = 0.8;
const CONTENT_WORD_MIN_LEN = 4;

/**
 * Case of the characters U+0100–U+1FFF (Latin Extended, Greek, Cyrillic, Armenian, Arabic…), memoized on first
 * use: 0 not yet known, else CASE_KNOWN | CASE_UPPER? | CASE_LOWER?. Asking String#toUpperCase for every character
 * of an Arabic or Hindi word allocated two strings per character.
 */
const caseMemo = new Uint8Array(0x2000);
const CASE_KNOWN = 1;
const CASE_UPPER = 2;
const CASE_LOWER = 4;
function caseOf(c: number): number {
  let v = caseMemo[c] as number;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = CASE_KNOWN | (ch.toLowerCase() !== ch ? CASE_UPPER : 0) | (ch.toUpperCase() !== ch ? CASE_LOWER : 0);
    caseMemo[c] = v;
  }
  return v;
}

export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && c < 0x2000 && (caseOf(c) & CASE_UPPER) !== 0);
}

export function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c > 0xff && c < 0x2000 && (caseOf(c) & CASE_LOWER) !== 0);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters, digits and other non-punctuation characters of scripts beyond Latin-1. */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: emoji and rare scripts, one token per pair
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** Opening quotes and brackets that may precede the first word of a sentence. */
function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0xab;
}

/** True if text[i] starts a possessive 's (followed by a non-word char or the end). */
function isPossessiveAt(text: string, i: number, n: number): boolean {
  if (!isApostrophe(text.charCodeAt(i))) return false;
  const s = text.charCodeAt(i + 1);
  if (s !== 115 && s !== 83) return false;
  return i + 2 >= n || !isWordChar(text.charCodeAt(i + 2));
}

/** Scans a word starting at `i`; returns its end (exclusive). */
function scanWord(text: string, i: number, n: number): number {
  const start = i;
  const first = text.charCodeAt(i);
  if (isDigit(first)) {
    // number with inner , . : ("1,691", "3.5", "10:30")
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) { i++; continue; }
      if ((c === 44 || c === 46 || c === 58) && i + 1 < n && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i - 1))) { i += 2; continue; }
      break;
    }
    return i;
  }
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) { i++; continue; }
    if (isApostrophe(c) && i + 1 < n && isWordChar(text.charCodeAt(i + 1)) && !isPossessiveAt(text, i, n)) { i += 2; continue; }
    break;
  }
  // periods: initials and dotted acronyms ("J.", "U.S."), known abbreviations ("Mr.")
  if (i < n && text.charCodeAt(i) === 46) {
    if (i - start === 1 && isWordChar(first)) {
      let j = i + 1;
      // extend "U.S." / "U.S.A." pattern: letter '.' letter '.'
      while (j + 1 < n && isWordChar(text.charCodeAt(j)) && !isDigit(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46 && (j + 2 >= n || !isWordChar(text.charCodeAt(j + 2)))) j += 2;
      if (j > i + 1 || isUpper(first)) return j;
      return i;
    }
    if (i - start <= 6 && ABBREVIATIONS.has(text.slice(start, i).toLowerCase())) return i + 1;
  }
  return i;
}

/** Tokenizes `text`. Arrays are sized for the worst case and then trimmed by `count`. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  // about one token per 4 characters in prose; grown on demand
  const cap = Math.max(16, (n >> 2) + 16);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let flags = new Uint8Array(cap);
  let count = 0;
  let i = 0;
  let sawSpace = true;
  let sawNewline = true;
  let sentStart = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      sawSpace = true;
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) { sawNewline = true; sentStart = true; }
      i++;
      continue;
    }
    let end: number;
    if (isPossessiveAt(text, i, n)) end = i + 2;
    else if (isWordChar(c)) end = scanWord(text, i, n);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) end = i + 2;
    else end = i + 1;
    if (count === starts.length) {
      const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      starts = grow(starts); ends = grow(ends);
      const f = new Uint8Array(flags.length * 2); f.set(flags); flags = f;
    }
    let f = 0;
    if (sentStart) f |= TF_SENT_START;
    if (!sawSpace) f |= TF_GLUE_LEFT;
    if (sawNewline) f |= TF_LINE_START;
    starts[count] = i;
    ends[count] = end;
    flags[count] = f;
    count++;
    // the next token starts a sentence after . ! ? ; an opener keeps the sentence-start state
    if (end - i === 1 && isSentenceEnd(c)) sentStart = true;
    else if (!(sentStart && end - i === 1 && isOpener(c))) sentStart = false;
    sawSpace = false;
    sawNewline = false;
    i = end;
  }
  const lineMode = computeLineModes(text, starts, ends, flags, count);
  return { count, starts, ends, flags, lineMode };
}

/** Marks tokens on Title Case or ALL CAPS lines (headlines behave differently from prose). */
function computeLineModes(text: string, starts: Int32Array, ends: Int32Array, flags: Uint8Array, count: number): Uint8Array {
  const modes = new Uint8Array(count);
  let lineBegin = 0;
  for (let t = 0; t <= count; t++) {
    if (t === count || (t > lineBegin && ((flags[t] ?? 0) & TF_LINE_START) !== 0)) {
      let cased = 0, capital = 0, allCaps = 0, content = 0;
      // a prose line is known for one once it has a word with a lowercase letter (no ALL CAPS line) and more lowercase
      //  content words than a Title Case line may have among all its tokens: the rest of it is not read
      const lowerContentMax = (1 - HEADLINE_CAP_SHARE) * (t - lineBegin);
      for (let k = lineBegin; k < t; k++) {
        const s = starts[k] ?? 0, e = ends[k] ?? 0;
        const c0 = text.charCodeAt(s);
        if (!isUpper(c0) && !isLower(c0)) continue;
        cased++;
        let anyLower = false;
        for (let j = s; j < e; j++) {
          const c = text.charCodeAt(j);
          if ((c >= 97 && c <= 122) || (c > 127 && isLower(c))) { anyLower = true; break; }
        }
        if (!anyLower) allCaps++;
        if (e - s >= CONTENT_WORD_MIN_LEN) { content++; if (isUpper(c0)) capital++; }
        if (allCaps < cased && content - capital > lowerContentMax) break;
      }
      let mode = LINE_NORMAL;
      if (cased >= HEADLINE_MIN_WORDS && allCaps === cased) mode = LINE_CAPS;
      else if (content >= HEADLINE_MIN_WORDS && capital >= HEADLINE_CAP_SHARE * content) mode = LINE_TITLE;
      if (mode !== LINE_NORMAL) modes.fill(mode, lineBegin, t);
      lineBegin = t;
    }
  }
  return modes;
}
