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
  'wa', 'bin', 'binti', 'ibn', 'al', 'el', // not "le", "la": "à la Trump"
].map(hashString));
/** Particles that glue to the surname with a hyphen ("al-Qawas", "el-Sisi"). */
const HYPHEN_PARTICLES = new Set(['al', 'el'].map(hashString));
/** At most this many particles in a row ("van der", "de la", "van den"). */
const MAX_PARTICLES = 2;
const HYPHEN = hashString('-');

export function joinSurnameParticles(tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  const n = tokens.count;
  const isParticle = (k: number): boolean => tags[k] === TAG_O && PARTICLES.has((infos[k] as WordInfo).lowerHash);
  /** The particles from k on, as the token after them (k when none); a glued hyphen after "al" counts with it. */
  const afterParticles = (k: number): number => {
    let j = k, count = 0;
    while (j < n && count < MAX_PARTICLES && isParticle(j)) {
      const hyphen = j + 1 < n && HYPHEN_PARTICLES.has((infos[j] as WordInfo).lowerHash)
        && (infos[j + 1] as WordInfo).lowerHash === HYPHEN && ((tokens.flags[j + 2] as number) & TF_GLUE_LEFT) !== 0;
      j += hyphen ? 2 : 1;
      count++;
      if (hyphen) break;
    }
    return j;
  };
  for (let i = 0; i < n; i++) {
    if (!isParticle(i)) continue;
    const after = afterParticles(i);
    if (after === i || after >= n || !isCap(infos[after] as WordInfo)) continue;
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
    i = end - 1;
  }
}
