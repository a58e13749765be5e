/**
 * Titles before a person's name, outside it (CoNLL): the gazetteer's titles and honorifics, and a few it lacks that
 * local and regional news uses ("Cllr Trevor Whitlock", "Garda Siobhán Ní Bhriain", "Alhaja Risikat Lawal", "Datuk
 * Ahmad Faizal", "Taoiseach Micheál Martin"). Also a name the tagger typed an organization, place or work with a
 * personal title at its start is the person ("Judge Colm Roberts", "Justice Alexandre de Moraes"),
 * unless it ends in a word that heads an institution or a place ("Judge Business School", "Sir Charles Gairdner
 * Hospital") or the rest is known as something else ("Miss America").
 */
import { CAP_TITLE } from './features';
import type { WordInfo } from './features';
import { G_CITY, G_COUNTRY, G_ORG, G_PERSON_NAME, G_TEAM, G_TITLE, knownType } from './gazetteer';
import { SEQ_SEED, hashSet, seqHash } from './hash';
import type { HashDict } from './hashdict';
import { isSurnameParticle } from './particles';
import { isCap, writeSpan } from './spans';
import type { TokenSpan } from './spans';
import { TAG_O } from './tags';

const PER = 0, ORG = 1, LOC = 2;
/** Titles the gazetteer lacks, lowercase. */
const MORE_TITLES = hashSet(['cllr', 'cllr.', 'garda', 'alhaji', 'alhaja', 'datuk', 'dato', "dato'", 'taoiseach']);
/**
 * Titles that name a person, never an institution's first word (not "General", "President": "General Motors"); not
 * "Miss" ("Miss World"), nor "DJ" ("DJ Khaled" is a stage name, whole in the training sets' gold).
 */
const PERSONAL_TITLES = hashSet([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'judge', 'justice', 'cllr', 'cllr.', 'councillor',
  'garda', 'alhaji', 'alhaja', 'datuk', 'taoiseach',
]);
/** Last words of institutions and places named after a person ("Sir Charles Gairdner Hospital"). */
const INSTITUTION_HEADS = hashSet([
  'school', 'college', 'university', 'hospital', 'clinic', 'centre', 'center', 'institute', 'foundation', 'trust',
  'fund', 'society', 'department', 'ministry', 'court', 'hall', 'house', 'street', 'road', 'avenue', 'square', 'park',
  'bridge', 'stadium', 'airport', 'station', 'library', 'museum', 'gallery', 'church', 'cathedral', 'memorial', 'award',
  'prize', 'medal', 'trophy', 'cup', 'act', 'building', 'hotel', 'company', 'group', 'party', 'committee', 'council',
]);

/** A title before a person's name (the gazetteer's, or one of MORE_TITLES). */
export function isPersonTitle(info: WordInfo): boolean {
  return (info.gaz & G_TITLE) !== 0 || MORE_TITLES.has(info.lowerHash);
}

/**
 * "Judge Colm Roberts" typed ORG → "Colm Roberts" PER (see the module's comment): rewrites span `s` and its tags, and
 * says whether it did.
 */
export function retypeTitledName(infos: WordInfo[], tags: Uint8Array, s: TokenSpan, gaz: HashDict): boolean {
  // (an organization or a place: a work the tagger typed MISC keeps its title, "Mrs. Robinson", "Mr. Tambourine Man")
  const title = infos[s.start] as WordInfo;
  if ((s.type !== ORG && s.type !== LOC) || s.end - s.start < 2 || title.capClass !== CAP_TITLE
    || !PERSONAL_TITLES.has(title.lowerHash)) return false;
  let h = SEQ_SEED, named = true;
  for (let k = s.start + 1; k < s.end && named; k++) {
    named = isCap(infos[k] as WordInfo) || isSurnameParticle(infos[k] as WordInfo);
    h = seqHash(h, (infos[k] as WordInfo).lowerHash);
  }
  const last = infos[s.end - 1] as WordInfo;
  if (!named || INSTITUTION_HEADS.has(last.lowerHash) || (gaz.get(h) & (G_ORG | G_TEAM | G_COUNTRY | G_CITY)) !== 0) return false;
  // the rest reads as a person's name: a known given name or surname, or a last word the training names know as a
  //  person's ("Judge Colm Roberts"; not "Mr. Bungle", a band, nor "Justice First", a party)
  let personal = knownType(last) === PER;
  for (let k = s.start + 1; k < s.end && !personal; k++) personal = ((infos[k] as WordInfo).gaz & G_PERSON_NAME) !== 0;
  if (!personal) return false;
  tags[s.start] = TAG_O;
  s.start++;
  s.type = PER;
  writeSpan(tags, s);
  return true;
}
