/**
 * Names in a list are of one kind: "Apple, Google and Amazon declined to comment" with "Apple" left untagged at the
 * start of the sentence. When the tagged items of a list ("X, Y and Z", "X and Y", items joined by commas, "and",
 * "or") all have one type, its untagged capitalized items take that type, if the gazetteer or the training names
 * know their first word as a name ("However, Google and Amazon" stays).
 */
import type { WordInfo } from './features';
import { D_LOC, D_MISC, D_ORG, D_PER, G_CITY, G_COUNTRY, G_FIRST_HI, G_ORG, G_POLITICIAN, G_SUR_HI, G_TEAM, G_TITLE } from './gazetteer';
import { hashString } from './hash';
import { isCap, spanEnd, writeSpan } from './spans';
import { N_TYPES, TAG_O, isBegin, typeOfTag } from './tags';
import { TF_LINE_START } from './tokenize';
import type { Tokens } from './tokenize';

const AND = hashString('and'), OR = hashString('or');
/** Words of an untagged item, at most (list items are names, not clauses). */
const MAX_ITEM_TOKENS = 4;
const NAME_EVIDENCE_GAZ = G_FIRST_HI | G_SUR_HI | G_POLITICIAN | G_COUNTRY | G_CITY | G_ORG | G_TEAM;
const NAME_EVIDENCE_DICT = D_PER | D_ORG | D_LOC | D_MISC;

interface Item { start: number; end: number; type: number /* -1: untagged */ }

function isComma(text: string, tokens: Tokens, k: number): boolean {
  const at = tokens.starts[k] as number;
  return tokens.ends[k] === at + 1 && text.charCodeAt(at) === 44;
}

/** Where the separator after position k ends (", ", "and", ", and", "or"), or -1 if none is there. */
function separatorEnd(text: string, tokens: Tokens, infos: WordInfo[], k: number, n: number): number {
  let j = k;
  if (j < n && isComma(text, tokens, j)) j++;
  if (j < n && ((infos[j] as WordInfo).lowerHash === AND || (infos[j] as WordInfo).lowerHash === OR)) j++;
  return j > k && j < n && ((tokens.flags[j] as number) & TF_LINE_START) === 0 ? j : -1;
}

/** End of the item that starts at k (a tagged span, or a run of capitalized words), or -1 if none starts there. */
function itemEnd(tags: Uint8Array, infos: WordInfo[], k: number, n: number): number {
  const t = tags[k] as number;
  if (t !== TAG_O) return isBegin(t) ? spanEnd(tags, n, k) : -1;
  if (!isCap(infos[k] as WordInfo)) return -1;
  let end = k + 1;
  while (end < n && end - k < MAX_ITEM_TOKENS && tags[end] === TAG_O && isCap(infos[end] as WordInfo)) end++;
  return end;
}

const itemOf = (tags: Uint8Array, start: number, end: number): Item =>
  ({ start, end, type: tags[start] === TAG_O ? -1 : typeOfTag(tags[start] as number) });

function hasNameEvidence(info: WordInfo): boolean {
  return (info.gazFull & NAME_EVIDENCE_GAZ) !== 0 || (info.dictFull >= 0 && (info.dictFull & NAME_EVIDENCE_DICT) !== 0);
}

/** Where the separator that ends right before token k starts (", ", "and", ", and", "or"), or -1. */
function separatorStart(text: string, tokens: Tokens, infos: WordInfo[], k: number): number {
  if (k < 2 || ((tokens.flags[k] as number) & TF_LINE_START) !== 0) return -1;
  let j = k;
  const word = (infos[j - 1] as WordInfo).lowerHash;
  if (word === AND || word === OR) j--;
  if (j > 1 && isComma(text, tokens, j - 1)) j--;
  return j < k && ((tokens.flags[j] as number) & TF_LINE_START) === 0 ? j : -1;
}

/** Start of the item that ends right before token e (a tagged span, or capitalized words), or -1. */
function itemStartBefore(tags: Uint8Array, infos: WordInfo[], e: number): number {
  let start = e - 1;
  if (start < 0) return -1;
  if (tags[start] !== TAG_O) {
    while (start > 0 && !isBegin(tags[start] as number)) start--;
    return start;
  }
  if (!isCap(infos[start] as WordInfo)) return -1;
  while (start > 0 && e - start < MAX_ITEM_TOKENS && tags[start - 1] === TAG_O && isCap(infos[start - 1] as WordInfo)) start--;
  return start;
}

/**
 * Gives the untagged capitalized items of each list the one type of its tagged items. Lists are found from their
 * tagged items (a list with none has nothing to give), so only the tokens around tagged names are looked at.
 */
export function fillLists(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  const n = tokens.count;
  let k = 0;
  while (k < n) {
    const t = tags[k] as number;
    if (t === TAG_O || !isBegin(t)) { k++; continue; }
    const spanEnd = itemEnd(tags, infos, k, n);
    const left = separatorStart(text, tokens, infos, k);
    if (left < 0 && separatorEnd(text, tokens, infos, spanEnd, n) < 0) { k = spanEnd; continue; }
    // back to the list's first item, then forward through its items
    let first = k;
    for (let sep = left; sep >= 0;) {
      const start = itemStartBefore(tags, infos, sep);
      if (start < 0) break;
      first = start;
      sep = separatorStart(text, tokens, infos, start);
    }
    const items: Item[] = [];
    let end = first;
    for (let at = first; at >= 0;) {
      const itemStop = itemEnd(tags, infos, at, n);
      if (itemStop < 0) break;
      items.push(itemOf(tags, at, itemStop));
      end = itemStop;
      const sep = separatorEnd(text, tokens, infos, itemStop, n);
      at = sep;
    }
    k = Math.max(end, spanEnd);
    // a list has three items or ends in "and"/"or": two names around a comma are a clause's end and the next one's
    //  start ("In Syria, Coalition forces…", "for Central Asia, Mr Ellwood met…")
    if (items.length >= 3 || (items.length === 2 && endsWithConjunction(infos, items))) fillList(infos, tags, items);
  }
}

function endsWithConjunction(infos: WordInfo[], items: Item[]): boolean {
  const last = items[items.length - 1] as Item;
  const before = (infos[last.start - 1] as WordInfo).lowerHash;
  return before === AND || before === OR;
}

function fillList(infos: WordInfo[], tags: Uint8Array, items: Item[]): void {
  const votes = new Int32Array(N_TYPES);
  let kinds = 0;
  for (const it of items) {
    if (it.type < 0) continue;
    if (votes[it.type] === 0) kinds++;
    votes[it.type] = (votes[it.type] as number) + 1;
  }
  if (kinds !== 1) return;
  const type = votes.findIndex((v) => v > 0);
  for (const it of items) {
    if (it.type >= 0) continue;
    const first = infos[it.start] as WordInfo;
    if (first.stopword || (first.gazFull & G_TITLE) !== 0 || !hasNameEvidence(first)) continue;
    writeSpan(tags, { start: it.start, end: it.end, type });
  }
}
