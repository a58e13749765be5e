/**
 * Organization names the tagger cuts or runs on, mended with the gazetteer's organization head nouns
 * ("Council", "Union", "Group", "Retirement System"): what a reader sees on a business or local news page.
 * - "Halvorsen & Price", "Southland Power & Light": capitalized words joined by "&" are one organization; so is a
 *   glued "S&P", "AT&T" where the tagger read a part of it;
 * - "Kessler" + "Foods Group": a surname right before a described organization is its start;
 * - "State Teachers’" + "Retirement System": a plural possessive inside a name that ends in a head noun;
 * - "Joint Council" + "for the Welfare of Immigrants": a head noun's "for" continues the name;
 * - "Refugee Council Enver Solomon": a full person name after a head noun is a person, not the organization's end;
 * - "State Department Spokesperson": a title after an organization is the person's, not the organization's;
 * - "Amazon.com Inc" tagged "Inc": a lone designator takes in the web name glued before it.
 * Each mend was checked on the training sets' gold as well as on dev (docs/ner.md): what lost there was narrowed or
 * dropped (a nationality joined to the organization after it, "Dutch Government", "Spanish People's Party"; plural
 * acronyms untagged; an "of" name continued after "and", "National Institute of Allergy and Infectious Diseases",
 * which joined "Journal of Applied Physics and Applied Physics Letters").
 * And storms: "Hurricane Idris" is an event (MISC), and so is "Idris" in the same article, not a person.
 */
import { CAP_TITLE } from './features';
import type { WordInfo } from './features';
import { G_ORG_DESIG, G_SUR_HI, G_SUR_LO, G_TITLE, knownType } from './gazetteer';
import { hashSet, hashString } from './hash';
import { joinPossessiveNames } from './possessive-brands';
import { DATE_HASHES, isCap, spanEnd, spanStartAt, spansFromTags, startsWithGivenName, tokenStartingAt, writeSpan } from './spans';
import type { TokenSpan } from './spans';
import { TAG_O, isBegin, tagB, tagI, typeOfTag } from './tags';
import { LINE_NORMAL, TF_GLUE_LEFT, TF_LINE_START, TF_SENT_START } from './tokenize';
import type { Tokens } from './tokenize';

const PER = 0, ORG = 1, LOC = 2, MISC = 3;
/** Longest run of capitalized words taken on either side of "&" or after "for" (names, not sentences). */
const MAX_RUN = 5;
/** Lowercase words inside an organization's name after "for" ("for the Welfare of Immigrants"). */
const RUN_CONNECTORS = new Set(['of', 'and', 'the', 'for', 'on', '&']);
const FOR = hashString('for'), THE = hashString('the'), TROPICAL = hashString('tropical');
const OF = hashString('of');
/** Words before a storm's name (lowercase hashes), and the same words for a first search of the whole text. */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm'].map(hashString));
const STORM_TEXTS = ['Hurricane', 'Typhoon', 'Cyclone', 'Storm'];

interface Ctx { text: string; tokens: Tokens; infos: WordInfo[]; tags: Uint8Array; n: number }

const word = (c: Ctx, k: number): string => c.text.slice(c.tokens.starts[k], c.tokens.ends[k]);
const sameLine = (c: Ctx, k: number): boolean => ((c.tokens.flags[k] as number) & TF_LINE_START) === 0;
/** Company designators after a web name ("Amazon.com Inc"), as hashes of the lowercase. */
const CORPORATE = new Set(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'holdings'].map(hashString));
/** Head nouns of public bodies' names that the gazetteer's list lacks ("Retirement System", "Pension Fund" is in it). */
const MORE_HEAD_NOUNS = new Set(['system', 'program', 'programme', 'plan', 'project', 'initiative', 'authority'].map(hashString));
const isHeadNoun = (c: Ctx, k: number): boolean => {
  const info = c.infos[k] as WordInfo;
  return (info.gaz & G_ORG_DESIG) !== 0 || MORE_HEAD_NOUNS.has(info.lowerHash);
};

/** Two or three Title Case words that start with a given name or end with a surname ("Enver Solomon"). */
function isPersonName(c: Ctx, s: TokenSpan): boolean {
  const len = s.end - s.start;
  if (len < 2 || len > 3) return false;
  for (let k = s.start; k < s.end; k++) if ((c.infos[k] as WordInfo).capClass !== CAP_TITLE) return false;
  return startsWithGivenName(c.infos, s) || ((c.infos[s.end - 1] as WordInfo).gaz & (G_SUR_HI | G_SUR_LO)) !== 0;
}

/** The span that holds token k, or null. */
function spanAt(c: Ctx, k: number): TokenSpan | null {
  if (c.tags[k] === TAG_O) return null;
  const start = spanStartAt(c.tags, k);
  let end = k + 1;
  while (end < c.n && c.tags[end] !== TAG_O && !isBegin(c.tags[end] as number)) end++;
  return { start, end, type: 0 };
}

/** End of the run of capitalized words (joined by RUN_CONNECTORS) that starts at k; k if none. */
function capRunEnd(c: Ctx, k: number): number {
  let end = k, last = k;
  while (end < c.n && end - k < MAX_RUN + 2 && sameLine(c, end)) {
    if (isCap(c.infos[end] as WordInfo)) last = end + 1;
    else if (!RUN_CONNECTORS.has(word(c, end))) break;
    end++;
  }
  return last;
}

/** "Halvorsen & Price": the capitalized words on both sides of "&" are one organization. */
function joinAmpersands(c: Ctx): void {
  // " & " is rare: found in the text, then its token by binary search, instead of a look at every token (with
  // spaces around it: a glued "S&M", "F&AM" is an abbreviation, which the tagger reads as one word)
  for (let at = c.text.indexOf(' & '); at >= 0; at = c.text.indexOf(' & ', at + 1)) {
    const k = tokenStartingAt(c.tokens, at + 1);
    if (k < 1 || k + 1 >= c.n || !sameLine(c, k) || !sameLine(c, k + 1)) continue;
    if (!isCap(c.infos[k - 1] as WordInfo) || !isCap(c.infos[k + 1] as WordInfo)) continue;
    // single letters ("R & B", "AT & T", "S & P") are a genre or an abbreviation: the tagger reads them whole or not
    if (tokenLength(c, k - 1) === 1 || tokenLength(c, k + 1) === 1) continue;
    // the tagger read "&" inside a title ("Tremors - New & Selected Poems"): its span stands, unless a name runs into
    //  it ("Southland" + "Power & Light")
    const inside = c.tags[k] !== TAG_O ? spanAt(c, k) : null;
    if (inside && c.tags[k] === tagI(MISC) && (inside.start === 0 || c.tags[inside.start - 1] === TAG_O)) continue;
    const left = spanAt(c, k - 1);
    let start = left ? left.start : k - 1;
    if (!left) {
      while (start > 0 && k - start < MAX_RUN && sameLine(c, start) && c.tags[start - 1] === TAG_O && isCap(c.infos[start - 1] as WordInfo)) start--;
    }
    // a place that runs into the left side is the start of the name ("Southland" + "Power & Light", "Florida Power &
    //  Light"); an organization or person there is a name of its own ("Perth Glory" + "Home & Away")
    if (start > 0 && sameLine(c, start) && c.tags[start - 1] !== TAG_O && typeOfTag(c.tags[start - 1] as number) === LOC) {
      start = (spanAt(c, start - 1) as TokenSpan).start;
    }
    const right = spanAt(c, k + 1);
    // two organizations ("MTV & Wild on E!") stay two
    if (left && right && c.tags[left.start] === tagB(ORG) && c.tags[right.start] === tagB(ORG)) continue;
    // the tagger saw a name on one side at least ("Consulting & Special Events", "Home & Away" are no firm's)
    if (!left && !right) continue;
    const end = right ? right.end : capRunEnd(c, k + 1);
    // a place after "&" ends a pair of places, a street corner or a route ("Tempe & Mesa", "Priest & Washington");
    //  a name after a place may still be a firm's ("Halvorsen & Price")
    if (right && c.tags[right.start] === tagB(LOC) && right.start !== left?.start) continue;
    // a citation names two authors: "(Baron & Beresford 2014)"
    if (end < c.n && isYear(c, end)) continue;
    // two people ("Anna Lee & John Smith", a photo credit "Miharris & Acphillips") are two names
    const person = (s: TokenSpan | null, span: TokenSpan): boolean => (s !== null && c.tags[s.start] === tagB(PER)) || isPersonName(c, span);
    if (person(left, { start, end: k, type: PER }) && person(right, { start: k + 1, end, type: PER })) continue;
    writeSpan(c.tags, { start, end, type: ORG });
  }
}

/**
 * "S&P", "AT&T", "Texas A&M": the tokenizer splits a glued "&" off, and the tagger reads a part ("P" ORG) or runs a
 * name into it ("Texas A" LOC). Where it tagged a part, the whole glued run is one name, with the names it touches:
 * ORG, or MISC where the tagger read MISC ("R&B"). A run it left untagged stays untagged ("R&D", "Q&A").
 */
function joinGluedAmpersands(c: Ctx): void {
  for (let at = c.text.indexOf('&'); at >= 0; at = c.text.indexOf('&', at + 1)) {
    const k = tokenStartingAt(c.tokens, at);
    if (k < 1 || k + 1 >= c.n || (c.tokens.ends[k] as number) !== at + 1) continue;
    const glued = (j: number): boolean => ((c.tokens.flags[j] as number) & TF_GLUE_LEFT) !== 0;
    if (!glued(k) || !glued(k + 1) || !(c.infos[k - 1] as WordInfo).hasUpper || !(c.infos[k + 1] as WordInfo).hasUpper) continue;
    // (a run the tagger read whole keeps its span and type: "B&SR" LOC, a railroad)
    if (c.tags[k - 1] !== TAG_O && !isBegin(c.tags[k] as number) && c.tags[k] !== TAG_O && !isBegin(c.tags[k + 1] as number)
      && c.tags[k + 1] !== TAG_O) continue;
    let start = k - 1, end = k + 2, type = -1;
    for (let j = k - 1; j < k + 2; j++) {
      if (c.tags[j] === TAG_O) continue;
      const s = spanAt(c, j) as TokenSpan;
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
      if (type !== ORG) type = typeOfTag(c.tags[s.start] as number) === MISC ? MISC : ORG;
    }
    if (type >= 0) writeSpan(c.tags, { start, end, type });
  }
}

const tokenLength = (c: Ctx, k: number): number => (c.tokens.ends[k] as number) - (c.tokens.starts[k] as number);

/** Token k is a four-digit number (a year). */
function isYear(c: Ctx, k: number): boolean {
  const start = c.tokens.starts[k] as number;
  if ((c.tokens.ends[k] as number) - start !== 4) return false;
  for (let j = start; j < start + 4; j++) { const ch = c.text.charCodeAt(j); if (ch < 48 || ch > 57) return false; }
  return true;
}

/**
 * "Kessler" + "Foods Group": a surname the tagger read as a person right before an organization whose name is a
 * description ending in its head noun is part of it. Not a place or a nationality ("US" + "FBI", "Spanish" +
 * "People's Party"), nor before a name of its own ("Pakistani" + "ISI"): the training sets' gold keeps those apart
 * (when any name before an organization was joined, 365 exact spans were lost over them; when a nationality or a
 * surname could be, 113).
 */
function joinsNext(c: Ctx, a: TokenSpan, b: TokenSpan | undefined): b is TokenSpan {
  if (b === undefined || a.end !== b.start || b.type !== ORG || a.type !== PER) return false;
  if (a.end - a.start !== 1 || b.end - b.start < 2 || !isHeadNoun(c, b.end - 1)) return false;
  return sameLine(c, b.start) && ((c.tokens.flags[b.start] as number) & TF_GLUE_LEFT) === 0;
}

/**
 * "Amazon.com Inc" tagged "Inc" alone: an organization span that is only a designator takes in the glued word
 * before it ("Amazon" "." "com": the tokenizer splits web names at the dot).
 */
function extendDomain(c: Ctx, s: TokenSpan): TokenSpan {
  if (s.end - s.start !== 1 || s.start === 0 || !CORPORATE.has((c.infos[s.start] as WordInfo).lowerHash) || c.tags[s.start - 1] !== TAG_O) return s;
  // back over the glued web name, which has a dot and no comma or hyphen ("December, Congress", "Democratic-controlled
  //  Senate" are no web names)
  let m = s.start - 1, dot = false;
  while (m > 0 && ((c.tokens.flags[m] as number) & TF_GLUE_LEFT) !== 0 && c.tags[m - 1] === TAG_O) {
    const ch = c.text.charCodeAt(c.tokens.starts[m] as number);
    if (ch === 44 || ch === 45) return s;
    if (ch === 46) dot = true;
    m--;
  }
  if (!dot || !isCap(c.infos[m] as WordInfo) || !sameLine(c, s.start)) return s;
  const extended = { start: m, end: s.end, type: ORG };
  writeSpan(c.tags, extended);
  return extended;
}

/** Token k is the one character `code`. */
function isChar(c: Ctx, k: number, code: number): boolean {
  const at = c.tokens.starts[k] as number;
  return c.tokens.ends[k] === at + 1 && c.text.charCodeAt(at) === code;
}

/** "State Teachers’ Retirement System", "Farmers' Union": a plural possessive inside an organization's name. */
function joinPluralPossessive(c: Ctx, s: TokenSpan): TokenSpan {
  const k = s.end;
  if (k + 1 >= c.n || c.text.charCodeAt((c.tokens.ends[k - 1] as number) - 1) !== 115 /* s */) return s;
  if (!(isChar(c, k, 0x2019) || isChar(c, k, 39)) || ((c.tokens.flags[k] as number) & TF_GLUE_LEFT) === 0) return s;
  if (!isCap(c.infos[k + 1] as WordInfo) || !sameLine(c, k + 1)) return s;
  const end = Math.max(spanAt(c, k + 1)?.end ?? 0, capRunEnd(c, k + 1));
  if (!isHeadNoun(c, end - 1)) return s;
  const joined = { start: s.start, end, type: ORG };
  writeSpan(c.tags, joined);
  return joined;
}

/** "Joint Council for the Welfare of Immigrants": after an organization's head noun, "for" continues the name. */
function extendFor(c: Ctx, s: TokenSpan): TokenSpan {
  const k = s.end;
  if (k + 1 >= c.n || (c.infos[k] as WordInfo).lowerHash !== FOR || !isHeadNoun(c, k - 1)) return s;
  // "for the": without "the" the words after "for" are often a title or a name of their own ("CBS Records for
  //  Blowin' Away", "… League for FC Basel")
  if ((c.infos[k + 1] as WordInfo).lowerHash !== THE) return s;
  const first = k + 2;
  if (first >= c.n || !isCap(c.infos[first] as WordInfo) || !sameLine(c, first)) return s;
  const runEnd = capRunEnd(c, first);
  // the name goes on with words the tagger left out or read as a title ("Foundation for the Visual Arts"), or with
  //  "the … of" ("Movement for the Emancipation of the Niger Delta", "National Union for the Total Independence of
  //  Angola"); a place, a person or an organization of its own follows "for" too ("Development Program for Somalia",
  //  "District Court for the Northern District of New York", "League for the St. Louis Eagles", "… for FC Basel")
  const typeAt = (m: number): number => (c.tags[m] === TAG_O ? -1 : typeOfTag(c.tags[m] as number));
  for (let m = first; m < runEnd; m++) if (typeAt(m) === PER) return s;
  if (typeAt(first) === LOC) return s;
  if (typeAt(first) === ORG) {
    let hasOf = false;
    for (let m = first + 1; m < runEnd && !hasOf; m++) hasOf = (c.infos[m] as WordInfo).lowerHash === OF;
    if (!hasOf) return s;
  }
  const end = Math.max(runEnd, spanAt(c, runEnd - 1)?.end ?? 0);
  c.tags.fill(TAG_O, k, end);
  const extended = { start: s.start, end, type: ORG };
  writeSpan(c.tags, extended);
  return extended;
}

/** "Hurricane Idris": the storm is an event, and its name alone in the article ("Idris makes landfall") is too. */
function typeStorms(c: Ctx): void {
  if (!STORM_TEXTS.some((w) => c.text.includes(w))) return; // native searches first: storms are rare
  const names = new Set<WordInfo>();
  for (let k = 0; k + 1 < c.n; k++) {
    const info = c.infos[k] as WordInfo;
    if (info.capClass !== CAP_TITLE || !STORM_WORDS.has(info.lowerHash) || (c.infos[k + 1] as WordInfo).capClass !== CAP_TITLE || !sameLine(c, k + 1)) continue;
    const start = k > 0 && (c.infos[k - 1] as WordInfo).lowerHash === TROPICAL ? k - 1 : k;
    // inside a longer name: "Gulf Storm Prediction Office", "the Hurricane Relief Fund"
    if (start > 0 && sameLine(c, start) && isCap(c.infos[start - 1] as WordInfo) && ((c.tokens.flags[start] as number) & TF_SENT_START) === 0) continue;
    if (k + 2 < c.n && sameLine(c, k + 2) && isCap(c.infos[k + 2] as WordInfo)) continue;
    const old = spanAt(c, start), tail = spanAt(c, k + 1);
    c.tags.fill(TAG_O, old ? old.start : start, Math.max(tail ? tail.end : k + 2, k + 2));
    writeSpan(c.tags, { start, end: k + 2, type: MISC });
    names.add(c.infos[k + 1] as WordInfo);
  }
  if (names.size === 0) return;
  for (const s of spansFromTags(c.tags, c.n)) {
    if (s.end - s.start === 1 && s.type !== MISC && names.has(c.infos[s.start] as WordInfo)) writeSpan(c.tags, { ...s, type: MISC });
  }
}

/**
 * Trims an organization's title word off its end. (Plural acronyms, "SUVs", "IEDs", were trimmed too until the
 * training sets' gold showed them tagged as names: 58 exact spans lost.)
 */
function trimEnd(c: Ctx, s: TokenSpan): TokenSpan {
  let end = s.end;
  // "State Department Spokesperson", not "Office of the President" (a title after "the" or "of" is the name's)
  // (only after a head noun: "Senate Majority Leader", "Center for Transitional Justice", "Sharm El Sheikh" keep theirs)
  if (s.type === ORG && end - s.start >= 3 && ((c.infos[end - 1] as WordInfo).gaz & G_TITLE) !== 0 && isHeadNoun(c, end - 2)) end--;
  if (end === s.end) return s;
  c.tags.fill(TAG_O, end, s.end);
  const trimmed = { start: s.start, end, type: s.type };
  if (end > s.start) writeSpan(c.tags, trimmed);
  return trimmed;
}

/** The organization mends (before the article-wide majority, so that every mention is counted mended). */
export function mendOrganizations(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  const c: Ctx = { text, tokens, infos, tags, n: tokens.count };
  joinAmpersands(c);
  joinGluedAmpersands(c);
  joinPossessiveNames(text, tokens, infos, tags);
  // one pass over the spans, left to right, read from the tags as it goes (no span list: this runs on every article);
  // a mend only reaches right, and the scan goes on after what it wrote
  const cur: TokenSpan = { start: 0, end: 0, type: 0 }, following: TokenSpan = { start: 0, end: 0, type: 0 };
  let k = 0;
  while (k < c.n) {
    if (tags[k] === TAG_O) { k++; continue; }
    const read = readSpan(tags, c.n, k, cur);
    const readEnd = read.end;
    let s = trimEnd(c, read);
    if (s.end === s.start) { k = readEnd; continue; }
    if (s.type === ORG) s = extendDomain(c, s);
    // the next span, right after this one or after one word ("and")
    const at = s.end < c.n && tags[s.end] !== TAG_O ? s.end : s.end + 1;
    const next = at < c.n && tags[at] !== TAG_O ? readSpan(tags, c.n, at, following) : undefined;
    if (joinsNext(c, s, next)) {
      s = { start: s.start, end: next.end, type: ORG };
      writeSpan(tags, s);
    }
    if (s.type === ORG) {
      s = extendFor(c, joinPluralPossessive(c, s));
      if (s.end - s.start >= 3) splitTrailingPerson(c, s);
    }
    k = Math.max(s.end, k + 1);
  }
}

/** Reads into `out` the span that starts at token k, as spansFromTags would. */
function readSpan(tags: Uint8Array, n: number, k: number, out: TokenSpan): TokenSpan {
  out.start = k; out.end = spanEnd(tags, n, k); out.type = typeOfTag(tags[k] as number);
  return out;
}

/**
 * "Refugee Council Enver Solomon": a full name after the head noun is the person the sentence is about. The name must
 * end in a surname and start with a given name or a word the word classes do not know ("Enver"): looser, the split
 * cut "United Christian Democrats", "Air Defense Wing" and "Rufus & Chaka Khan" on the training sets' gold.
 */
/** Whether a title and "of" or "of the" come right before token k ("Chancellor of the", "Minister of"). */
function titleOfBefore(c: Ctx, k: number): boolean {
  let j = k - 1;
  if (j >= 0 && (c.infos[j] as WordInfo).lowerHash === THE) j--;
  return j >= 1 && (c.infos[j] as WordInfo).lowerHash === OF && ((c.infos[j - 1] as WordInfo).gaz & G_TITLE) !== 0;
}

function splitTrailingPerson(c: Ctx, s: TokenSpan): void {
  // a name that ends in a head noun ends as an organization: "Bill & Melinda Gates Foundation"
  if (isHeadNoun(c, s.end - 1)) return;
  // "Chancellor of the Exchequer Rachel Reeves": after a title's "of (the)", the organization is a title's, and a
  //  person's full name after it is the title holder's, whatever the organization's last word
  const ofTitle = titleOfBefore(c, s.start);
  for (let k = s.end - 3; k >= s.start; k--) {
    if (!(ofTitle || isHeadNoun(c, k)) || !isCap(c.infos[k] as WordInfo)) continue;
    const person: TokenSpan = { start: k + 1, end: s.end, type: PER };
    if (!isPersonName(c, person) || ((c.infos[s.end - 1] as WordInfo).gaz & (G_SUR_HI | G_SUR_LO)) === 0) continue;
    if (!startsWithGivenName(c.infos, person) && (c.infos[person.start] as WordInfo).cluster !== 0) continue;
    // (a title's one-word portfolio is part of the title: "Secretary of State", "Chancellor of the Exchequer")
    if (ofTitle && k === s.start && !isHeadNoun(c, k)) c.tags[k] = TAG_O;
    else writeSpan(c.tags, { start: s.start, end: k + 1, type: ORG });
    writeSpan(c.tags, person);
    return;
  }
}

/** Storm names (after the person passes, which would otherwise make "Idris" a person again). */
export function mendStorms(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  typeStorms({ text, tokens, infos, tags, n: tokens.count });
}

/**
 * "Arequipa Resources Ltd" … "Arequipa shares jumped 15 percent": a company named in full with its designator is
 * then named by its first word alone, which the tagger does not know (nor type) by itself. That word is the company
 * wherever it stands alone: untagged, or tagged alone as another type. Only a first word the training text does not
 * have as a common word (no word class: "Arequipa", "Barrick"; not "General" of "General Motors Corp", "First" of
 * "First Union Corp", "Bank" of "Bank of America Corp") nor as a known name of another type, in Title Case, not
 * hyphenated ("Daimler-Benz AG"), before a company's legal form ("Ltd", "AG", "Corp").
 */
/** A company's legal form at the end of its name (not "School", "University", "District": places name those). */
const COMPANY_DESIGNATORS = hashSet([
  'corp', 'corp.', 'corporation', 'inc', 'inc.', 'incorporated', 'ltd', 'ltd.', 'limited', 'ag', 'co', 'co.', 'plc',
  'sa', 'nv', 'gmbh', 'llc', 'spa', 'bhd', 'ab', 'asa', 'oyj', 'kk', 'bv', 'holdings',
]);

/** The first word of an ORG span that names a company with its legal form, as tagCompanyShortForms takes it, or null. */
export function companyFirstWord(tokens: Tokens, infos: WordInfo[], s: TokenSpan): WordInfo | null {
  if (s.end - s.start < 2 || !COMPANY_DESIGNATORS.has((infos[s.end - 1] as WordInfo).lowerHash)) return null;
  const first = infos[s.start] as WordInfo;
  if (first.cluster !== 0 || first.capClass !== CAP_TITLE || first.stopword || knownType(first) >= 0) return null;
  return ((tokens.flags[s.start + 1] as number) & TF_GLUE_LEFT) !== 0 ? null : first;
}

/** Tags the company first words (companyFirstWord) where they stand alone. */
export function tagCompanyShortForms(tokens: Tokens, infos: WordInfo[], tags: Uint8Array, words: ReadonlySet<WordInfo>): void {
  const n = tokens.count;
  const glued = (k: number): boolean => k < n && ((tokens.flags[k] as number) & TF_GLUE_LEFT) !== 0;
  for (let k = 0; k < n; k++) {
    if (!words.has(infos[k] as WordInfo)) continue;
    // (the full name, or another name it starts: "Arequipa Resources", "Arequipa-based")
    if (k + 1 < n && (isCap(infos[k + 1] as WordInfo) || glued(k + 1))) continue;
    if (tags[k] === TAG_O) {
      if (k > 0 && isCap(infos[k - 1] as WordInfo) && ((tokens.flags[k] as number) & TF_SENT_START) === 0) continue;
      tags[k] = tagB(ORG);
    } else if (isBegin(tags[k] as number) && spanEnd(tags, n, k) === k + 1) {
      tags[k] = tagB(ORG);
    }
  }
}

/** Head nouns of public bodies, parties and institutions that end a name the tagger may not know ("Federal Trade
 * Commission", "Consumer Financial Protection Bureau"). Not the gazetteer's whole list: "City" ends places ("Kansas
 * City"), "Olympics" events, "Review", "Times" and "Post" titles of works as well. */
const INSTITUTION_HEADS = hashSet([
  'agency', 'administration', 'authority', 'bureau', 'board', 'commission', 'committee', 'council', 'department',
  'ministry', 'office', 'secretariat', 'directorate', 'service', 'court', 'tribunal', 'parliament', 'assembly', 'senate',
  'congress', 'party', 'front', 'movement', 'alliance', 'coalition', 'league', 'union', 'federation', 'association',
  'society', 'institute', 'foundation', 'fund', 'organization', 'organisation', 'corporation', 'company', 'bank',
  'university', 'college',
]);
/** Longest run of Title Case words read as one institution's name. */
const INSTITUTION_MAX_WORDS = 6;

/**
 * "the Federal Trade Commission": a run of two or more Title Case words after "the", ending in an institution's head
 * noun, that the tagger left untagged (it had never seen the name, and each word is also a common one) is an
 * organization; so is one whose first word the tagger read as a nationality alone ("the Palestinian Authority").
 * Not on a headline's line, where every word is capitalized.
 */
export function tagUnknownInstitutions(tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  const n = tokens.count;
  for (let k = 0; k + 2 < n; k++) {
    if ((infos[k] as WordInfo).lowerHash !== THE || (infos[k + 1] as WordInfo).capClass !== CAP_TITLE) continue;
    if (tokens.lineMode[k + 1] !== LINE_NORMAL) continue;
    // (its first word may be a nationality the tagger read alone: "the Palestinian" + "Authority")
    const nationality = tags[k + 1] === tagB(MISC) && tags[k + 2] === TAG_O;
    if (tags[k + 1] !== TAG_O && !nationality) continue;
    let end = nationality ? k + 2 : k + 1;
    while (end < n && end - k <= INSTITUTION_MAX_WORDS && tags[end] === TAG_O && (infos[end] as WordInfo).capClass === CAP_TITLE
      && ((tokens.flags[end] as number) & TF_LINE_START) === 0 && (end === k + 1 || ((tokens.flags[end] as number) & TF_SENT_START) === 0)) end++;
    // (the run must end there: not inside a longer name the tagger read in part, nor before "of", which continues it
    //  or makes it generic: "the Honorary Board of distinguished achievers"; nor open with a month, "the August Board
    //  meeting")
    if (end - (k + 1) < 2 || (end < n && (tags[end] !== TAG_O || (infos[end] as WordInfo).lowerHash === OF))) continue;
    if (!INSTITUTION_HEADS.has((infos[end - 1] as WordInfo).lowerHash) || DATE_HASHES.has((infos[k + 1] as WordInfo).lowerHash)) continue;
    writeSpan(tags, { start: k + 1, end, type: ORG });
    k = end - 1;
  }
}
