/**
 * Sports clubs named after their city: "Leeds 1 Southampton 1", "Bayern beat Hamburg 3-1", "Marseille striker
 * Pierre Dupont". The tagger reads the city (LOC); CoNLL and GUM type the club ORG. Sports pages are a large part of
 * wire news (a results line, a match report), and a club typed as a place gets the city's card.
 * A name the tagger typed LOC is a club where
 * - it is a cell of a match row: a line of two names, each followed by its score ("Coventry 0 Chelsea 2"), in an
 *   article of two such rows or more, or with scorers ("PSV 3 ( Nilis 12 ) Utrecht 0"); the row's cells are typed
 *   whatever the tagger made of them;
 * - in a sentence with a score ("2-1") or a sports word, a result verb follows it ("Leeds were held", "Boston beat")
 *   or a result word comes before it ("beat Hamburg", "drew 0-0 with Schalke", "a 2-0 win at Coventry");
 * - in such a sentence, a playing position or club role follows it ("Marseille striker", "Real Madrid coach");
 * - it opens a row of a standings table with winning percentages ("NEW YORK 74 58 .561 -"), two rows or more.
 * A country or continent stays LOC: a national team is LOC in CoNLL ("Australia beat India by six wickets").
 * A city after a club's opening word is a club ("Real Madrid", "Borussia Dortmund"), and the span takes the word in.
 * The caller then types every mention of the same string in the article ORG.
 * A person is never evidence ("Sampras beat Agassi 6-3"): only places are retyped by that evidence; a one-word name
 * the tagger read as a person or left untagged needs a team's result and an article that is not of players (below).
 * The match rows and standings are read in match-rows.ts.
 */
import type { Dateline } from './datelines';
import { CAP_DIGIT, CAP_TITLE } from './features';
import type { WordInfo } from './features';
import { G_CITY, G_COUNTRY, G_PERSON_NAME, knownType } from './gazetteer';
import { hashSet, hashString } from './hash';
import { DATE_HASHES, caseBlindKey, charOfToken, isCap, spanEnd, spansFromTags, sentenceEndOf, sentenceStartOf, writeSpan } from './spans';
import type { TokenSpan } from './spans';
import { TAG_O, isBegin, typeOfTag } from './tags';
import { TF_SENT_START } from './tokenize';
import type { Tokens } from './tokenize';
import { writeMatchRows } from './match-rows';
import { LOC, MISC, ORG, PER, isChar, isLowercase, isNumber, lower, scoreAt, scoreEndsAt } from './sports-tokens';
import type { Ctx } from './sports-tokens';

/**
 * Result verbs after a club ("Leeds were held", "Boston beat"); auxiliaries may come between. Not "hosted" or
 * "played": cities host games ("Athens hosted the 2004 Summer Olympic Games", "Manchester played host").
 */
const RESULT_VERBS = hashSet([
  'beat', 'beats', 'defeated', 'defeat', 'defeats', 'drew', 'draw', 'draws', 'edged', 'thrashed', 'routed', 'crushed',
  'hammered', 'upset', 'lost', 'lose', 'loses', 'won', 'win', 'wins', 'trailed', 'scored', 'conceded', 'held',
  'beaten', 'visit', 'visits', 'meet', 'meets', 'eliminated', 'outscored', 'rallied', 'blanked', 'swept', 'clinched',
  'thumped', 'overcame', 'stunned',
]);
const AUXILIARIES = hashSet(['were', 'was', 'have', 'had', 'has', 'will', 'also', 'then', 'are', 'is', 'could', 'would']);
/** Words right before a club ("beat Hamburg", "against Sevilla"). Not "v" or "versus": cases are cited so
 * ("Case 22-506, Biden versus Nebraska"). */
const BEFORE_CLUB = hashSet([
  'beat', 'beating', 'defeated', 'defeating', 'edged', 'thrashed', 'routed', 'crushed', 'hammered', 'upset', 'against',
  'faced', 'facing', 'thumped', 'eliminated', 'outscored', 'led', 'rivals',
]);
/**
 * Result verbs a team's name comes before when a name, a score or a preposition follows ("Juventus beat Parma 2-1",
 * "Napoli drew 0-0 with Sampdoria", "Fiorentina lost at home to Udinese", "Schalke were held to a 1-1 draw"). The
 * evidence for a name the tagger read as a person (or left untagged): a player "beat two defenders", "won a penalty"
 * and "scored", so those are not here, and a lowercase object does not count.
 */
const TEAM_RESULT_VERBS = hashSet([
  'beat', 'beats', 'defeated', 'drew', 'draws', 'thrashed', 'routed', 'crushed', 'hammered', 'edged', 'lost', 'held',
  'eliminated', 'overcame', 'stunned', 'upset', 'blanked',
]);
const AFTER_TEAM_RESULT = hashSet(['with', 'to', 'at', 'in', 'on', 'away', 'by']);
const LED = hashString('led');
/** Prepositions that name a club only after a result word or a score ("lost to", "drew 0-0 with", "held by"). */
const RESULT_PREPOSITIONS = hashSet(['to', 'with', 'by', 'over']);
/** "at" names a club only right after a result word ("a 2-0 win at Coventry"): after a score it names the venue
 * ("beat Dortmund 2-0 at Wembley"). */
const AT = hashString('at');
/**
 * "for" names a club after a player's figure ("added 22 for Chicago", "scored twice for Leeds"). Not after "played"
 * or "debut": biographies write "made his debut for Chhattisgarh", which the training sets' gold types LOC.
 */
const FOR = hashString('for');
const PLAYING_WORDS = hashSet(['scored', 'twice', 'once', 'goals', 'points', 'touchdowns', 'yards', 'runs', 'wickets', 'saves']);
const RESULT_WORDS = hashSet([
  'lost', 'lose', 'losing', 'loss', 'losses', 'drew', 'draw', 'drawn', 'draws', 'level', 'tied', 'held', 'beaten',
  'defeated', 'edged', 'win', 'wins', 'won', 'victory', 'defeat', 'defeats', 'fell', 'succumbed', 'beat',
]);
/** Playing positions and club roles after a club's name ("Marseille striker", "Lyon coach"). */
const POSITIONS = hashSet([
  'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'coach', 'manager', 'captain',
  'skipper', 'quarterback', 'pitcher', 'shortstop', 'outfielder', 'batsman', 'bowler', 'playmaker', 'goaltender',
  'linebacker', 'fullback',
]);
/** Last and first words of place names the gazetteer lacks ("Kansas City", "Tampa Bay", "Las Vegas", "St. Louis"). */
const PLACE_ENDS = hashSet([
  'city', 'bay', 'county', 'beach', 'springs', 'falls', 'valley', 'island', 'islands', 'coast', 'lake', 'heights',
  'hills', 'harbor', 'harbour',
]);
const PLACE_OPENERS = hashSet([
  'new', 'san', 'santa', 'st.', 'st', 'saint', 'las', 'los', 'la', 'el', 'fort', 'port', 'mount', 'north', 'south',
  'east', 'west', 'golden',
]);
/** Words that make a sentence a sports sentence (with a score, which is found by its shape). Not "goal": "What was
 * the goal for North Vietnam in the Tet offensive?" */
const SPORTS_WORDS = hashSet([
  'match', 'matches', 'game', 'games', 'league', 'cup', 'goals', 'wicket', 'wickets', 'innings', 'inning',
  'championship', 'playoff', 'playoffs', 'tournament', 'semifinal', 'semifinals', 'quarterfinal', 'quarterfinals',
  'derby', 'fixture', 'fixtures', 'season', 'striker', 'midfielder', 'goalkeeper', 'defender', 'winger', 'coach',
  'touchdown', 'touchdowns', 'penalty', 'penalties', 'stadium', 'homer', 'homers', 'quarterback', 'pitcher', 'runs',
  'rebounds', 'assists',
]);
/** Words of a venue's name, which "at" also comes before ("won 5-3 at Fenway Park", "Circuit Park Zandvoort"). */
const VENUE_HEADS = hashSet([
  'park', 'stadium', 'arena', 'field', 'ground', 'grounds', 'stadion', 'centre', 'center', 'garden', 'gardens',
  'road', 'lane', 'bridge', 'oval', 'dome', 'coliseum', 'bowl', 'course', 'club', 'links', 'circuit', 'speedway',
]);
/** Continents and blocs, which field teams the way countries do ("Europe beat the United States"). */
const CONTINENTS = hashSet(['europe', 'asia', 'africa', 'america', 'americas', 'oceania', 'world']);
/**
 * Words that open a club's name before its city ("Real Madrid", "Borussia Dortmund", "Inter Milan"), where the tagger
 * reads the city alone or the whole name as a place.
 */
const CLUB_PREFIXES = hashSet([
  'real', 'inter', 'atletico', 'atlético', 'borussia', 'sporting', 'olympique', 'dynamo', 'dinamo', 'lokomotiv',
  'spartak', 'deportivo', 'bayer', 'hertha', 'werder', 'eintracht', 'fortuna', 'vfb', 'vfl', 'fc', 'ac', 'as', 'sv',
]);
/** Scores that make the whole article a results article (one may be a date range or a vote: "voted 6-3"). */
const MIN_ARTICLE_SCORES = 2;

/** Whether the sentence around token k has a score or a sports word. */
function isSportsSentence(c: Ctx, k: number): boolean {
  const from = sentenceStartOf(c.tokens, k), to = sentenceEndOf(c.tokens, from);
  for (let i = from; i < to; i++) if (SPORTS_WORDS.has(lower(c, i)) || scoreAt(c, i)) return true;
  return false;
}

/** A result verb after the club, past auxiliaries ("Leeds were held"), or a playing position ("Lyon striker"). */
function clubWordAfter(c: Ctx, end: number): boolean {
  // (every word looked for is lowercase: most places are followed by punctuation or a capital)
  if (end >= c.n || !isLowercase(c, end)) return false;
  let k = end;
  while (k < c.n && AUXILIARIES.has(lower(c, k))) k++;
  return k < c.n && (RESULT_VERBS.has(lower(c, k)) || (k === end && POSITIONS.has(lower(c, k))));
}

/** A result word before the club: "beat Hamburg", "drew 0-0 with Schalke", "a 2-0 win at Coventry". */
function clubWordBefore(c: Ctx, start: number): boolean {
  const k = start - 1;
  if (k < 0 || !isLowercase(c, k)) return false;
  if (BEFORE_CLUB.has(lower(c, k))) return true;
  if (k < 1) return false;
  if (lower(c, k) === AT) return RESULT_WORDS.has(lower(c, k - 1));
  if (lower(c, k) === FOR) return PLAYING_WORDS.has(lower(c, k - 1)) || isNumber(c, k - 1);
  return RESULT_PREPOSITIONS.has(lower(c, k)) && (RESULT_WORDS.has(lower(c, k - 1)) || scoreEndsAt(c, k - 1));
}

/** A team's result verb after the name, past auxiliaries, with a name, a score or a preposition after it. */
function teamVerbAfter(c: Ctx, end: number): boolean {
  if (end >= c.n || !isLowercase(c, end)) return false;
  let k = end;
  while (k < c.n && AUXILIARIES.has(lower(c, k))) k++;
  if (k + 1 >= c.n || !TEAM_RESULT_VERBS.has(lower(c, k))) return false;
  const next = c.infos[k + 1] as WordInfo;
  // (a score, not any number: a batsman "hammered 20 fours")
  return isCap(next) || scoreAt(c, k + 1) || AFTER_TEAM_RESULT.has(next.lowerHash);
}

/** Set scores one after the other ("6-3 6-4"): tennis, whose players beat each other. */
function hasSetScores(c: Ctx): boolean {
  for (let k = 0; k + 5 < c.n; k++) if (scoreAt(c, k) && scoreAt(c, k + 3)) return true;
  return false;
}

const AND_OR = hashSet(['and', 'or']);
const COMMA = 44;

/** The LOC span that starts at k, or null. */
function locSpanAt(c: Ctx, tags: Uint8Array, k: number): TokenSpan | null {
  if (k < 0 || k >= c.n || tags[k] === TAG_O || !isBegin(tags[k] as number) || typeOfTag(tags[k] as number) !== LOC) return null;
  return { start: k, end: spanEnd(tags, c.n, k), type: LOC };
}

/**
 * The other items of a list of places that `s` opens or continues, up to its "and"/"or" ("Essex, Derbyshire and
 * Surrey"): every item a LOC span, separated by commas; none unless the list closes with "and" or "or".
 */
function listedWith(c: Ctx, tags: Uint8Array, s: TokenSpan): TokenSpan[] {
  const items: TokenSpan[] = [];
  let k = s.end;
  while (k + 1 < c.n) {
    const joiner = isChar(c, k, COMMA) ? 1 : AND_OR.has(lower(c, k)) ? 2 : 0;
    const item = joiner ? locSpanAt(c, tags, k + 1) : null;
    if (!item) return [];
    items.push(item);
    if (joiner === 2) return items;
    k = item.end;
  }
  return [];
}

/**
 * The spans typed LOC that the article shows to be clubs. `bitsOf` gives a span's gazetteer bits
 * (gazetteer or dotted abbreviation), which stays LOC.
 */
function findClubs(
  text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array, bitsOf: (s: TokenSpan) => number,
  starts: readonly number[],
): TokenSpan[] {
  const taggedAt = (k: number): boolean => tags[k] !== TAG_O;
  const c: Ctx = { text, tokens, infos, n: tokens.count };
  const clubs: TokenSpan[] = [];
  // (the gazetteer lookups come last: most places have no club word around them)
  const isPlace = (s: TokenSpan): boolean => {
    if (s.end - s.start === 1 && CONTINENTS.has(lower(c, s.start))) return false;
    for (let k = s.start; k < s.end; k++) if (VENUE_HEADS.has(lower(c, k))) return false;
    return (bitsOf(s) & G_COUNTRY) === 0;
  };
  // a person the tagger read as a place ("Cho won the next three games"): a word of the first-name or surname lists
  //  is a club only if the gazetteer knows it as a city too, and a longer name must be a known city ("New York"; not
  //  "Croatia's Janica Kostelic has won her first World Cup")
  const mayBePerson = (s: TokenSpan): boolean => {
    if ((bitsOf(s) & G_CITY) !== 0) return false;
    if (s.end - s.start === 1) return ((infos[s.start] as WordInfo).gaz & G_PERSON_NAME) !== 0;
    // a longer name the gazetteer lacks is a place by its words ("Kansas City", "Green Bay", "Las Vegas")
    return !PLACE_ENDS.has(lower(c, s.end - 1)) && !PLACE_OPENERS.has(lower(c, s.start));
  };
  // a sports sentence, or any sentence of a results article (two scores or more: "Scottie Pippen added 22 for
  //  Chicago, which has won 12 straight" after "beat the New York Knicks 98-90")
  let scores = -1;
  const sportsContext = (k: number): boolean => {
    if (isSportsSentence(c, k)) return true;
    if (scores < 0) { scores = 0; for (let i = 0; i + 2 < c.n && scores < MIN_ARTICLE_SCORES; i++) if (scoreAt(c, i)) scores++; }
    return scores >= MIN_ARTICLE_SCORES;
  };
  // A one-word name the tagger read as a person or left untagged is a club by a team's result ("Napoli drew 0-0 with
  //  Sampdoria", "Juventus beat Parma 2-1") in a sports sentence, unless the article is of players who beat each
  //  other (a full person's name with a result: "Pete Sampras beat Andre Agassi", or set scores "6-3 6-4") or the word
  //  is part of a person's full name in the article ("Agassi"). Both are looked at only once a word has a result.
  let individual: boolean | null = null;
  let personWords: Set<number> | null = null;
  const playersArticle = (): boolean => {
    if (individual !== null) return individual;
    individual = hasSetScores(c);
    personWords = new Set();
    for (const s of spansFromTags(tags, c.n)) {
      if (s.type !== PER || s.end - s.start < 2) continue;
      let titleCase = s.end - s.start <= 3;
      for (let k = s.start; k < s.end; k++) {
        personWords.add(lower(c, k));
        if ((infos[k] as WordInfo).capClass !== CAP_TITLE) titleCase = false;
      }
      // (a name of two or three Title Case words: not "Serie A. Fiorentina lost", "beat Roda JC")
      if (titleCase && (teamVerbAfter(c, s.end) || clubWordBefore(c, s.start))) individual = true;
    }
    return individual;
  };
  // a result word before it, but not "led" or "for" (a player's: "led Smith", "17 for FOOD"), and not before a noun it
  //  qualifies ("against Western expatriates")
  const teamWordBefore = (k: number): boolean => {
    if (!clubWordBefore(c, k) || lower(c, k - 1) === LED || lower(c, k - 1) === FOR) return false;
    return !(k + 1 < c.n && isLowercase(c, k + 1) && !(infos[k + 1] as WordInfo).stopword);
  };
  const teamByResult = (k: number): boolean => {
    const info = infos[k] as WordInfo;
    // (not a date: "was upset Wednesday by Tommy Haas")
    if (!isCap(info) || info.stopword || DATE_HASHES.has(info.lowerHash)) return false;
    if (!teamVerbAfter(c, k + 1) && !teamWordBefore(k)) return false;
    const known = knownType(info);
    // (a sports sentence itself: in a cricket report "Ganguly hammered 20 fours")
    if (known === PER || known === MISC || !isSportsSentence(c, k) || playersArticle()) return false;
    return !(personWords as Set<number> | null)?.has(info.lowerHash);
  };
  // the LOC spans, read as spansFromTags reads them (a span object only for those: this runs on every article)
  for (let i = 0, end = 0; i < c.n; i = end) {
    end = i + 1;
    if (tags[i] === TAG_O) {
      // (not a word of a longer capitalized name)
      if ((infos[i] as WordInfo).hasUpper && !(i + 1 < c.n && isCap(infos[i + 1] as WordInfo))
        && !(i > 0 && isCap(infos[i - 1] as WordInfo) && ((tokens.flags[i] as number) & TF_SENT_START) === 0)
        && teamByResult(i)) clubs.push({ start: i, end: i + 1, type: ORG });
      continue;
    }
    end = spanEnd(tags, c.n, i);
    const type = typeOfTag(tags[i] as number);
    if (type !== LOC) {
      if ((type === PER || type === MISC) && end - i === 1 && teamByResult(i)) clubs.push({ start: i, end, type: ORG });
      continue;
    }
    const s: TokenSpan = { start: i, end, type: LOC };
    // "Real Madrid", "Inter Milan": a club's opening word, inside the span or untagged before it
    const before = s.start - 1;
    if (s.end - s.start >= 2 && CLUB_PREFIXES.has(lower(c, s.start)) && (infos[s.start] as WordInfo).hasUpper) {
      if (isPlace(s)) clubs.push(s);
      continue;
    }
    // (the word alone may be tagged as a name of its own: "Borussia" + "Dortmund")
    const prefixAlone = before >= 0 && (!taggedAt(before) || (isBegin(tags[before] as number) && typeOfTag(tags[before] as number) !== PER));
    if (prefixAlone && CLUB_PREFIXES.has(lower(c, before)) && (infos[before] as WordInfo).hasUpper) {
      if (isPlace(s)) clubs.push({ start: before, end: s.end, type: LOC });
      continue;
    }
    if (!clubWordAfter(c, s.end) && !clubWordBefore(c, s.start)) continue;
    if (isPlace(s) && !mayBePerson(s) && sportsContext(s.start)) clubs.push(s);
  }
  // the other places of a list that one club with evidence is in: "title rivals Essex, Derbyshire and Surrey"
  for (const club of clubs.slice()) {
    for (const item of listedWith(c, tags, club)) if (isPlace(item)) clubs.push(item);
  }
  clubs.push(...writeMatchRows(c, tags, bitsOf, starts));
  return clubs;
}

/** Words before a place rather than a club ("born in Houston, Texas", "a trip from Athens"). */
const PLACE_PREPOSITIONS = hashSet(['in', 'from', 'near', 'across', 'throughout', 'outside', 'around', 'of', 'to', 'at']);

/**
 * Whether a mention reads as the place, not the club named after it: after a place preposition ("in Leeds"), or
 * after a place and a comma ("Houston, Texas"). Such mentions keep their type when the club's are retyped: a
 * player's biography names his state's team ("Texas Coach Darrell Royal") and the state ("born in Houston, Texas").
 */
function readsAsPlace(infos: WordInfo[], tags: Uint8Array, text: string, tokens: Tokens, s: TokenSpan): boolean {
  const k = s.start - 1;
  if (k < 0) return false;
  if (PLACE_PREPOSITIONS.has((infos[k] as WordInfo).lowerHash)) return true;
  const comma = charOfToken(text, tokens, k) === COMMA;
  return comma && k > 0 && tags[k - 1] !== TAG_O && typeOfTag(tags[k - 1] as number) === LOC;
}

/**
 * Types the article's clubs ORG: the spans with evidence (findClubs, the match rows), then every other mention of the
 * same string, tagged or not, that does not read as the place ("in Leeds", a dateline's "BALTIMORE 1996-08-30").
 * An untagged one-word mention is taken only where it is not part of a longer capitalized name.
 */
export function markClubs(
  text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array, bitsOf: (s: TokenSpan) => number,
  datelines: readonly Dateline[], starts: readonly number[],
): void {
  const n = tokens.count;
  const clubs = findClubs(text, tokens, infos, tags, bitsOf, starts);
  if (clubs.length === 0) return;
  for (const club of clubs) { club.type = ORG; writeSpan(tags, club); }
  const keys = new Set(clubs.map((s) => caseBlindKey(infos, s.start, s.end)));
  const datelinePlaces = new Set(datelines.map((d) => d.placeStart));
  for (const s of spansFromTags(tags, n)) {
    // a club the tagger ran into its score ("Leicestershire 296", "Somerset 4" MISC): the name without the numbers
    let end = s.end;
    while (end - 1 > s.start && (infos[end - 1] as WordInfo).capClass === CAP_DIGIT) end--;
    if (end !== s.end && keys.has(caseBlindKey(infos, s.start, end))) {
      tags.fill(TAG_O, end, s.end);
      writeSpan(tags, { start: s.start, end, type: ORG });
      continue;
    }
    if (s.type === ORG || s.type === MISC || !keys.has(caseBlindKey(infos, s.start, s.end)) || datelinePlaces.has(s.start)) continue;
    if (readsAsPlace(infos, tags, text, tokens, s)) continue;
    s.type = ORG;
    writeSpan(tags, s);
  }
  const words = new Set(clubs.filter((s) => s.end - s.start === 1).map((s) => (infos[s.start] as WordInfo).lowerHash));
  if (words.size === 0) return;
  for (let k = 0; k < n; k++) {
    const info = infos[k] as WordInfo;
    if (tags[k] !== TAG_O || !info.hasUpper || !words.has(info.lowerHash)) continue;
    if (k + 1 < n && isCap(infos[k + 1] as WordInfo)) continue;
    if (k > 0 && isCap(infos[k - 1] as WordInfo) && ((tokens.flags[k] as number) & TF_SENT_START) === 0) continue;
    const s: TokenSpan = { start: k, end: k + 1, type: ORG };
    if (!readsAsPlace(infos, tags, text, tokens, s)) writeSpan(tags, s);
  }
}
