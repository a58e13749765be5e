/**
 * Step 8 of the document pass: a name is an organization by what the article says of it, and then in every mention
 * of the same string:
 * - an organization noun after it, across modifiers only ("Anadolu state news agency", "the Hamas militant group"),
 *   or before it ("the insurgent group Shabab", "the charity Caritas");
 * - an apposition that ends in one ("Anthropic, the artificial intelligence startup founded by…", "Lukoil, Russia's
 *   largest oil company, said");
 * - an officer's title and a person after it ("Tesla CEO Elon Musk", "Schalke coach Huub Stevens");
 * - its shares or a stake in it (markets.ts);
 * - its founding, for a "person" ("Kestrel, founded in 2023 by…", "Raseef was founded in 2021");
 * - its workers ("an analyst at Bernstein", "an engineer at Sapporo Breweries");
 * - a person named in full in its possessive ("McLaren's Lando Norris"), and its officer after a "work" (the tagger's
 *   MISC: "Urawa coach Maciej Skorza").
 * Not a place or a nationality ("Gaza health ministry", "Turkish media"), nor a person's full name that starts with a
 * given name ("Sarah Cohen founded the movement"). Also here, as they read the same spans: a credit rating is no
 * name (markets.ts), and a company's first word alone is the company (org-names.ts).
 */
import { CAP_LOWER, CAP_TITLE } from './features';
import type { WordInfo } from './features';
import { G_CITY, G_COUNTRY, G_DEMONYM, G_PERSON_NAME, knownType } from './gazetteer';
import { hashString } from './hash';
import { isSurnameParticle } from './particles';
import { isPersonTitle } from './titles';
import { isCreditRating, isRatingAgency, namedAsStock } from './markets';
import { companyFirstWord, tagCompanyShortForms } from './org-names';
import { charOfToken, spanEnd, spansFromTags, startsWithGivenName, writeSpan } from './spans';
import type { TokenSpan } from './spans';
import { TAG_O, isBegin, tagB } from './tags';
import { TF_LINE_START, TF_SENT_START } from './tokenize';
import type { Tokens } from './tokenize';

const PER = 0, ORG = 1, LOC = 2, MISC = 3;
const COMMA = 44;

/** Lowercase nouns that make the name before them an organization ("X news agency"), and how far they may be. */
const ORG_NOUNS = new Set([
  'agency', 'newspaper', 'broadcaster', 'network', 'company', 'firm', 'party', 'militia', 'airline', 'bank',
  'channel', 'outlet', 'magazine', 'website', 'conglomerate', 'carrier', 'automaker', 'carmaker', 'retailer',
  'insurer', 'manufacturer', 'corporation', 'organization', 'organisation', 'movement', 'faction', 'tabloid',
  'daily', 'publisher', 'startup', 'lender', 'broadcasting', 'club', 'university', 'militants', 'group',
]);
const ORG_NOUN_MAX_GAP = 3;
/** Nouns that name an organization before its name as well ("the charity Caritas", "the retail giant Walmart"). */
const PREPOSED_ORG_NOUNS = new Set([
  'charity', 'watchdog', 'regulator', 'chain', 'giant', 'operator', 'supplier', 'studio', 'developer', 'outfit',
  'chipmaker', 'drugmaker', 'planemaker', 'steelmaker', 'toymaker', 'daily', 'weekly', // not "bombmaker"
  'maker', // "battery maker Lingxin", "turbine maker Nordex"
]);
/** The nouns before a name, by lowercase hash (looked up for most spans: no string is made). Not "magazine": a
 * magazine's name is a work's too (the training sets' gold has "the weekly magazine Die Weltbühne" MISC). */
const BEFORE_NAME_ORG_NOUNS = new Set([...ORG_NOUNS, ...PREPOSED_ORG_NOUNS].filter((w) => w !== 'magazine').map(hashString));
/** The possessive after a name that opens an apposition ("X, Russia's largest oil company"). */
const POSSESSIVE_TEXTS = new Set(["'s", '’s']);
/** Determiners that open an apposition naming what the name is ("X, the news agency"). */
const APPOSITION_DETERMINERS = new Set(['the', 'a', 'an']);
/** What may follow the noun that ends an apposition: its end, or a clause about the organization. */
const APPOSITION_ENDS = new Set([
  ',', '.', ';', ')', 'that', 'which', 'whose', 'founded', 'based', 'owned', 'backed', 'run', 'led', 'controlled',
  'headquartered', 'formed', 'created', 'known',
]);
/** Prepositions before a name that opens a sentence with a phrase ("In Kent, the company said"), lowercase. */
const OPENING_PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'for', 'to', 'with', 'by', 'after', 'before', 'during', 'near', 'like', 'across']);
/**
 * Officers' titles before a person, after the company or club ("Tesla CEO Elon Musk", "Schalke coach Huub Stevens",
 * "Lazio president Sergio Cragnotti", "Chelsea owner Roman Abramovich"), lowercase; those of LOWERCASE_OFFICERS only
 * as written lowercase. A country before them stays a place ("France coach Aime Jacquet"), as does a person's full
 * name ("Andre Agassi coach Brad Gilbert").
 */
const COMPANY_OFFICERS = new Set([
  'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chair', 'chairperson', 'founder', 'cofounder', 'co-founder',
]);
/** Such titles that are a person's own when capitalized ("George W. Bush President Bush says", a run-on headline);
 *  "leader" of a party or group ("Sinn Fein leader Gerry Adams"), not of a place. */
const LOWERCASE_OFFICERS = new Set(['president', 'owner', 'coach', 'manager', 'leader']);
/** How a nationality ends ("South African", "North Korean", "Chinese", "Turkish", "Iraqi"). */
const DEMONYM_ENDING = /(?:an|ese|ish|i)$/;
/** Second words of "chief …" officers ("chief executive", "chief financial officer"). */
const CHIEF_OFFICES = new Set(['executive', 'financial', 'operating', 'technology', 'economist', 'scientist']);

/** "X was founded in", "X, founded by": the verb, what may come before it, and what after. */
const FOUNDED = hashString('founded');
const FOUNDED_AUXILIARIES = new Set(['was', 'were', 'is'].map(hashString));
const FOUNDED_AFTER = new Set(['in', 'by', 'as', 'on'].map(hashString));

/** Workers before "at" and their employer's name ("an analyst at Bernstein"), lowercase. */
const EMPLOYEE_NOUNS = new Set([
  'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'researcher', 'researchers',
  'scientist', 'scientists', 'engineer', 'engineers', 'executive', 'executives', 'professor', 'lecturer', 'partner',
  'lawyer', 'attorney', 'trader', 'traders', 'banker', 'bankers', 'consultant', 'spokesman', 'spokeswoman',
  'spokesperson', 'employee', 'employees', 'editor', 'reporter', 'correspondent', 'intern', 'fellow', 'manager',
].map(hashString));
const AT = hashString('at');
const LEADER = hashString('leader');

/** What step 8 reads: the article, its tags (written in place), and the document pass's own span keys. */
export interface OrgEvidenceInput {
  text: string;
  tokens: Tokens;
  infos: WordInfo[];
  tags: Uint8Array;
  /** Untagged sentence starts before a comma or a lowercase word (collected by the repeats step). */
  openers: readonly number[];
  /** A span's string as a number (the same for every mention of it). */
  keyOf: (s: TokenSpan) => number;
  /** A span's gazetteer bits (a dotted country abbreviation counts as a country). */
  spanBits: (s: TokenSpan) => number;
}

export function markOrganizationEvidence(input: OrgEvidenceInput): void {
  const { text, tokens, infos, tags, openers, keyOf, spanBits } = input;
  const n = tokens.count;
  const tokText = (i: number): string => text.slice(tokens.starts[i], tokens.ends[i]);
  const isCommaAt = (k: number): boolean => charOfToken(text, tokens, k) === COMMA;
  /** Where an organization noun ends the modifiers that start at k ("state news agency"), or -1. */
  const orgNounAt = (k0: number): number => {
    for (let k = k0; k < n && k <= k0 + ORG_NOUN_MAX_GAP; k++) {
      // only modifiers may come between: "Anadolu state news agency", not "Cohen joined the group"
      if (tags[k] !== TAG_O || (infos[k] as WordInfo).capClass !== 0 || (infos[k] as WordInfo).stopword) break;
      if (ORG_NOUNS.has(tokText(k))) return k;
    }
    return -1;
  };
  // a "person" named by an apposition that ends in an organization noun: "Anthropic, the artificial intelligence
  //  startup founded by…", "Anadolu, the state news agency, said". The noun must end the apposition ("Cohen, a bank
  //  teller", "Lee, the party's leader" are people), and the name must not be an opening phrase ("In Kent, the
  //  company said…")
  //  A name's possessive opens one too ("Lukoil, Russia's largest oil company, said")
  const appositiveOrgNoun = (s: TokenSpan): boolean => {
    const k = s.end;
    if (k + 2 >= n || tokText(k) !== ',') return false;
    let from = k + 2;
    if (APPOSITION_DETERMINERS.has(tokText(k + 1))) {
      // "Yondr, a California company whose…", "Nordwind, a German freight company": a place or a nationality of one
      //  word may open the modifiers; "Europol, the European Union's law enforcement agency": a name's possessive
      if (from < n && tags[from] !== TAG_O && isBegin(tags[from] as number)) {
        const e = spanEnd(tags, n, from);
        if (e < n && POSSESSIVE_TEXTS.has(tokText(e))) from = e + 1;
        else if (e === from + 1 && (spanBits({ start: from, end: e, type: LOC }) & (G_COUNTRY | G_CITY | G_DEMONYM)) !== 0) from = e;
      }
    } else {
      if (tags[k + 1] === TAG_O || !isBegin(tags[k + 1] as number)) return false;
      from = spanEnd(tags, n, k + 1) + 1;
      if (from >= n || !POSSESSIVE_TEXTS.has(tokText(from - 1))) return false;
    }
    // (an opening phrase: the preposition opens the sentence; "pouches made by Yondr, a company…" is no such phrase)
    if (s.start > 0 && OPENING_PREPOSITIONS.has(tokText(s.start - 1).toLowerCase())
      && ((tokens.flags[s.start - 1] as number) & (TF_SENT_START | TF_LINE_START)) !== 0) return false;
    const at = orgNounAt(from);
    return at >= 0 && (at + 1 >= n || APPOSITION_ENDS.has(tokText(at + 1)));
  };
  // "the militant group Hamas", "the charity Caritas", "chipmaker Intel": a name right after an organization noun,
  //  unless a word of the name lists ("the company Morrison founded")
  const afterOrgNoun = (s: TokenSpan): boolean => {
    const k = s.start - 1;
    if (k < 0 || tags[k] !== TAG_O || (infos[k] as WordInfo).capClass !== CAP_LOWER) return false;
    if (!BEFORE_NAME_ORG_NOUNS.has((infos[k] as WordInfo).lowerHash)) return false;
    // (nor a person's name with a particle: "bomb maker Azahari bin Husin")
    for (let j = s.start; j < s.end; j++) {
      const info = infos[j] as WordInfo;
      if ((info.gaz & G_PERSON_NAME) !== 0 || (info.capClass === CAP_LOWER && isSurnameParticle(info))) return false;
    }
    return true;
  };
  // "Anthropic chief executive Dario Amodei", "Tesla CEO Elon Musk": a name before a company officer's title and a person
  //  A "place" before one is a company the tagger did not know ("Elf Aquitaine chairman Philippe Jaffre"), where the
  //  title is written lowercase and the place is no nationality ("South African president Thabo Mbeki", "North
  //  Korean Chairman Kim Jong-un"), nor right after another name (a division's: "Toyota North America chief
  //  executive")
  const executiveOf = (k: number, place = false): boolean => {
    if (k >= n) return false;
    if (place && (CAP_LOWER !== (infos[k] as WordInfo).capClass || DEMONYM_ENDING.test(tokText(k - 1)))) return false;
    const w = tokText(k).toLowerCase();
    // (a place's leader is its head of state: "Soviet Union leader Joseph Stalin")
    if (place && w === 'leader') return false;
    let after = k + 1;
    if (w === 'chief' && k + 1 < n && CHIEF_OFFICES.has(tokText(k + 1).toLowerCase())) after = k + 2;
    else if (!COMPANY_OFFICERS.has(w) && !LOWERCASE_OFFICERS.has(tokText(k))) return false;
    while (after < n && tags[after] === TAG_O && (infos[after] as WordInfo).capClass === CAP_LOWER && after - k <= 3) after++;
    return after < n && tags[after] === tagB(PER);
  };
  // "Kestrel, founded in 2023 by…", "Raseef was founded in 2021": people are born, not founded
  const founded = (s: TokenSpan): boolean => {
    let k = s.end;
    if (k + 2 >= n) return false;
    if (isCommaAt(k)) k++;
    else if (FOUNDED_AUXILIARIES.has((infos[k] as WordInfo).lowerHash)) k++;
    else return false;
    return (infos[k] as WordInfo).lowerHash === FOUNDED && FOUNDED_AFTER.has((infos[k + 1] as WordInfo).lowerHash);
  };
  // "an analyst at Bernstein", "a former engineer at Sapporo Breweries": a person's employer (not before a possessive,
  //  "a lecturer at Gaza City's al-Azhar university": the employer comes after it)
  const employer = (s: TokenSpan): boolean => s.start >= 2 && (infos[s.start - 1] as WordInfo).lowerHash === AT
    && tags[s.start - 2] === TAG_O && EMPLOYEE_NOUNS.has((infos[s.start - 2] as WordInfo).lowerHash)
    && !(s.end < n && POSSESSIVE_TEXTS.has(tokText(s.end)));
  // "McLaren's Lando Norris", "Glanbia's Siobhan Ryan": a one-word "person" whose possessive holds a person named in
  //  full is the team or company they belong to (not after a title: "Princess Beatrice's Philip Treacy hat")
  const possessorOfPerson = (s: TokenSpan): boolean => s.end - s.start === 1 && s.end + 3 <= n
    && !(s.start > 0 && isPersonTitle(infos[s.start - 1] as WordInfo))
    && POSSESSIVE_TEXTS.has(tokText(s.end)) && tags[s.end + 1] === tagB(PER)
    && spanEnd(tags, n, s.end + 1) - (s.end + 1) >= 2;
  const spans = spansFromTags(tags, n);
  const orgKeys = new Set<number>();
  let companies: Set<WordInfo> | null = null;
  for (const s of spans) {
    if (s.type === ORG) {
      const first = companyFirstWord(tokens, infos, s);
      if (first) (companies ??= new Set()).add(first);
    }
    // (a credit rating is no name: "to BB from BBB", markets.ts)
    if (isCreditRating(text, tokens, infos, s)) { tags.fill(TAG_O, s.start, s.end); continue; }
    if (spanBits(s) & (G_COUNTRY | G_CITY | G_DEMONYM)) continue;
    // a nationality the gazetteer lacks but the training names know only as MISC ("British", "Turkish", "Danish":
    //  "a British newspaper", "the Turkish firm")
    if (s.end - s.start === 1 && knownType(infos[s.start] as WordInfo) === MISC) continue;
    // a full name that starts with a given name is a person even before a group noun ("Sarah Cohen founded the
    // movement")
    if (s.type === PER && startsWithGivenName(infos, s)) continue;
    // (a team the tagger typed MISC, "Urawa coach Maciej Skorza"; not a people's or a faith's leader, "Bosnian Serb
    //  leader", "South Korean Presbyterian leader")
    const officer = (s.type === PER && executiveOf(s.end))
      || (s.type === MISC && !DEMONYM_ENDING.test(tokText(s.end - 1)) && s.end < n
        && (infos[s.end] as WordInfo).lowerHash !== LEADER && executiveOf(s.end))
      || (s.type === LOC && !(s.start > 0 && tags[s.start - 1] !== TAG_O) && executiveOf(s.end, true));
    if (officer || orgNounAt(s.end) >= 0 || ((s.type === PER || s.type === LOC) && appositiveOrgNoun(s))
      || (s.type !== ORG && afterOrgNoun(s)) || namedAsStock(text, tokens, infos, s) || isRatingAgency(tokens, infos, s)
      || (s.type === PER && (founded(s) || possessorOfPerson(s)))
      || (s.type !== ORG && s.type !== MISC && employer(s))) {
      orgKeys.add(keyOf(s));
    }
  }
  // a company's first word alone is the company ("Arequipa Resources Ltd" … "Arequipa shares jumped", org-names.ts)
  if (companies) tagCompanyShortForms(tokens, infos, tags, companies);
  // an untagged word that opens a sentence before such an apposition ("Lukoil, Russia's largest oil company, said"),
  //  or before an officer and a person where the article tags the word elsewhere ("Lazio sacked their coach" …
  //  "Lazio president Sergio Cragnotti"; not "Former president Bill Clinton")
  let tagged: Set<WordInfo> | null = null;
  for (const k of openers) {
    if (tags[k] !== TAG_O) continue;
    const info = infos[k] as WordInfo;
    if (info.capClass !== CAP_TITLE || info.stopword) continue;
    const known = knownType(info);
    const s: TokenSpan = { start: k, end: k + 1, type: ORG };
    let named = false;
    if (isCommaAt(k + 1)) named = (known < 0 || known === ORG) && appositiveOrgNoun(s);
    // (a city's or region's name is a club's too, "Lazio", "Milan"; a country's before "coach" is its national team)
    else if ((info.gaz & (G_COUNTRY | G_DEMONYM)) === 0 && known !== PER && known !== MISC && executiveOf(k + 1)) {
      tagged ??= new Set(spans.filter((t) => t.end - t.start === 1).map((t) => infos[t.start] as WordInfo));
      named = tagged.has(info);
    }
    if (named) { writeSpan(tags, s); orgKeys.add(keyOf(s)); }
  }
  if (orgKeys.size > 0) for (const s of spans) if (s.type !== ORG && orgKeys.has(keyOf(s))) { s.type = ORG; writeSpan(tags, s); }
}
