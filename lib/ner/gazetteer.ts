/**
 * Gazetteer bits and multi-token lookup.
 *
 * A gazetteer is a HashDict from the hash of a lowercased token sequence to a bit mask of the lists it is in.
 * Every proper prefix of a multi-token entry is also stored with G_PREFIX so a scan can stop as soon as no
 * entry can continue. Entries are tokenized with the same tokenizer as the text, so keys always agree.
 */
import type { HashDict } from './hashdict';
import type { WordInfo } from './features';
import { SEQ_SEED, hashString, mix2, seqHash } from './hash';
import { tokenize } from './tokenize';

export const G_FIRST_HI = 1 << 0;
export const G_FIRST_LO = 1 << 1;
export const G_SUR_HI = 1 << 2;
export const G_SUR_LO = 1 << 3;
export const G_POLITICIAN = 1 << 4;
export const G_COUNTRY = 1 << 5;
export const G_DEMONYM = 1 << 6;
export const G_CITY = 1 << 7;
export const G_ORG = 1 << 8;
export const G_TEAM = 1 << 9;
export const G_TITLE = 1 << 10;
export const G_ORG_DESIG = 1 << 11;
export const G_ORG_OF = 1 << 12;
export const G_POLGROUP = 1 << 13;
export const G_ROLE_MOD = 1 << 14;
/** Any of the name lists (given names and surnames, either frequency band). */
export const G_PERSON_NAME = G_FIRST_HI | G_FIRST_LO | G_SUR_HI | G_SUR_LO;
/** Entry continues: some longer entry starts with this sequence. */
export const G_PREFIX = 1 << 15;
/** Training-data dictionary bits: the string was labelled with this type (majority) in training text. */
export const D_PER = 1 << 16;
export const D_ORG = 1 << 17;
export const D_LOC = 1 << 18;
export const D_MISC = 1 << 19;
/** String was also seen unlabelled / lowercase often: weak evidence. */
export const D_AMBIG = 1 << 20;
/**
 * Token-level dictionary (key tokenKey(lowerHash)): the capitalized word is mostly seen inside names of this type
 * in the training text, and mostly inside names rather than outside them ("Party", "Kwok", "Airlines").
 */
export const T_PER = 1 << 21;
export const T_ORG = 1 << 22;
export const T_LOC = 1 << 23;
export const T_MISC = 1 << 24;
/**
 * Token-level dictionary: a word without a capital or a digit ("of", "al", "&", "-") that the training text often
 * has inside names. Only such words may extend a name beyond its capitalized tokens (see decodeMask): not a
 * feature, a decoding constraint that spares scoring the lowercase words around every capitalized one.
 */
export const T_CONNECTOR = 1 << 25;
/** The four dictionary type bits, in the order of the NER types (PER, ORG, LOC, MISC). */
const DICT_TYPES = [D_PER, D_ORG, D_LOC, D_MISC];
const LOC_TYPE = 2, MISC_TYPE = 3;

/** The one type the gazetteer or the training data's names give a word alone, or -1 (unknown or ambiguous). */
export function knownType(info: WordInfo): number {
  if (info.gazFull & (G_COUNTRY | G_CITY)) return LOC_TYPE;
  if (info.gazFull & G_DEMONYM) return MISC_TYPE;
  const d = info.dictFull; // -1 where the word was not looked up (training): no evidence
  if (d < 0 || (d & D_AMBIG) !== 0) return -1;
  let type = -1;
  for (let t = 0; t < DICT_TYPES.length; t++) {
    if ((d & (DICT_TYPES[t] as number)) === 0) continue;
    if (type >= 0) return -1;
    type = t;
  }
  return type;
}

export const TOKEN_BITS_SHIFT = 21;
export const TOKEN_FEATURE_BITS = 4;
const TOKEN_KEY_SALT = 0x6b43a9b5;
export function tokenKey(lowerHash: number): number {
  return mix2(TOKEN_KEY_SALT, lowerHash);
}

export const GAZ_FEATURE_BITS = 15; // bits 0..14 become features
export const DICT_BITS_SHIFT = 16;
export const DICT_FEATURE_BITS = 5; // bits 16..20

/** Longest entry, in tokens, that a scan will try. */
export const MAX_ENTRY_TOKENS = 8;

/** Hashes of each token's lowercase form of a string entry, using the shared tokenizer. */
export function entryTokenHashes(entry: string): number[] {
  const toks = tokenize(entry);
  const out: number[] = [];
  for (let t = 0; t < toks.count; t++) out.push(hashString(entry.slice(toks.starts[t], toks.ends[t]).toLowerCase()));
  return out;
}

/** Adds an entry (a name) with `bits` to `dict`, marking its prefixes. */
export function addEntry(dict: HashDict, entry: string, bits: number): void {
  const hs = entryTokenHashes(entry);
  if (hs.length === 0 || hs.length > MAX_ENTRY_TOKENS) return;
  let h = SEQ_SEED;
  for (let i = 0; i < hs.length; i++) {
    h = seqHash(h, hs[i] as number);
    if (i < hs.length - 1) dict.or(h, G_PREFIX);
  }
  dict.or(h, bits);
}

/**
 * Scans all matches starting at each token. For every match of length ≥ minLen, ORs the match's bits
 * (masked by `keep`) into begin[first token] and inside[other tokens].
 * `startOk(i)` filters start positions (e.g. capitalized tokens only).
 */
export function scanMatches(
  dict: HashDict, lowerHashes: Uint32Array, count: number, minLen: number, keep: number,
  begin: Uint32Array, inside: Uint32Array, startOk: (i: number) => boolean, firstValues?: Uint32Array,
): void {
  for (let i = 0; i < count; i++) {
    if (firstValues && firstValues[i] === 0) continue; // cached single-token value: no entry starts here
    if (!startOk(i)) continue;
    let h = SEQ_SEED;
    const limit = Math.min(count, i + MAX_ENTRY_TOKENS);
    for (let j = i; j < limit; j++) {
      h = seqHash(h, lowerHashes[j] as number);
      const v = j === i && firstValues ? (firstValues[i] as number) : dict.get(h);
      if (v === 0) break;
      const bits = v & keep;
      if (bits !== 0 && j - i + 1 >= minLen) {
        begin[i] = ((begin[i] as number) | bits) >>> 0;
        for (let k = i + 1; k <= j; k++) inside[k] = ((inside[k] as number) | bits) >>> 0;
      }
      if ((v & G_PREFIX) === 0) break;
    }
  }
}
