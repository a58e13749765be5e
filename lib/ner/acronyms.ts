/**
 * An acronym in parentheses gives the extent of the name before it: "Organisation for Security and Cooperation in
 * Europe ( OSCE )" is one organization, where the tagger stops at "in" and reads "Europe" as the place. When the
 * initials of the capitalized words before "(" (skipping "of", "for", "and", "in", "the"…) spell the acronym exactly,
 * and the tagger saw an organization among them, the whole run is that organization.
 */
import { CAP_ALL } from './features';
import type { WordInfo } from './features';
import { G_TITLE } from './gazetteer';
import { hashString } from './hash';
import { isCap, spanEnd, spanStartAt, tokenStartingAt, writeSpan } from './spans';
import { TAG_O, tagB, typeOfTag } from './tags';
import type { Tokens } from './tokenize';

const ORG = 1;
/** Lowercase words inside a name that have no letter in its acronym. */
const CONNECTORS = new Set(['of', 'for', 'and', 'in', 'on', 'the', 'de', 'du', 'des', 'la', 'le', '&', 'to'].map(hashString));
/** Longest acronym read (letters), as in the acronym pass of consistency.ts. */
const ACRONYM_MAX = 8;
const CLOSE = 41;
const MEMBER = hashString('member');

/** The first token of the run before `open` whose initials spell `acronym`, or -1. */
function spelledStart(text: string, tokens: Tokens, infos: WordInfo[], open: number, acronym: string): number {
  let letter = acronym.length - 1;
  for (let k = open - 1; k >= 0 && letter >= 0; k--) {
    const info = infos[k] as WordInfo;
    if (CONNECTORS.has(info.lowerHash)) continue;
    if (!isCap(info) || text.charCodeAt(tokens.starts[k] as number) !== acronym.charCodeAt(letter)) return -1;
    if (letter === 0) return k;
    letter--;
  }
  return -1;
}

export function joinByAcronym(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  const n = tokens.count;
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const open = tokenStartingAt(tokens, at), k = open + 1;
    if (open <= 1 || k + 1 >= n || text.charCodeAt(tokens.starts[k + 1] as number) !== CLOSE) continue;
    const info = infos[k] as WordInfo;
    const len = (tokens.ends[k] as number) - (tokens.starts[k] as number);
    if (info.capClass !== CAP_ALL || len < 3 || len > ACRONYM_MAX) continue;
    const start = spelledStart(text, tokens, infos, open, text.slice(tokens.starts[k], tokens.ends[k]));
    if (start < 0) continue;
    // an organization among the words, and the run not already one name
    let org = false;
    for (let j = start; j < open && !org; j++) org = tags[j] !== TAG_O && typeOfTag(tags[j] as number) === ORG;
    if (!org || (tags[start] !== TAG_O && spanStartAt(tags, start) === start && spanEnd(tags, n, start) === open)) continue;
    // not where the run starts inside a longer name ("U.S. Central Intelligence Agency (CIA)", "Saskatchewan New
    //  Democratic Party (NDP)"), nor a title around a name ("Member of the Scottish Parliament (MSP)")
    if (tags[start] !== TAG_O && spanStartAt(tags, start) < start) continue;
    if (((infos[start] as WordInfo).gaz & G_TITLE) !== 0 || (infos[start] as WordInfo).lowerHash === MEMBER) continue;
    writeSpan(tags, { start, end: open, type: ORG });
    if (tags[k] === TAG_O) tags[k] = tagB(ORG);
  }
}

/** An acronym set off by commas after the name it spells: "the Australian Institute of Marine Science, AIMS, found". */
const COMMA_ACRONYM = /, ([A-Z]{2,8}),?(?=[\s.,;)])/g;

/**
 * Tags such an acronym with the organization's type where the initials of the organization right before the comma
 * spell it exactly (the tagger leaves it untagged or reads it as a product: "Development Organization, NEDO").
 */
export function tagCommaAcronyms(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  const n = tokens.count;
  COMMA_ACRONYM.lastIndex = 0;
  for (let m = COMMA_ACRONYM.exec(text); m; m = COMMA_ACRONYM.exec(text)) {
    const comma = tokenStartingAt(tokens, m.index), k = comma + 1;
    if (comma < 1 || k >= n || tokens.ends[k] !== m.index + 2 + (m[1] as string).length) continue;
    const last = comma - 1;
    if (tags[last] === TAG_O || typeOfTag(tags[last] as number) !== ORG || spanEnd(tags, n, spanStartAt(tags, last)) !== comma) continue;
    if (tags[k] !== TAG_O && (typeOfTag(tags[k] as number) === ORG || spanEnd(tags, n, k) !== k + 1)) continue;
    const start = spelledStart(text, tokens, infos, comma, m[1] as string);
    if (start < 0 || start !== spanStartAt(tags, last)) continue;
    tags[k] = tagB(ORG);
  }
}
