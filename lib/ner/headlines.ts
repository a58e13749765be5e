/**
 * Headlines take their names from the article's prose.
 *
 * In an ALL CAPS or Title Case line every word is capitalized, so the tagger has lost its strongest cue, and it
 * misses names ("NADAL BEATS FEDERER IN MADRID") or runs two into one ("Nadal Beats Federer"). The prose below
 * the headline usually names the same people in ordinary case, so a headline's words are matched, ignoring case,
 * against the names tagged on less capitalized lines (and the surnames of full person names), longest first:
 * - an untagged match is tagged with the prose name's type;
 * - a tagged span that is exactly a prose name takes its type;
 * - a tagged span that holds two or more prose names ("Nadal Beats Federer") is replaced by them. A span that
 *   holds one prose name and more words ("Madrid Open" around "Madrid") is the tagger's own longer name and
 *   stays, unless the name opens it and two or more words the prose never capitalizes follow ("Siemens Quarterly
 *   Profit Beats Forecasts", "Merkel Seals Coalition Deal": the headline's verb and nouns);
 * - a span of words the prose writes only in lowercase is no name ("Weak Sales Outlook").
 * The last two only on a headline proper: a short line with no sentence's end (long Title Case lines are prose
 * dense with names, "Major General Artemas Ward, Adjutant General Horatio Gates, …").
 */
import { hashString } from './hash';
import { caseBlindKey, spanEnd } from './spans';
import type { TokenSpan } from './spans';
import { CAP_DIGIT, CAP_INITIAL } from './features';
import type { WordInfo } from './features';
import { G_CITY, G_COUNTRY, G_DEMONYM, G_FIRST_HI, G_FIRST_LO, G_ORG } from './gazetteer';
import { N_TYPES, TAG_O, tagB, tagI, typeOfTag, isBegin } from './tags';
import { LINE_CAPS, LINE_NORMAL, TF_LINE_START } from './tokenize';
import type { Tokens } from './tokenize';

const PER = 0;
/** A headline is short: longer Title Case lines are prose dense with names ("Major General Artemas Ward, …"). */
const HEADLINE_MAX_TOKENS = 16;
/** Words after the prose name that make a run-on (a name may have one more word of its own: "MADRID OPEN"); on a plain
 *  Title Case headline, one word. */
const RUN_ON_MIN_WORDS = 2;
/** Tokens that end a sentence, which a headline does not. */
const SENTENCE_ENDS = new Set(['.', '?', '!', ':', ';'].map(hashString));
/** Longest headline match tried, in tokens (names longer than this are rare; the cost is per headline word). */
const MAX_MATCH_TOKENS = 6;

interface Names { types: Map<number, number>; maxLen: number }
const NO_MATCHES: TokenSpan[] = [];

/**
 * The names of the lines cased less than `mode`, by case-blind key, with their majority type: an ALL CAPS line
 * reads the Title Case and ordinary lines, a Title Case line only the ordinary ones (a prose line dense with names
 * passes for a Title Case line: "Rafael Nadal beat Roger Federer on Sunday."). Only names that start (or, for a
 * person's surname, end) with a word some headline has are collected: this runs on every article.
 */
function proseNames(tokens: Tokens, infos: WordInfo[], tags: Uint8Array, mode: number, headWords: Set<number>): Names {
  const counts = new Map<number, Int32Array>();
  let maxLen = 0;
  const add = (key: number, type: number, weight: number): void => {
    let c = counts.get(key);
    if (!c) { c = new Int32Array(N_TYPES); counts.set(key, c); }
    c[type] = (c[type] as number) + weight;
  };
  const n = tokens.count;
  for (let i = 0; i < n; i++) {
    const t = tags[i] as number;
    if (t === TAG_O || !isBegin(t) || (tokens.lineMode[i] as number) >= mode) continue;
    const type = typeOfTag(t);
    const end = spanEnd(tags, n, i);
    const len = end - i;
    if (len <= MAX_MATCH_TOKENS && headWords.has((infos[i] as WordInfo).lowerHash)) {
      add(caseBlindKey(infos, i, end), type, 2);
      maxLen = Math.max(maxLen, len);
    }
    // "Rafael Nadal" names "NADAL" in the headline; a weaker vote than a mention of the surname alone
    if (type === PER && len >= 2 && headWords.has((infos[end - 1] as WordInfo).lowerHash)) {
      add(caseBlindKey(infos, end - 1, end), PER, 1);
      maxLen = Math.max(maxLen, 1);
    }
    i = end - 1;
  }
  const types = new Map<number, number>();
  for (const [key, c] of counts) {
    let best = 0;
    for (let t = 1; t < N_TYPES; t++) if ((c[t] as number) > (c[best] as number)) best = t;
    types.set(key, best);
  }
  return { types, maxLen };
}

/** Tags the headline lines (Title Case or ALL CAPS) of a document from the names of its prose lines. */
export function matchHeadlines(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  const n = tokens.count, mode = tokens.lineMode;
  // the capitalized words of the headlines (usually none, or a title's few)
  const headWords = new Set<number>();
  for (let i = 0; i < n; i++) if (mode[i] !== LINE_NORMAL && (infos[i] as WordInfo).hasUpper) headWords.add((infos[i] as WordInfo).lowerHash);
  if (headWords.size === 0) return;
  const byMode = new Map<number, Names>();
  // whether the document writes token k's word in lowercase somewhere: a native search of the text for the word,
  //  lowercased, as a whole word (collecting every lowercase word of the article cost more, for the few words asked)
  const writtenLowercase = (k: number): boolean => {
    const word = text.slice(tokens.starts[k], tokens.ends[k]).toLowerCase();
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (!isWordCharAt(text, at - 1) && !isWordCharAt(text, at + word.length)) return true;
    }
    return false;
  };
  // the last token of the prose: a headline comes before the story (a "Sources: BBC News, Reuters" line after it
  //  names what the prose does not)
  let lastProse = n - 1;
  while (lastProse >= 0 && mode[lastProse] !== LINE_NORMAL) lastProse--;
  let i = 0;
  while (i < n) {
    const m = mode[i] as number;
    if (m === LINE_NORMAL) { i++; continue; }
    let end = i + 1;
    while (end < n && ((tokens.flags[end] as number) & TF_LINE_START) === 0) end++;
    let names = byMode.get(m);
    if (!names) { names = proseNames(tokens, infos, tags, m, headWords); byMode.set(m, names); }
    // a headline proper, not a prose line dense with names: short, and no sentence's end
    const headline = end - i <= HEADLINE_MAX_TOKENS && !SENTENCE_ENDS.has((infos[end - 1] as WordInfo).lowerHash);
    const plain = headline && end <= lastProse && isPlainHeadline(infos, i, end);
    const matches = names.maxLen > 0
      ? matchLine(infos, tags, names, i, end, headline, plain, m !== LINE_CAPS) : NO_MATCHES;
    if (headline) untagHeadlineWords(infos, tags, i, end, writtenLowercase, plain ? matches : null);
    if (m === LINE_CAPS) untagCommonWords(tokens, infos, tags, i, end, writtenLowercase);
    i = end;
  }
}

/** Tags a headline line's prose names; returns the matches (empty when none). */
function matchLine(
  infos: WordInfo[], tags: Uint8Array, names: Names, from: number, to: number, headline: boolean, plain: boolean,
  titleCase: boolean,
): TokenSpan[] {
  const matches: TokenSpan[] = [];
  for (let i = from; i < to;) {
    let found: TokenSpan | null = null;
    // a name starts with a capital
    for (let len = (infos[i] as WordInfo).hasUpper ? Math.min(names.maxLen, to - i) : 0; len >= 1 && !found; len--) {
      const type = names.types.get(caseBlindKey(infos, i, i + len));
      if (type !== undefined) found = { start: i, end: i + len, type };
    }
    if (found) { matches.push(found); i = found.end; } else i++;
  }
  if (matches.length === 0) return matches;
  // the tagger's spans on this line, and how many matches each holds
  const kept = new Set<TokenSpan>();
  for (let i = from; i < to;) {
    if (tags[i] === TAG_O) { i++; continue; }
    const end = spanEnd(tags, to, i);
    const inside = matches.filter((m) => m.start < end && m.end > i);
    const exact = inside.length === 1 && inside[0]?.start === i && inside[0].end === end;
    // one prose name, then words the prose never capitalizes mid-sentence: the headline's verb and nouns run on
    //  ("Siemens Quarterly Profit Beats Forecasts", "Merkel Seals Coalition Deal"); "Madrid Open" keeps its "Open";
    //  on a plain Title Case headline one such word is enough ("Bank of England Cuts", "Oracle Soars"; re3d's gold
    //  keeps "ISIL Terrorists" whole, the one span this cost on the training sets' gold; in ALL CAPS "MADRID OPEN"
    //  keeps its "OPEN"), and on any plain headline so are the headline's words before the name ("Grocery App
    //  Kiranakart Files", "Buy Wapiti Resources"; not in a results line's "Atletico Madrid 1")
    const name = inside[0] as TokenSpan;
    const runOn = headline && inside.length === 1
      && ((plain && (name.start > i || (titleCase && end > name.end))) || end - name.end >= RUN_ON_MIN_WORDS)
      && onlyHeadlineWords(infos, i, end, name);
    if (exact || runOn || inside.length >= 2) tags.fill(TAG_O, i, end); // rewritten from the matches below
    else for (const m of inside) kept.add(m); // the tagger's longer name stays
    i = end;
  }
  for (const m of matches) {
    if (kept.has(m)) continue;
    let free = true;
    for (let k = m.start; k < m.end && free; k++) free = tags[k] === TAG_O;
    if (!free) continue;
    tags[m.start] = tagB(m.type);
    for (let k = m.start + 1; k < m.end; k++) tags[k] = tagI(m.type);
  }
  return matches;
}

/** Digits a headline may hold ("Pupils Raise Dh150,000"); a results line has more ("Jan Ullrich (Germany) 70 65"). */
const HEADLINE_MAX_NUMBERS = 1;
/** Commas a headline may hold ("… to Close Two Aging Schools, Build Joint Campus"); a list or an address has more. */
const HEADLINE_MAX_COMMAS = 1;
const OPEN_PAREN = hashString('(');
const COMMA = hashString(',');
const PERIOD = hashString('.');

/**
 * A headline in words, not a results line or a table's row, whose names stand alone with their figures, nor an
 * author's affiliation ("Lattice Lab, CNRS, France") or a guide's sentence in quotes ('The "Muskogee Turnpike."'),
 * whose names the prose need not repeat.
 */
function isPlainHeadline(infos: WordInfo[], from: number, to: number): boolean {
  let numbers = 0, commas = 0;
  for (let k = from; k < to; k++) {
    const info = infos[k] as WordInfo;
    if (info.lowerHash === OPEN_PAREN || info.lowerHash === PERIOD
      || (info.capClass === CAP_DIGIT && ++numbers > HEADLINE_MAX_NUMBERS)
      || (info.lowerHash === COMMA && ++commas > HEADLINE_MAX_COMMAS)) return false;
  }
  return true;
}

/** Whether the character at `at` is part of a word: a letter (any beyond Latin-1's symbols) or a digit. */
function isWordCharAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c >= 0xc0;
}

/** A headline word the article's prose never capitalizes mid-sentence and the gazetteer does not know. */
function isHeadlineWord(info: WordInfo): boolean {
  return info.stats.capMid === 0 && info.capClass !== CAP_DIGIT
    && (info.gazFull & (G_COUNTRY | G_CITY | G_DEMONYM | G_ORG | G_FIRST_HI | G_FIRST_LO)) === 0;
}

/** Whether every word of [from, to) outside `keep` is a headline word. */
function onlyHeadlineWords(infos: WordInfo[], from: number, to: number, keep: TokenSpan): boolean {
  for (let k = from; k < to; k++) if ((k < keep.start || k >= keep.end) && !isHeadlineWord(infos[k] as WordInfo)) return false;
  return true;
}

/**
 * A headline span that holds no prose name and a word the prose never capitalizes mid-sentence, nor the gazetteer
 * knows, is the headline's verbs and nouns: "Fire Guts", "Two Aging Schools", "Dog Mauls Jogger", "Help Tracing
 * Missing Motherwell Teen" (the news names its people, places and organizations again below the headline, where
 * they are capitalized). One word alone only where the prose also writes it in lowercase ("Bricklayers and Bus
 * Drivers"). Only on a plain headline (`matches` not null). Spans of two or more words the prose writes only in
 * lowercase go on any headline ("Weak Sales Outlook"), prose names or not.
 */
function untagHeadlineWords(
  infos: WordInfo[], tags: Uint8Array, from: number, to: number, writtenLowercase: (k: number) => boolean,
  matches: readonly TokenSpan[] | null,
): void {
  for (let i = from; i < to;) {
    if (tags[i] === TAG_O) { i++; continue; }
    const end = spanEnd(tags, to, i);
    let common = end - i >= 2;
    // (the text is searched only for a span of headline words)
    for (let k = i; k < end && common; k++) common = isHeadlineWord(infos[k] as WordInfo);
    for (let k = i; k < end && common; k++) common = writtenLowercase(k);
    // (on a plain headline; a person's name that opens with a given name or an initial stays: "By Harriet Lowe",
    //  a scorecard's "M. Atherton c Wasim b Waqar 31")
    const first = infos[i] as WordInfo;
    if (!common && matches && !matches.some((m) => m.start < end && m.end > i)
      && (first.gazFull & (G_FIRST_HI | G_FIRST_LO)) === 0 && first.capClass !== CAP_INITIAL) {
      let headlineWord = -1;
      for (let k = i; k < end && headlineWord < 0; k++) {
        const info = infos[k] as WordInfo;
        if (info.hasUpper && isHeadlineWord(info)) headlineWord = k;
      }
      common = headlineWord >= 0 && (end - i >= 2 || writtenLowercase(headlineWord));
    }
    if (common) tags.fill(TAG_O, i, end);
    i = end;
  }
}

/** Shortest headline word untagged for being written lowercase in the prose ("US" is also "us"). */
const COMMON_WORD_MIN_CHARS = 4;

/**
 * A one-word name the tagger saw in an ALL CAPS headline whose word the prose writes lowercase ("CHECHEN DEAL HOLDS"
 * beside "the peace deal") is a common word, unless the prose also has it as a name (matched above), capitalizes it
 * mid-sentence, or the gazetteer knows it as a place or nationality. (Not on Title Case lines: prose dense with names
 * passes for one.)
 */
function untagCommonWords(
  tokens: Tokens, infos: WordInfo[], tags: Uint8Array, from: number, to: number, writtenLowercase: (k: number) => boolean,
): void {
  for (let i = from; i < to;) {
    if (tags[i] === TAG_O) { i++; continue; }
    const end = spanEnd(tags, to, i);
    const info = infos[i] as WordInfo;
    if (end - i === 1 && info.stats.capMid === 0
      && (tokens.ends[i] as number) - (tokens.starts[i] as number) >= COMMON_WORD_MIN_CHARS
      && (info.gazFull & (G_COUNTRY | G_CITY | G_DEMONYM)) === 0 && writtenLowercase(i)) tags[i] = TAG_O;
    i = end;
  }
}
