/**
 * Document-level second pass over the tagger's BIO output (token level):
 * 1. the same string gets its majority type everywhere in the article;
 * 2. untagged repeats of a tagged name are tagged (a name tagged once in prose is a name everywhere);
 * 3. a person's full mention decides later surname-only mentions ("Ibrahim Kalin" … "Kalin" → PER);
 * 4. CoNLL trimming: "Hamas-led" → "Hamas" (a glued hyphen + lowercase word never ends a name), and an untagged
 *    known organization before a compound of control is tagged ("Hamas-run Gaza");
 * 5. leading titles are taken out of person names ("General X Y" → "X Y"), and so is a nationality before a full
 *    name ("Dutchman Richard Krajicek"); a full name "of" a team or place is two names ("Erik Zabel of Telekom");
 * 6. a whole span that is a country is LOC, a demonym MISC (CoNLL conventions); a known organization of two or more
 *    words is not a person ("Goldman Sachs");
 * 7. a possessive inside a span splits it ("Turkey’s Anadolu" → "Turkey", "Anadolu");
 * 8. a name followed by a lowercase organization noun is an organization ("Anadolu state news agency"), and so is
 *    one right after such a noun ("the insurgent group Shabab"), one whose shares move or are held ("Siemens slipped
 *    0.4 percent", markets.ts), and a "person" named by an apposition or a company officer ("Anthropic, the AI
 *    startup", "Anthropic chief executive"; org-evidence.ts);
 * 9. dates are not names ("Dec 6", "May 5");
 * 10. headlines take their names from the prose (headlines.ts);
 * 11. the place of a dateline is LOC (datelines.ts);
 * 12. untagged names in a results table take the type of the table's tagged names, and a time is cut off a name
 *     ("Mapei 21:04:12", tables.ts);
 * 13. an acronym in parentheses right after a name takes the name's type ("National Intelligence Organization (MIT)"),
 *     and one spelled by the capitalized words before it makes them one organization (acronyms.ts);
 * 14. organization names the tagger cut or ran on are mended (org-names.ts);
 * 15. a storm's name is MISC, also alone (org-names.ts);
 * 16. a club named after its city is ORG in every mention ("Leeds 1 Southampton 1", "beat Hamburg 3-1", teams.ts);
 * 17. a sports event is MISC ("U.S. Open", "German" + "Open", events.ts);
 * 18. every name of a cricket scorecard's batting lines is a person ("M. Atherton c Wasim b Waqar 31", scorecards.ts);
 * 19. in a ranked list, a name before a club in parentheses is a person and the club an organization ("5 - Ronaldo
 *     ( Barcelona )", rankings.ts);
 * 20. well-known organizations, news agencies and outlets are ORG ("Spotify", "Wikinews", organizations.ts);
 * 21. a person cut at a surname particle is one ("Gethin" + "ap" + "Rhys", particles.ts).
 * Step 5 also reads titles.ts (titles the gazetteer lacks, "Judge Colm Roberts" typed ORG), step 6 types a "person"
 * the gazetteer knows as a city LOC ("Abu Dhabi's").
 * Changes to these passes are checked on dev and on the training sets' gold (`npm run ab:ner`, docs/ner.md).
 */
import { CAP_ALL, CAP_DIGIT, CAP_LOWER, CAP_OTHER, CAP_TITLE } from './features';
import { G_CITY, G_COUNTRY, G_DEMONYM, G_FIRST_HI, G_FIRST_LO, G_ORG, G_PERSON_NAME, G_TEAM, G_TITLE, knownType } from './gazetteer';
import { SEQ_SEED, hashSet, hashString, seqHash } from './hash';
import { matchHeadlines } from './headlines';
import { AGENCIES, findDatelines } from './datelines';
export { spansFromTags } from './spans';
export type { TokenSpan } from './spans';
import { fillTables, trimTrailingTimes } from './tables';
import { markClubs } from './teams';
import { markOrganizationEvidence } from './org-evidence';
import { typeEvents } from './events';
import { joinByAcronym, tagCommaAcronyms } from './acronyms';
import { markScorecards } from './scorecards';
import { markScorers } from './scorers';
import { markRankings } from './rankings';
import { MORE_NATIONALITIES } from './nationalities';
import { tagStateAbbreviations } from './states';
import { tagKnownOrganizations } from './organizations';
import { mendOrganizations, mendStorms, tagUnknownInstitutions } from './org-names';
import type { Dateline } from './datelines';
import type { HashDict } from './hashdict';
import type { WordInfo } from './features';
import { N_TYPES, TAG_O, isBegin, tagB, typeOfTag } from './tags';
import { joinSurnameParticles } from './particles';
import { isPersonTitle, retypeTitledName } from './titles';
import { DATE_HASHES, charOfToken, isCap, lineStarts, spanEnd, spanStartAt, spansFromTags, startsWithGivenName, tokenStartingAt, writeSpan } from './spans';
import type { TokenSpan } from './spans';
import { TF_GLUE_LEFT, TF_LINE_START, TF_SENT_START } from './tokenize';
import type { Tokens } from './tokenize';

/** Determiners before which a capitalized word is a family or group name rather than a person. */
const DETERMINER_LOWER = new Set(['the']);

/** Second parts of compounds that modify a name rather than continue it ("Hamas-led", "Gaza-based", "U.S.-style"). */
const COMPOUND_MODIFIERS = new Set([
  'run', 'born', 'like', 'style', 'era', 'made', 'type', 'wide', 'free', 'friendly', 'speaking', 'language', 'class',
  'level', 'area', 'region', 'bound', 'centric', 'proof', 'size', 'sized', 'scale', 'grown', 'wise', 'ward', 'wards',
  'american', 'americans', 'israeli', 'palestinian', 'led', 'held', 'built', 'driven', 'brokered', 'owned',
]);
/** Compound modifiers of control, after which an organization's name is the first part ("Hamas-run"). */
const CONTROL_MODIFIERS = ['run', 'led', 'backed', 'controlled', 'held', 'owned', 'linked', 'affiliated', 'aligned', 'sponsored', 'funded', 'allied', 'dominated'];
/** A hyphen and a compound modifier of control glued after it, found by one native search of the text. */
const CONTROL_COMPOUND = new RegExp(`[-\u2010\u2011](?:${CONTROL_MODIFIERS.join('|')})\\b`, 'gi');
function isCompoundModifier(word: string): boolean {
  const w = word.toLowerCase();
  return COMPOUND_MODIFIERS.has(w) || (w.length > 3 && w.endsWith('ed') && w === word) || /^[0-9]/.test(w);
}
const PER = 0, ORG = 1, LOC = 2, MISC = 3;
const OF_HASH = hashString('of');
const ARTICLES = new Set(['the', 'a', 'an'].map(hashString));

/**
 * Nouns for a person of a nation that the gazetteer's demonyms (mostly adjectives: "Kenyan", "German") lack; the
 * gazetteer is part of the trained model, so they are listed here. Not "Scot", "Dane", "Finn": given names too
 * ("Scot Gresham-Lancaster").
 */
const NATIONALITY_NOUNS = new Set([
  'Dutchman', 'Dutchwoman', 'Frenchman', 'Frenchwoman', 'Englishman', 'Englishwoman', 'Scotsman', 'Scotswoman',
  'Welshman', 'Welshwoman', 'Irishman', 'Irishwoman', 'Briton', 'Swede', 'Pole', 'Spaniard',
  'Turk', 'Serb', 'Croat', 'Czech', 'Slovak', 'Swiss', 'Kiwi', 'Argentine', 'Filipino', 'Thai',
]);
const isNationalityNoun = (info: WordInfo, word: string): boolean =>
  (info.gazFull & G_DEMONYM) !== 0 || NATIONALITY_NOUNS.has(word);

const COMMA = 44, COLON = 58;

/** Plurals whose possessive belongs inside organization names, so a possessive after them does not split a span. */
const PLURAL_POSSESSIVE_IN_NAMES = new Set(['people', 'women', 'children', 'men']);

/** Head nouns of organizations that no place name ends in (the gazetteer's list also has "Center", "Church",
 *  "Museum", "Library", "City", "Court": buildings and places as well; and the training sets' gold types hospitals
 *  LOC, "Charing Cross Hospital", and "Russian Federation"). */
const ORG_HEADS_NOT_PLACES = hashSet([
  'authority', 'agency', 'administration', 'bureau', 'commission', 'committee', 'council', 'ministry', 'department',
  'police', 'constabulary', 'university', 'college', 'polytechnic', 'party', 'association', 'institute', 'foundation',
  'fc', 'f.c.', 'afc', 'a.f.c.', 'airlines', 'airways', 'corporation', 'company', 'inc', 'inc.', 'ltd', 'ltd.', 'plc',
  'corp', 'corp.', 'group', 'holdings',
]);

/** A party's member after a state or country ("a Massachusetts Democrat", "a Texas Republican"). */
const PARTY_MEMBERS = new Set(['Democrat', 'Republican', 'Democrats', 'Republicans']);

/** A day or a year: one to four digits ("6", "2025"); ordinals are one token with their digits ("6th"). */
const DAY_OR_YEAR = /^[0-9]{1,4}(?:st|nd|rd|th)?$/;

/**
 * 9. Dates are not names: a span of month or weekday words and numbers that holds a number ("Dec 6" in the
 * dateline "WASHINGTON, Dec 6 (Reuters)", "Sept. 12"), or a lone month word right before or after a number ("set for
 * May 5") is untagged. "Theresa May" has no number and stays. Only spans that start with a date word or a number
 * are looked at (a hash lookup per span start: this runs on every article).
 */
function untagDates(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array, n: number): void {
  const isDate = (i: number): boolean => DATE_HASHES.has((infos[i] as WordInfo).lowerHash);
  const isNumber = (i: number): boolean => i >= 0 && i < n && (infos[i] as WordInfo).capClass === CAP_DIGIT && DAY_OR_YEAR.test(text.slice(tokens.starts[i], tokens.ends[i]));
  for (let i = 0; i < n; i++) {
    const t = tags[i] as number;
    if (t === TAG_O || !isBegin(t) || !(isDate(i) || (isNumber(i) && i + 1 < n && isDate(i + 1)))) continue;
    const end = spanEnd(tags, n, i);
    let dateWords = 0, numbers = 0, other = 0;
    for (let k = i; k < end; k++) {
      if (isDate(k)) dateWords++;
      else if (isNumber(k)) numbers++;
      else if ((infos[k] as WordInfo).capClass !== CAP_OTHER) other++;
    }
    const lone = end - i === 1;
    if (other === 0 && dateWords > 0 && (numbers > 0 || (lone && (isNumber(end) || isNumber(i - 1))))) tags.fill(TAG_O, i, end);
    i = end - 1;
  }
}

/** Letters an acronym may have: "UN" to "NAACP" and a little more, not "(R)". */
const ACRONYM_MIN = 2, ACRONYM_MAX = 8;
/** "LOS ANGELES (AP)": an agency after a dateline's place is the agency, not the place's acronym. */
const AGENCY_SET = new Set(AGENCIES);

/**
 * 13. "World Health Organization (WHO)", "Muttahida Qaumi Movement (MQM)": an all-caps word in parentheses right
 * after a name is the name's acronym, whatever its letters (the acronym of "National Intelligence Organization" is
 * "MIT", from the Turkish). The tagger often leaves it out: "WHO" reads as the function word "who". Tagged, it is
 * then found again as a repeat in the rest of the article.
 */
function tagParentheticAcronyms(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  const n = tokens.count;
  // parentheses are few: find them in the text, then their token by binary search
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const open = tokenStartingAt(tokens, at), k = open + 1;
    if (open <= 0 || k + 1 >= n || text.charCodeAt(tokens.starts[k + 1] as number) !== 41) continue;
    // the name right before "(" is an organization or a title (a person has no acronym: "(USA)", "(R)", "(D-N.Y.)"
    //  after a name are a country, a party, a state; after a place or a nationality the acronym is of a longer name:
    //  "Armed Forces of Colombia (FARC)", "British (ITV)"); an acronym the tagger typed keeps its type
    if (tags[open - 1] === TAG_O || tags[k] !== TAG_O) continue;
    const type = typeOfTag(tags[open - 1] as number);
    // a title's acronym starts with the title's first letter ("Internet Explorer 9 (IE9)")
    if (type !== ORG && !(type === MISC && text.charCodeAt(tokens.starts[k] as number) === text.charCodeAt(tokens.starts[spanStartAt(tags, open - 1)] as number))) continue;
    // "Member of Parliament (MP)", "Fellow of the Royal Society (FRS)": the acronym spells a title around the name
    if (spellsWordBefore(text, tokens, infos, tags, open - 1, k)) continue;
    const len = (tokens.ends[k] as number) - (tokens.starts[k] as number);
    if ((infos[k] as WordInfo).capClass !== CAP_ALL || len < ACRONYM_MIN || len > ACRONYM_MAX) continue;
    if (AGENCY_SET.has(text.slice(tokens.starts[k], tokens.ends[k]))) continue;
    // "Sandoz Group (UK)": a country or city in parentheses is where the name is, not its acronym
    if ((infos[k] as WordInfo).gazFull & (G_COUNTRY | G_CITY)) continue;
    tags[k] = tagB(type);
  }
}

/**
 * Whether the acronym at token `acr` starts with the initial of an untagged capitalized word joined by "of" (and "the")
 * to the front of the name that ends at token `last`: "Member of Parliament (MP)".
 */
function spellsWordBefore(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array, last: number, acr: number): boolean {
  let j = spanStartAt(tags, last) - 1;
  const word = (k: number): string => text.slice(tokens.starts[k], tokens.ends[k]).toLowerCase();
  if (j >= 0 && word(j) === 'the') j--;
  if (j < 1 || word(j) !== 'of') return false;
  j--;
  return tags[j] === TAG_O && isCap(infos[j] as WordInfo) && text.charCodeAt(tokens.starts[j] as number) === text.charCodeAt(tokens.starts[acr] as number);
}

/** Writes a dateline's place words as one LOC span, untagging whatever span overlapped them. */
function placeDateline(tags: Uint8Array, d: Dateline, n: number): void {
  const from = spanStartAt(tags, d.placeStart);
  let to = d.placeEnd;
  while (to < n && tags[to] !== TAG_O && !isBegin(tags[to] as number)) to++;
  tags.fill(TAG_O, from, to);
  writeSpan(tags, { start: d.placeStart, end: d.placeEnd, type: LOC });
}

/** Bits of the gazetteer entry that is exactly tokens [start, end), 0 if none. */
function entryBits(gaz: HashDict, infos: WordInfo[], start: number, end: number): number {
  // a one-word entry is the word's own first lookup, already made when its WordInfo was built
  if (end - start === 1) return (infos[start] as WordInfo).gazFull;
  let h = SEQ_SEED;
  for (let k = start; k < end; k++) h = seqHash(h, (infos[k] as WordInfo).lowerHash);
  return gaz.get(h);
}

export function applyConsistency(
  text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array, gaz: HashDict,
  datelines: readonly Dateline[] = findDatelines(text, tokens),
): void {
  const n = tokens.count;
  // 11. a dateline's place is LOC ("BRUSSELS, March 3 (Reuters) -"), first, so that later steps count it as one
  for (const d of datelines) {
    // (a line that is only a place in capitals: where the gazetteer knows it, not a section's heading)
    if (d.placeOnly && (entryBits(gaz, infos, d.placeStart, d.placeEnd) & (G_CITY | G_COUNTRY)) === 0) continue;
    placeDateline(tags, d, n);
  }
  //     and a US state's abbreviation after a city ("CUPERTINO, Calif. —", states.ts)
  tagStateAbbreviations(text, tokens, infos, tags);
  const tokText = (i: number): string => text.slice(tokens.starts[i], tokens.ends[i]);
  const isCommaAt = (k: number): boolean => charOfToken(text, tokens, k) === COMMA;
  /** A span's string (its raw text: spans never cross a line, so spacing differences are rare). */
  /** A span's string, as a number: the hash of its words' exact forms (no string is built: this runs per span). */
  const keyOf = (s: TokenSpan): number => {
    let h = SEQ_SEED;
    for (let k = s.start; k < s.end; k++) h = seqHash(h, (infos[k] as WordInfo).wordHash);
    return h;
  };

  // 4. hyphens: trim compound modifiers ("Hamas-led" → "Hamas"); complete hyphenated person names
  //    ("Leung Kwok" + "-hung" → "Leung Kwok-hung", "Elena Fernandez" + "-Miranda")
  const isHyphenAt = (k: number): boolean => {
    if (k <= 0 || k + 1 >= n) return false;
    const s = tokens.starts[k] as number;
    if ((tokens.ends[k] as number) - s !== 1) return false;
    const c = text.charCodeAt(s);
    return (c === 45 || c === 0x2010 || c === 0x2011) && ((tokens.flags[k] as number) & TF_GLUE_LEFT) !== 0
      && ((tokens.flags[k + 1] as number) & TF_GLUE_LEFT) !== 0;
  };
  /** A word of the form "d'Estaing", "l'Huillier": a lowercase elided particle, an apostrophe, a capital. */
  const isElidedParticleName = (k: number): boolean => {
    const ks = tokens.starts[k] as number;
    if ((tokens.ends[k] as number) - ks < 4) return false;
    const c0 = text.charCodeAt(ks), c1 = text.charCodeAt(ks + 1), c2 = text.charCodeAt(ks + 2);
    return (c0 === 100 || c0 === 108) && (c1 === 39 || c1 === 0x2019) && c2 >= 65 && c2 <= 90;
  };
  /** The possessive 's or ’s, which the tokenizer splits off ("Turkey’s" → "Turkey" "’s"). */
  const isPossessive = (k: number): boolean => {
    const ks = tokens.starts[k] as number;
    return (tokens.ends[k] as number) - ks === 2 && (text.charCodeAt(ks) === 39 || text.charCodeAt(ks) === 0x2019);
  };
  /**
   * Gazetteer bits of a span's words. The gazetteer has no dotted abbreviations ("U.S.", "U.K."): one that the
   * training names know only as a place counts as a country. Without it, "U.S. company" made every "U.S." of a story
   * an ORG (step 8).
   */
  const spanBits = (s: TokenSpan): number => {
    const bits = entryBits(gaz, infos, s.start, s.end);
    if (bits !== 0 || s.end - s.start !== 1 || !tokText(s.start).includes('.')) return bits;
    return knownType(infos[s.start] as WordInfo) === LOC ? G_COUNTRY : 0;
  };
  let spans = spansFromTags(tags, n);
  for (const s of spans) {
    // "Hamas-run Gaza" → "Hamas" + "Gaza"; "Hamas-led" → "Hamas"
    for (let k = s.start + 1; k + 1 < s.end; k++) {
      if (!isHyphenAt(k) || !isCompoundModifier(tokText(k + 1))) continue;
      tags[k] = TAG_O; tags[k + 1] = TAG_O;
      if (k + 2 < s.end) {
        const bits = entryBits(gaz, infos, k + 2, s.end);
        writeSpan(tags, { start: k + 2, end: s.end, type: bits & (G_COUNTRY | G_CITY) ? LOC : s.type });
      }
      s.end = k;
      // "Lagos-based Zenith Bank" read as one organization: the place of a "-based" is no name of its own in the
      //  training sets' gold (GMB 0 of 204, CrossNER 0 of 10, GUM 0 of 1; only UNER tags it, LOC), and typed as the
      //  organization it spread that type to the place's other mentions ("In Lagos, traders…")
      if (tokText(k + 1).toLowerCase() === 'based') tags.fill(TAG_O, s.start, k);
      break;
    }
    let e = s.end;
    while (s.type === PER && e + 1 < n && tags[e] === TAG_O && tags[e + 1] === TAG_O && isHyphenAt(e)
      && (infos[e + 1] as WordInfo).capClass !== CAP_DIGIT && !isCompoundModifier(tokText(e + 1))) e += 2;
    // a surname with its elided particle: "Valéry Giscard" + "d'Estaing", "Jean le Rond" + "d'Alembert"
    if (s.type === PER && e < n && tags[e] === TAG_O && isElidedParticleName(e)) e++;
    if (e !== s.end) { s.end = e; writeSpan(tags, s); }
  }
  // "Hamas-run Gaza" with "Hamas" left untagged: the first part of a compound of control ("-run", "-led",
  //  "-backed") is tagged when the gazetteer or the training names know it as an organization only (D_AMBIG: seen
  //  with two types). Not "German-speaking", "Jackson-based", "Celtic-influenced": the training sets' gold leaves
  //  those untagged (`npm run ab:ner`)
  //  (found by one search of the text for a hyphen and the modifier, and a binary search for the hyphen's token: a
  //  look at every word's info costs more)
  CONTROL_COMPOUND.lastIndex = 0;
  for (let m = CONTROL_COMPOUND.exec(text); m; m = CONTROL_COMPOUND.exec(text)) {
    const h = tokenStartingAt(tokens, m.index), k = h - 1;
    if (k < 0 || k + 2 >= n || !isHyphenAt(h) || tags[k] !== TAG_O || !isCap(infos[k] as WordInfo)) continue;
    if (knownType(infos[k] as WordInfo) === ORG) tags[k] = tagB(ORG);
  }
  // 7. a possessive inside a span splits it: "Turkey’s Anadolu" → "Turkey" + "Anadolu"
  spans = spansFromTags(tags, n);
  for (const s of spans) {
    for (let k = s.end - 2; k > s.start; k--) {
      if (!isPossessive(k)) continue;
      // "People's", "Women's", "Children's" are part of names ("Korean People's Army", "Women's Tennis Association")
      if (PLURAL_POSSESSIVE_IN_NAMES.has(tokText(k - 1).toLowerCase())) continue;
      // "the People's Party's Anna Lee": after the possessive, a full name with a given name is a person
      const right: TokenSpan = { start: k + 1, end: s.end, type: s.type };
      if (s.type !== PER && startsWithGivenName(infos, right)) right.type = PER;
      const leftBits = entryBits(gaz, infos, s.start, k);
      const left: TokenSpan = { start: s.start, end: k, type: leftBits & (G_COUNTRY | G_CITY) ? LOC : s.type };
      tags[k] = TAG_O;
      writeSpan(tags, left);
      writeSpan(tags, right);
      break;
    }
  }
  // 5. titles and roles are outside the name ("President Recep Tayyip Erdogan" → "Recep Tayyip Erdogan"), and a name
  //    with a personal title is a person's ("Judge Colm Roberts" typed ORG, titles.ts)
  spans = spansFromTags(tags, n);
  for (const s of spans) {
    if (s.type !== PER && !retypeTitledName(infos, tags, s, gaz)) continue;
    // no person's name is written like "eBay" or "wikiHow" (a lowercase start with a capital inside): a brand
    // or a product, whose type the tagger cannot tell, so it is left untagged rather than shown as a person
    const first = infos[s.start] as WordInfo;
    if (first.capClass === CAP_LOWER && first.hasUpper) {
      tags.fill(TAG_O, s.start, s.end);
      continue;
    }
    let k = s.start;
    // "Dutchman Richard Krajicek", "Australian Greg Norman": a nationality before a full name is MISC (CoNLL), as a
    //  title is outside it
    //  (followed by a given name: "Iraqi Foreign Minister", "Saudi King Abdullah" are left to the title step)
    if (s.end - k >= 3 && ((infos[k + 1] as WordInfo).gaz & (G_FIRST_HI | G_FIRST_LO)) !== 0
      && ((infos[k + 1] as WordInfo).gaz & G_TITLE) === 0 && isNationalityNoun(first, tokText(k))) {
      tags[k] = tagB(MISC);
      k++;
    }
    while (s.end - k >= 2 && isPersonTitle(infos[k] as WordInfo) && isCap(infos[k + 1] as WordInfo)) {
      tags[k] = TAG_O;
      k++;
    }
    if (k !== s.start) { s.start = k; writeSpan(tags, s); }
    // "Erik Zabel of Telekom", "John Smith of Chicago", "Patrick Gordon of Auchleuchries": a full name, then "of" and
    //  the team or the place (a place unless the gazetteer or the training names know an organization)
    for (let p = s.start + 2; p + 1 < s.end && p <= s.start + 3; p++) {
      if ((infos[p] as WordInfo).lowerHash !== OF_HASH || !startsWithGivenName(infos, { start: s.start, end: p, type: PER })) continue;
      const right: TokenSpan = { start: p + 1, end: s.end, type: LOC };
      const bits = entryBits(gaz, infos, right.start, right.end);
      const known = right.end - right.start === 1 ? knownType(infos[right.start] as WordInfo) : -1;
      if ((bits & (G_COUNTRY | G_CITY)) === 0 && ((bits & (G_ORG | G_TEAM)) !== 0 || known === ORG)) right.type = ORG;
      tags[p] = TAG_O;
      writeSpan(tags, { start: s.start, end: p, type: PER });
      writeSpan(tags, right);
      s.end = p;
      break;
    }
  }
  // 6. CoNLL: countries are LOC even as political actors; demonyms and nationalities alone are MISC; a known
  //    organization is not a person
  // (a nationality the demonym list lacks is told by its country: "Sri Lankan" of "Sri Lanka", "Kenyan" of "Kenya";
  //  looked at only for a span whose last word ends in "an")
  const countryAdjective = (s: TokenSpan): boolean => {
    const lastStart = tokens.starts[s.end - 1] as number, lastEnd = tokens.ends[s.end - 1] as number;
    if (lastEnd - lastStart < 4 || text.charCodeAt(lastEnd - 1) !== 110 || text.charCodeAt(lastEnd - 2) !== 97) return false;
    return (gaz.get(countryKey(s)) & G_COUNTRY) !== 0;
  };
  /** The gazetteer key of the span's words with the last one's final "n" cut ("Sri Lankan" → "sri lanka"). */
  const countryKey = (s: TokenSpan): number => {
    let h = SEQ_SEED;
    for (let k = s.start; k < s.end - 1; k++) h = seqHash(h, (infos[k] as WordInfo).lowerHash);
    return seqHash(h, hashString(text.slice(tokens.starts[s.end - 1], (tokens.ends[s.end - 1] as number) - 1).toLowerCase()));
  };
  /** "Spc." (a rank), "Ffs": three letters or fewer in Title Case, where the training names are thin evidence. */
  const isShortTitleCase = (k: number): boolean =>
    (tokens.ends[k] as number) - (tokens.starts[k] as number) <= 3 + Number(text.charCodeAt((tokens.ends[k] as number) - 1) === 46)
    && (infos[k] as WordInfo).capClass !== CAP_ALL;
  for (const s of spans) {
    if (tags[s.start] === TAG_O) continue; // untagged above
    // "Sri" + "Lanka": an untagged capitalized word before the span that makes it a country or a city (the tagger
    //  reads "Sri" as an honorific); not "The" + "Hague": the training sets' gold has "Hague"
    if (s.type === LOC && s.start > 0 && tags[s.start - 1] === TAG_O && isCap(infos[s.start - 1] as WordInfo)
      && !(infos[s.start - 1] as WordInfo).stopword
      && (entryBits(gaz, infos, s.start - 1, s.end) & (G_COUNTRY | G_CITY)) !== 0) {
      s.start--;
      writeSpan(tags, s);
    }
    const bits = spanBits(s);
    // a known organization or team of two or more words is one even where its words look like a person's
    //  ("Goldman Sachs said", "JPMorgan Chase chief executive Jamie Dimon"); a one-word entry may be a surname ("Ford")
    const knownOrg = (s.type === PER && s.end - s.start >= 2 && (bits & (G_ORG | G_TEAM)) !== 0)
      // one word, known as one (the gazetteer's list, or only ever ORG in the training names), where it is no
      //  person's name or place ("Volkswagen", "Interpol", "Europol" were LOC or PER; not
      //  "Ford", a surname, nor "the Amazon", "a McDonalds", a restaurant, nor "Co." of "Co. Down")
      || (s.end - s.start === 1 && (s.type === PER || s.type === LOC)
        && ((bits & G_ORG) !== 0 || (knownType(infos[s.start] as WordInfo) === ORG && !isShortTitleCase(s.start)))
        && ((infos[s.start] as WordInfo).gaz & (G_PERSON_NAME | G_CITY | G_COUNTRY)) === 0
        && (tokens.ends[s.start] as number) - (tokens.starts[s.start] as number) >= 3
        && !(s.start > 0 && ARTICLES.has((infos[s.start - 1] as WordInfo).lowerHash)));
    const nationality = (bits & G_DEMONYM) !== 0 || countryAdjective(s)
      || (s.end - s.start === 1 && MORE_NATIONALITIES.has((infos[s.start] as WordInfo).lowerHash));
    // a "place" that ends in an organization's head noun is the organization ("Great Barrier Reef Marine Park
    //  Authority", "Glasgow City F.C."; not "Lincoln Center", "Holy Trinity Church", "Dunedin Hospital": places too)
    const placeOrg = s.type === LOC && s.end - s.start >= 2 && ORG_HEADS_NOT_PLACES.has((infos[s.end - 1] as WordInfo).lowerHash);
    // a "person" that the gazetteer knows as a city or region and none of whose words is a person's name ("Abu Dhabi's
    //  benchmark index", "Freiburg's city council"; not "Hamilton", "Churchill": surnames too; in Title Case, not a
    //  nickname's "GRaZ" nor an acronym)
    let cityPerson = s.type === PER && (bits & G_CITY) !== 0;
    for (let k = s.start; k < s.end && cityPerson; k++) {
      const info = infos[k] as WordInfo;
      const second = text.charCodeAt((tokens.starts[k] as number) + 1);
      cityPerson = (info.gaz & G_PERSON_NAME) === 0 && (!info.hasUpper || (info.capClass === CAP_TITLE && !(second >= 65 && second <= 90)));
    }
    const type = bits & G_COUNTRY || cityPerson ? LOC : nationality ? MISC : knownOrg || placeOrg ? ORG : -1;
    if (type >= 0 && type !== s.type) { s.type = type; writeSpan(tags, s); }
    // "a Massachusetts Democrat" is a party member (MISC, as the training sets' gold has "Texas Republicans"), not an
    //  organization nor a person
    if (s.type !== MISC && s.end - s.start >= 2 && PARTY_MEMBERS.has(tokText(s.end - 1))
      && (entryBits(gaz, infos, s.start, s.end - 1) & (G_CITY | G_COUNTRY)) !== 0) { s.type = MISC; writeSpan(tags, s); }
  }
  // 20. well-known organizations the training data rarely has ("Spotify said", "Lockheed Martin"), and news agencies and
  //     outlets ("Wikinews: Who funds you?", organizations.ts)
  tagKnownOrganizations(text, tokens, infos, tags);
  // 14. organization names cut or run on ("Halvorsen & Price", "Kessler Foods Group", org-names.ts)
  mendOrganizations(text, tokens, infos, tags);
  //     and the institutions the tagger did not know ("the Federal Trade Commission")
  tagUnknownInstitutions(tokens, infos, tags);
  // 13. an acronym in parentheses after a name is that name's ("World Health Organization (WHO)")
  tagParentheticAcronyms(text, tokens, infos, tags);
  //     and it gives the name's extent ("Organisation for Security and Cooperation in Europe (OSCE)", acronyms.ts)
  joinByAcronym(text, tokens, infos, tags);
  //     and one set off by commas that the name's initials spell ("Australian Institute of Marine Science, AIMS,")
  tagCommaAcronyms(text, tokens, infos, tags);
  // 1. majority type per string
  spans = spansFromTags(tags, n);
  const counts = new Map<number, Int32Array>();
  const spanCounts: Int32Array[] = [];
  for (const s of spans) {
    const k = keyOf(s);
    let c = counts.get(k);
    // slot N_TYPES: the type of the string's first mention; slot N_TYPES + 1: its majority type
    if (!c) { c = new Int32Array(N_TYPES + 2); c[N_TYPES] = s.type; counts.set(k, c); }
    c[s.type] = (c[s.type] as number) + 1;
    spanCounts.push(c);
  }
  // the most frequent type; on a tie, the first mention's ("OpenAI CEO Sam Altman" … "invested in OpenAI")
  for (const c of counts.values()) {
    let best = c[N_TYPES] as number;
    for (let t = 0; t < N_TYPES; t++) if ((c[t] as number) > (c[best] as number)) best = t;
    c[N_TYPES + 1] = best;
  }
  const majority = (s: TokenSpan): number | undefined => counts.get(keyOf(s))?.[N_TYPES + 1];
  spans.forEach((s, i) => {
    const c = spanCounts[i] as Int32Array;
    const m = c[N_TYPES + 1] as number;
    if (m !== s.type) {
      s.type = m;
      writeSpan(tags, s);
    }
  });
  // 2. tag untagged repeats of names (single tokens only if once tagged away from a sentence start)
  // (WordInfo objects are unique per word string, so identity comparison is string comparison, without slicing)
  const byFirst = new Map<WordInfo, TokenSpan[]>();
  for (const s of spans) {
    if (s.end - s.start === 1 && ((tokens.flags[s.start] as number) & TF_SENT_START)) continue;
    if (!isCap(infos[s.start] as WordInfo)) continue;
    const f = infos[s.start] as WordInfo;
    const list = byFirst.get(f) ?? [];
    list.push(s);
    byFirst.set(f, list);
  }
  // (and the untagged sentence starts before a comma or a lowercase word, where step 8 looks for an apposition or an
  //  officer)
  const openers: number[] = [];
  // the tokens with a capital, kept for the surnames' scan below (one look at every word, not two)
  const upper: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!(infos[i] as WordInfo).hasUpper) continue;
    upper.push(i);
    if (tags[i] !== TAG_O) continue;
    if (((tokens.flags[i] as number) & TF_SENT_START) !== 0 && i + 3 < n
      && (isCommaAt(i + 1) || (infos[i + 1] as WordInfo).capClass === CAP_LOWER)) openers.push(i);
    const cands = byFirst.get(infos[i] as WordInfo);
    if (!cands) continue;
    let best: TokenSpan | null = null;
    for (const s of cands) {
      const len = s.end - s.start;
      if (i + len > n || (best && best.end - best.start >= len)) continue;
      let ok = true;
      for (let k = 1; k < len && ok; k++) ok = tags[i + k] === TAG_O && infos[i + k] === infos[s.start + k];
      if (ok) best = s;
    }
    if (!best) continue;
    const len = best.end - best.start;
    // do not cut a longer capitalized name in two, but a title after a name is not part of it ("WHO Director-General
    // Tedros", "Apple CEO Tim Cook")
    const after = infos[i + len] as WordInfo | undefined;
    if (after && isCap(after) && (after.gaz & G_TITLE) === 0 && !((tokens.flags[i + len] as number) & TF_SENT_START)) continue;
    if (i > 0 && isCap(infos[i - 1] as WordInfo) && !((tokens.flags[i] as number) & TF_SENT_START)) continue;
    writeSpan(tags, { start: i, end: i + len, type: majority(best) ?? best.type });
    for (let k = i + 1; k < i + len; k++) if ((infos[k] as WordInfo).hasUpper) upper.push(k);
    i += len - 1;
  }
  // 16. clubs named after their city are organizations, in every mention that does not read as the place
  //  ("Leeds were held 1-1" … "Leeds", not "in Leeds"; teams.ts); after the majority vote, which would undo that
  const lines = lineStarts(tokens);
  markClubs(text, tokens, infos, tags, spanBits, datelines, lines);
  // 8. organizations by what the article says of a name: an organization noun after or before it, an apposition,
  //    an officer, its shares (org-evidence.ts)
  markOrganizationEvidence({ text, tokens, infos, tags, openers, keyOf, spanBits });
  // 3. surname-only mentions after a full person mention
  spans = spansFromTags(tags, n);
  const surnames = new Set<WordInfo>();
  // (a title is no surname: a "person" "Foreign Minister" the tagger misread does not make every "Minister" one)
  for (const s of spans) {
    const last = infos[s.end - 1] as WordInfo;
    if (s.type === PER && s.end - s.start >= 2 && isCap(last) && (last.gaz & G_TITLE) === 0) surnames.add(last);
  }
  if (surnames.size > 0) {
    for (const s of spans) {
      if (s.end - s.start !== 1 || s.type === PER || !surnames.has(infos[s.start] as WordInfo)) continue;
      s.type = PER;
      writeSpan(tags, s);
    }
    for (const i of upper) {
      if (tags[i] !== TAG_O || !surnames.has(infos[i] as WordInfo)) continue;
      if (i > 0 && DETERMINER_LOWER.has(tokText(i - 1).toLowerCase())) continue;
      if (i + 1 < n && isCap(infos[i + 1] as WordInfo)) continue;
      if (i > 0 && tags[i - 1] !== TAG_O && ((tokens.flags[i] as number) & TF_GLUE_LEFT) === 0 && isCap(infos[i - 1] as WordInfo)) continue;
      tags[i] = tagB(PER);
    }
    // a transcript's speaker in capitals, by surname ("ARAKAWA: Only when…" after "Kenji Arakawa")
    let surnameKeys: Set<number> | null = null;
    for (const i of upper) {
      if (tags[i] !== TAG_O || (infos[i] as WordInfo).capClass !== CAP_ALL || i + 1 >= n
        || (i > 0 && ((tokens.flags[i] as number) & TF_LINE_START) === 0) || charOfToken(text, tokens, i + 1) !== COLON) continue;
      surnameKeys ??= new Set([...surnames].map((w) => w.lowerHash));
      if (surnameKeys.has((infos[i] as WordInfo).lowerHash)) tags[i] = tagB(PER);
    }
  }
  // 21. surname particles: "Gethin" + "ap" + "Rhys" is one person, "van der Heijden says" keeps its particles
  //     (particles.ts)
  joinSurnameParticles(tokens, infos, tags, upper);
  // 15. storms are events, not people ("Hurricane Idris" … "Idris")
  mendStorms(text, tokens, infos, tags);
  // 17. sports events are MISC ("U.S. Open", "German Open", events.ts)
  typeEvents(tokens, infos, tags);
  // 18. cricket scorecards: every name of a batting line is a person ("M. Atherton c Wasim b Waqar 31", scorecards.ts)
  markScorecards(infos, tags, lines);
  //     and a football report's scorers ("Scorers: Bayern Munich - Makaay 14, Ballack 48.", scorers.ts)
  markScorers(text, tokens, infos, tags);
  // 19. ranked lists of players and clubs: "5 - Ronaldo ( Barcelona )" (rankings.ts)
  markRankings(text, tokens, infos, tags, spanBits, lines);
  // 12. results tables: a time is no part of a name ("Mapei 21:04:12"); untagged names take the type of the names
  //  tagged in the same table
  trimTrailingTimes(text, tokens, infos, tags);
  fillTables(text, tokens, infos, tags, lines);
  // 10. headlines (Title Case, ALL CAPS) from the prose's names
  matchHeadlines(text, tokens, infos, tags);
  untagDates(text, tokens, infos, tags, n);
}
