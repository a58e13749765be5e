/**
 * Surname particles: the lowercase words inside and before surnames ("Senne van den Heuvel", "Gethin ap Rhys",
 * "Mũkoma wa Ngũgĩ", "Marjolein ter Horst", "al-Qawas", "du Plessis said"). The tagger learnt the common ones
 * ("de", "van") from its training names and stops at the rarer ones, cutting one person in two ("Gethin" + "Rhys")
 * or leaving the particle out of a surname said alone ("Heijden" of "van der Heijden").
 * - a person, particles, then a capitalized word (tagged a person or untagged) is one person;
 * - particles right before a person's name are part of it ("van der Heijden says"), and so is an untagged
 *   capitalized word before them that is no title nor a sentence's first word ("executive Maarten van der Linden").
 */
import { isCap, spanEnd, writeSpan } from './spans';
import type { WordInfo } from './features';
import { G_TITLE } from './gazetteer';
import { hashString } from './hash';
import { TAG_O, isBegin, typeOfTag } from './tags';
import { TF_GLUE_LEFT, TF_SENT_START } from './tokenize';
import type { Tokens } from './tokenize';

const PER = 0;
/** Lowercase surname particles (Dutch, German, French, Italian, Spanish, Portuguese, Welsh, Kikuyu, Arabic). */
const PARTICLES = new Set([
  'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'des', 'ter', 'ten', 'von', 'zu', 'ap',
  'wa', 'arap', 'bin', 'binti', 'binte', 'ibn', 'al', 'el', // not "le", "la": "à la Trump"
].map(hashString));
/** A surname particle ("bin" of "Azahari bin Husin"). */
export function isSurnameParticle(info: WordInfo): boolean {
  return PARTICLES.has(info.lowerHash);
}

/** Particles that glue to the surname with a hyphen ("al-Qawas", "el-Sisi"). */
const HYPHEN_PARTICLES = new Set(['al', 'el'].map(hashString));
/** At most this many particles in a row ("van der", "de la", "van den"). */
const MAX_PARTICLES = 2;
const HYPHEN = hashString('-');

/**
 * Joins the particles before the capitalized tokens `upper` (ascending; the document pass lists them in one look at
 * every word, so this pass looks only where a particle can be).
 */
export function joinSurnameParticles(tokens: Tokens, infos: WordInfo[], tags: Uint8Array, upper: readonly number[]): void {
  const n = tokens.count;
  const isParticle = (k: number): boolean => tags[k] === TAG_O && PARTICLES.has((infos[k] as WordInfo).lowerHash);
  let done = 0; // tokens before this are in a name already joined
  for (const after of upper) {
    let j = after - 1;
    if (j < done || tags[j] !== TAG_O || !isCap(infos[after] as WordInfo)) continue;
    if ((infos[j] as WordInfo).lowerHash === HYPHEN) {
      // "al" "-" "Qawas", glued
      if (j < 1 || j - 1 < done || !HYPHEN_PARTICLES.has((infos[j - 1] as WordInfo).lowerHash) || tags[j - 1] !== TAG_O
        || ((tokens.flags[j] as number) & TF_GLUE_LEFT) === 0 || ((tokens.flags[after] as number) & TF_GLUE_LEFT) === 0) continue;
      j--;
    } else if (!PARTICLES.has((infos[j] as WordInfo).lowerHash)) continue;
    let i = j;
    while (after === j + 1 && i > done && j - i + 1 < MAX_PARTICLES && isParticle(i - 1)) i--;
    const right = tags[after] === TAG_O ? -1 : typeOfTag(tags[after] as number);
    // the right part: a person's name, or one untagged capitalized word that is no sentence's first
    if (right !== -1 && (right !== PER || !isBegin(tags[after] as number))) continue;
    if (right === -1 && ((tokens.flags[after] as number) & TF_SENT_START) !== 0) continue;
    const end = right === PER ? spanEnd(tags, n, after) : after + 1;
    // the left part: a person's name that ends right before the particles, or an untagged given name
    let start = i;
    const left = i - 1;
    if (left >= 0 && tags[left] !== TAG_O && typeOfTag(tags[left] as number) === PER) {
      start = left;
      while (start > 0 && !isBegin(tags[start] as number)) start--;
    } else if (left >= 0 && tags[left] === TAG_O && isCap(infos[left] as WordInfo)
      && ((infos[left] as WordInfo).gaz & G_TITLE) === 0 && !(infos[left] as WordInfo).stopword
      && ((tokens.flags[left] as number) & TF_SENT_START) === 0 && right === PER) {
      start = left;
    } else if (right !== PER) continue; // particles before an untagged word with no person before them: no name
    writeSpan(tags, { start, end, type: PER });
    done = end;
  }
}
