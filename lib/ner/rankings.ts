/**
 * Ranked lists of players with their clubs in sports news: "5 - Ronaldo ( Barcelona )", "4 - Davor Suker ( Real
 * Madrid ) , Meho Kodro ( Tenerife )" (leading scorers). The tagger, without a sentence around them, reads the
 * player and the club as places. On a line that opens with a rank, a name followed by a club in parentheses is a
 * person, and the club an organization; a country in the parentheses is a nationality's place and stays LOC
 * ("1. Erik Zabel ( Germany ) Telekom"), and then the name before it keeps the tagger's type (a team is ranked
 * so too), unless a team follows the parentheses before a time or a figure: then the name is a person and the team
 * an organization ("1. Michael Schumacher ( Germany ) Ferrari 1:28:15"). Two such lines make a list.
 * And tennis results: "Pete Sampras ( U.S. ) beat Jiri Novak ( Czech Republic ) 6-3 1-6 6-3": both names are persons
 * (the tagger read "Goran Ivanisevic ( Croatia ) beat" as MISC); one such line is enough, with a country in each pair
 * of parentheses and a score after.
 */
import { CAP_DIGIT, CAP_LOWER } from './features';
import type { WordInfo } from './features';
import { G_COUNTRY } from './gazetteer';
import { writeSpan } from './spans';
import type { TokenSpan } from './spans';
import { hashSet, hashString } from './hash';
import { TAG_O } from './tags';
import type { Tokens } from './tokenize';
import { ORG, PER, capsRun, isChar } from './sports-tokens';
import type { Ctx } from './sports-tokens';

const OPEN = 40, CLOSE = 41, COMMA = 44, HYPHEN = 45, PERIOD = 46;
/** Ranked lines needed to read the article's lines as a list. */
const MIN_RANKED_LINES = 2;

/** A ranked line's entry: the name, the club in parentheses, and the team after a country in parentheses
 * ("1. Michael Schumacher ( Germany ) Ferrari 1:28:15", "2. Erik Zabel ( Germany ) Telekom same time"). */
interface Entry { name: TokenSpan; club: TokenSpan; team: TokenSpan | null }

/** The entries of a ranked line [from, to): "N -" or "N." then "Name ( Club )", repeated after commas; or null. */
function rankedLine(c: Ctx, from: number, to: number): Entry[] | null {
  const { infos } = c;
  if ((infos[from] as WordInfo).capClass !== CAP_DIGIT || from + 2 >= to) return null;
  if (!isChar(c, from + 1, HYPHEN) && !isChar(c, from + 1, PERIOD)) return null;
  const entries: Entry[] = [];
  let k = from + 2;
  while (k < to) {
    const nameEnd = capsRun(c, k, to);
    if (nameEnd === k || !isChar(c, nameEnd, OPEN)) break;
    const clubEnd = capsRun(c, nameEnd + 1, to);
    if (clubEnd === nameEnd + 1 || !isChar(c, clubEnd, CLOSE)) break;
    // a team after the parentheses, before a time, a figure or the end of the line
    const teamEnd = capsRun(c, clubEnd + 1, to);
    const atEnd = teamEnd >= to || (infos[teamEnd] as WordInfo).capClass === CAP_DIGIT || (infos[teamEnd] as WordInfo).lowerHash === SAME;
    const team = teamEnd > clubEnd + 1 && atEnd ? { start: clubEnd + 1, end: teamEnd, type: ORG } : null;
    entries.push({ name: { start: k, end: nameEnd, type: PER }, club: { start: nameEnd + 1, end: clubEnd, type: ORG }, team });
    k = team ? team.end : clubEnd + 1;
    if (k < to && isChar(c, k, COMMA)) k++;
    else break;
  }
  return entries.length > 0 ? entries : null;
}

/** Result words between the two players of a results line ("beat", "bt", "def."). */
const BEAT_WORDS = hashSet(['beat', 'bt', 'def', 'def.', 'defeated', 'beats']);
/** "same time" after a team in a cycling result. */
const SAME = hashString('same');

/**
 * The two players of a tennis results line [from, to), seeds allowed: "[1 -] Name ( Country ) beat [2 -] Name
 * ( Country ) 6-3 …", or null. `isCountry` tells a parenthesized place.
 */
function resultLine(c: Ctx, from: number, to: number, isCountry: (s: TokenSpan) => boolean): TokenSpan[] | null {
  const { infos } = c;
  const players: TokenSpan[] = [];
  let k = from;
  for (let side = 0; side < 2; side++) {
    if (k + 1 < to && (infos[k] as WordInfo).capClass === CAP_DIGIT && isChar(c, k + 1, HYPHEN)) k += 2; // a seed
    const end = capsRun(c, k, to);
    if (end === k || !isChar(c, end, OPEN)) return null;
    const close = capsRun(c, end + 1, to);
    if (close === end + 1 || !isChar(c, close, CLOSE) || !isCountry({ start: end + 1, end: close, type: 0 })) return null;
    players.push({ start: k, end, type: PER });
    k = close + 1;
    if (side === 0) {
      if (k >= to || (infos[k] as WordInfo).capClass !== CAP_LOWER || !BEAT_WORDS.has((infos[k] as WordInfo).lowerHash)) return null;
      k++;
    }
  }
  return k < to && (infos[k] as WordInfo).capClass === CAP_DIGIT ? players : null;
}

/** Types the players and clubs of the article's ranked lists. `bitsOf` gives a span's gazetteer bits. */
export function markRankings(
  text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array, bitsOf: (s: TokenSpan) => number, starts: readonly number[],
): void {
  const c: Ctx = { text, tokens, infos, n: tokens.count };
  const lines: Entry[][] = [];
  const isCountry = (s: TokenSpan): boolean => (bitsOf(s) & G_COUNTRY) !== 0;
  for (let j = 0; j + 1 < starts.length; j++) {
    const from = starts[j] as number, to = starts[j + 1] as number;
    const entries = (infos[from] as WordInfo).capClass === CAP_DIGIT ? rankedLine(c, from, to) : null;
    if (entries) lines.push(entries);
    // (a results line opens with a capital or a seed, and has "(" right after its first name: most lines have not)
    const first = infos[from] as WordInfo;
    const players = first.hasUpper || first.capClass === CAP_DIGIT ? resultLine(c, from, to, isCountry) : null;
    for (const p of players ?? []) {
      tags.fill(TAG_O, p.start, p.end);
      writeSpan(tags, p);
    }
  }
  if (lines.length < MIN_RANKED_LINES) return;
  for (const entries of lines) {
    for (const { name, club, team } of entries) {
      if ((bitsOf(club) & G_COUNTRY) !== 0) {
        // the rider's or driver's team after their country: the name is then a person's
        if (!team || (bitsOf(team) & G_COUNTRY) !== 0) continue;
        tags.fill(TAG_O, name.start, name.end);
        writeSpan(tags, name);
        tags.fill(TAG_O, team.start, team.end);
        writeSpan(tags, team);
        continue;
      }
      tags.fill(TAG_O, name.start, club.end);
      writeSpan(tags, name);
      writeSpan(tags, club);
    }
  }
}
