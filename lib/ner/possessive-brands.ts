/**
 * Names with a possessive inside or at their end.
 * - Companies whose name is a possessive: "McDonald's", "Sotheby's", "Moody's Investors Service", "Lloyd's of London",
 *   "Standard & Poor's". The tagger, which has seen few of them, reads the word before the possessive as a person
 *   ("Christie", "Lowe", "Kohl", "Moody") or a place ("Sotheby"). A closed list: these are a few dozen brands that
 *   business news names again and again, not a pattern that can be told from the text.
 * - Institutions named after a patron: "Queen's University", "King's College London", "Lord's Resistance Army",
 *   "St. Xavier's High School". The document pass splits spans at a possessive ("Turkey's Anadolu"), and the tagger
 *   types the saint's name apart ("St. Xavier" LOC, "High School" ORG); a royal word or a saint's name, its
 *   possessive and an organization's name after it are one organization.
 * The possessive stays outside a name that ends with it, as the corpus convention has it for "Turkey's" and as the
 * training sets' gold has it for these brands too (WikiGold "Dillard" of "Dillard's", GMB "McDonald"); it is inside a
 * name that goes on after it ("Moody's Investors Service", BTC "Claire 's Accessories").
 */
import type { WordInfo } from './features';
import { G_ORG_DESIG } from './gazetteer';
import { hashSet, hashString } from './hash';
import { fullNameWords, isCap, spanEnd, spanStartAt, tokenStartingAt, writeSpan } from './spans';
import { TAG_O, isBegin, typeOfTag } from './tags';
import { TF_GLUE_LEFT, TF_LINE_START, TF_SENT_START } from './tokenize';
import type { Tokens } from './tokenize';

const ORG = 1, LOC = 2;

/**
 * Lowercase, without the possessive. Brands that are also common given names ("Wendy's", "Claire's", "Denny's",
 * "Carl's", "Nathan's") or a famous person's name ("Caesar's") are left out: "Wendy's mother" is far more common in
 * text than the restaurant chain.
 */
const POSSESSIVE_BRANDS = hashSet([
  'mcdonald', 'moody', 'macy', 'sotheby', 'christie', 'kellogg', 'domino', 'lloyd', 'sainsbury', 'lowe', 'kohl',
  'dillard', 'hershey', 'applebee', 'arby', 'hardee', 'poor', 'harrah',
]);
const OF = hashString('of'), AND = hashString('and'), AMPERSAND = hashString('&');
const POOR = hashString('poor'), STANDARD = hashString('standard');
/** Words whose possessive opens an institution's name when one follows. Not "Lady" (a title before a person). */
const PATRONS = hashSet(['queen', 'king', 'prince', 'princess', 'lord']);
/** Before a saint's name: "St. Xavier's", "Saint Mary's". */
const SAINTS = hashSet(['st.', 'st', 'saint']);

/** Brands whose name goes on with "of" and a place: "Lloyd's of London" (not "Sotheby's of Hong Kong", a branch). */
const OF_PLACE_BRANDS = hashSet(['lloyd']);

/** A possessive: "'s", "’s" (the tokenizer makes it a token of its own). */
const POSSESSIVE = /['\u2019][sS]\b/g;

interface Ctx { text: string; tokens: Tokens; infos: WordInfo[]; tags: Uint8Array; n: number }

/** A possessive token ("'s", "’s") glued to the word before it. */
function isPossessiveAt(c: Ctx, k: number): boolean {
  const s = c.tokens.starts[k] as number;
  if ((c.tokens.ends[k] as number) - s !== 2 || ((c.tokens.flags[k] as number) & TF_GLUE_LEFT) === 0) return false;
  const q = c.text.charCodeAt(s);
  return (q === 39 || q === 0x2019) && (c.text.charCodeAt(s + 1) | 32) === 115;
}

const sameLine = (c: Ctx, k: number): boolean => ((c.tokens.flags[k] as number) & TF_LINE_START) === 0;

/** Where the name goes on after the possessive: an organization the tagger read ("Investors Service"), a capitalized
 *  run that ends in a designator ("Pizza Inc"), or "of" and a place ("Lloyd's of London"); k itself where it does
 *  not. */
function continuationEnd(c: Ctx, k: number): number {
  if (k >= c.n || !sameLine(c, k)) return k;
  const t = c.tags[k] as number;
  if (t !== TAG_O && isBegin(t) && typeOfTag(t) === ORG) return spanEnd(c.tags, c.n, k);
  let e = k;
  while (e < c.n && sameLine(c, e) && isCap(c.infos[e] as WordInfo)) e++;
  if (e > k && ((c.infos[e - 1] as WordInfo).gaz & G_ORG_DESIG) !== 0) return e;
  if ((c.infos[k] as WordInfo).lowerHash === OF && OF_PLACE_BRANDS.has((c.infos[k - 2] as WordInfo).lowerHash)
    && k + 1 < c.n && sameLine(c, k + 1)) {
    const p = c.tags[k + 1] as number;
    if (p !== TAG_O && isBegin(p) && typeOfTag(p) === LOC) return spanEnd(c.tags, c.n, k + 1);
  }
  return k;
}

/** First token of the name that ends with brand word k, or -1 where the possessive is a person's. */
function nameStart(c: Ctx, k: number): number {
  const { tags, infos } = c;
  let start = tags[k] === TAG_O ? k : spanStartAt(tags, k);
  if ((infos[k] as WordInfo).lowerHash === POOR) {
    // "Standard & Poor's", "Standard and Poor's" (the tagger may have read "Poor" alone as a person)
    const joiner = k >= 2 ? (infos[k - 1] as WordInfo).lowerHash : 0;
    if ((joiner !== AND && joiner !== AMPERSAND) || (infos[k - 2] as WordInfo).lowerHash !== STANDARD) return -1;
    return Math.min(start, tags[k - 2] === TAG_O ? k - 2 : spanStartAt(tags, k - 2));
  }
  // "Rick Moody's novel": the word ends a longer name that is not an organization's
  if (start < k && typeOfTag(tags[k] as number) !== ORG) return -1;
  // "Governor Christie's plan": a title or a given name the tagger left out
  if (start === k && k > 0 && isCap(infos[k - 1] as WordInfo) && ((c.tokens.flags[k] as number) & TF_SENT_START) === 0) start = -1;
  return start;
}

/** "Queen's University", "St. Xavier's High School": the first token of the institution's name whose patron's
 *  possessive follows token k, or -1. */
function patronStart(c: Ctx, k: number): number {
  const info = c.infos[k] as WordInfo;
  if (PATRONS.has(info.lowerHash)) return k;
  return k > 0 && SAINTS.has((c.infos[k - 1] as WordInfo).lowerHash) && isCap(c.infos[k - 1] as WordInfo) ? k - 1 : -1;
}

export function joinPossessiveNames(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  const c: Ctx = { text, tokens, infos, tags, n: tokens.count };
  let persons: Set<WordInfo> | null = null;
  let done = 0; // tokens up to here were rewritten
  POSSESSIVE.lastIndex = 0;
  // (the possessives found by a native search of the text: a look at every token costs more)
  for (let m = POSSESSIVE.exec(text); m; m = POSSESSIVE.exec(text)) {
    const k = tokenStartingAt(tokens, m.index) - 1;
    if (k < done || !isPossessiveAt(c, k + 1)) continue;
    const info = infos[k] as WordInfo;
    if (!isCap(info)) continue;
    const goesOn = continuationEnd(c, k + 2);
    let start: number, end: number;
    const brand = POSSESSIVE_BRANDS.has(info.lowerHash);
    if (brand) {
      persons ??= fullNameWords(tags, c.n, infos);
      if (persons.has(info)) continue;
      start = nameStart(c, k);
      // the possessive is the name's only where the name goes on after it
      end = goesOn > k + 2 ? goesOn : k + 1;
    } else {
      start = goesOn > k + 2 ? patronStart(c, k) : -1;
      end = goesOn;
    }
    if (start < 0) continue;
    // a building the tagger read as a place stays one ("St. Paul's Church", "St. Mary's Episcopal Church": LOC in the
    //  training sets' gold)
    const last = tags[end - 1] as number;
    const type = !brand && last !== TAG_O && typeOfTag(last) === LOC ? LOC : ORG;
    tags.fill(TAG_O, start, Math.max(end, k + 2));
    writeSpan(tags, { start, end, type });
    done = Math.max(end, k + 2);
  }
}
