/**
 * Companies in market reports: "Siemens slipped 0.4 percent", "Shares in Daimler-Benz rose", "Daimler shares fell",
 * "a 20 percent stake in Fokker". The tagger reads an unknown company as a person or a place; a share price or a
 * stake says it is an organization. The caller keeps places and full personal names out (a city's market "Frankfurt
 * shares closed higher" is LOC in CoNLL) and types every mention of the string.
 * And credit ratings, which the tagger reads as acronyms: "cut its rating on Daewoo Motor to BB from BBB"; and the
 * agency "Fitch", which it reads as a person.
 */
import { CAP_DIGIT, CAP_LOWER, CAP_OTHER } from './features';
import type { WordInfo } from './features';
import { hashSet } from './hash';
import { sentenceEndOf, sentenceStartOf } from './spans';
import type { TokenSpan } from './spans';
import type { Tokens } from './tokenize';

/** Verbs of a price's move. */
const MOVE_VERBS = hashSet([
  'rose', 'fell', 'gained', 'slipped', 'dropped', 'climbed', 'lost', 'added', 'eased', 'jumped', 'surged', 'plunged',
  'tumbled', 'advanced', 'declined', 'firmed', 'edged', 'slid', 'soared', 'sank', 'dipped', 'rallied', 'shed',
]);
/** Words between the verb and the figure ("rose as much as 3 percent", "fell a further 2 percent"). */
const MAX_GAP = 4;
/** Units of a share price's move. Not "points": an index moves by points, and so does a candidate in a poll. */
const PRICE_UNITS = hashSet(['percent', '%', 'pence', 'cents', 'marks', 'yen', 'francs', 'pct', 'kronor', 'guilders', 'lire']);
const SHARE_WORDS = hashSet(['shares', 'stock', 'stocks']);
/** Words before "in"/"of" that name a company after them ("shares in Daimler-Benz", "a stake in Fokker"). */
const HOLDING_WORDS = hashSet(['shares', 'stake', 'stock']);
const IN_OF = hashSet(['in', 'of']);
const POSSESSIVES = hashSet(["'s", '’s']);
/** Words before a name that make it no subject of the move ("Support for Harris rose"). */
const NOT_SUBJECT = hashSet(['for', 'of', 'behind', 'with', 'than', 'over', 'to', 'against']);
/** Words after a move that make it a poll's ("rose 3 percent in the polls", "among independents"). */
const POLL_WORDS = hashSet(['poll', 'polls', 'polling', 'among', 'approval', 'survey', 'voters']);

const lower = (infos: WordInfo[], k: number): number => (infos[k] as WordInfo).lowerHash;

/** A price in pence or cents written as one word, as London's market reports do ("rose 12p to 962p", "5c"). */
function isPenceFigure(text: string, tokens: Tokens, k: number): boolean {
  const last = text.charCodeAt((tokens.ends[k] as number) - 1);
  return (last === 112 || last === 99) && /^[0-9.]+[pc]$/.test(text.slice(tokens.starts[k], tokens.ends[k]));
}

/** Whether span s is named as a company whose shares move or are held. */
export function namedAsStock(text: string, tokens: Tokens, infos: WordInfo[], s: TokenSpan): boolean {
  const n = tokens.count;
  if (s.start >= 2 && IN_OF.has(lower(infos, s.start - 1)) && HOLDING_WORDS.has(lower(infos, s.start - 2))) return true;
  let k = s.end;
  // (every word looked for after the name is lowercase, or the possessive: most names are followed by neither)
  if (k >= n || ((infos[k] as WordInfo).capClass !== CAP_LOWER && (infos[k] as WordInfo).capClass !== CAP_OTHER)) return false;
  if (POSSESSIVES.has(lower(infos, k))) k++;
  const shares = k < n && SHARE_WORDS.has(lower(infos, k));
  if (shares) k++;
  // without "shares", the name must be the subject ("Support for Harris rose 3 percent" is a poll's)
  else if (s.start > 0 && NOT_SUBJECT.has(lower(infos, s.start - 1))) return false;
  if (k >= n || !MOVE_VERBS.has(lower(infos, k))) return false;
  for (let j = k + 1; j < n && j <= k + 1 + MAX_GAP; j++) {
    if ((infos[j] as WordInfo).capClass !== CAP_DIGIT) continue;
    if (!isPenceFigure(text, tokens, j) && (j + 1 >= n || !PRICE_UNITS.has(lower(infos, j + 1)))) return false;
    // "Harris rose 3 percent in the polls", "among independents"
    for (let a = j + 2; a < n && a <= j + 2 + MAX_GAP; a++) if (POLL_WORDS.has(lower(infos, a))) return shares;
    return true;
  }
  return false;
}

/** A credit rating: Standard & Poor's and Fitch ("AAA", "BB+"), Moody's ("Baa1", "Aa2"). */
const RATING = /^(?:A{1,3}|B{1,3}|C{1,3}|D)[+-]?$|^(?:Aaa|Aa|A|Baa|Ba|B|Caa|Ca|C)[1-3]$/;
/** Words of a sentence about a rating. */
const RATING_WORDS = hashSet([
  'rating', 'ratings', 'rated', 'rates', 'downgrade', 'downgraded', 'upgrade', 'upgraded', 'affirmed', 'outlook', 'junk',
]);
/** Longest rating ("Baa1", "AAA-"). */
const RATING_MAX_LENGTH = 4;

/** Whether the sentence (or line) that holds token k has one of `words`. */
function sentenceHas(tokens: Tokens, infos: WordInfo[], k: number, words: ReadonlySet<number>): boolean {
  const from = sentenceStartOf(tokens, k), to = sentenceEndOf(tokens, from);
  for (let i = from; i < to; i++) if (words.has(lower(infos, i))) return true;
  return false;
}

/** Whether span s is a credit rating in a sentence about ratings ("to BB from BBB"), not a name. */
export function isCreditRating(text: string, tokens: Tokens, infos: WordInfo[], s: TokenSpan): boolean {
  const from = tokens.starts[s.start] as number, to = tokens.ends[s.end - 1] as number;
  if (to - from > RATING_MAX_LENGTH || !RATING.test(text.slice(from, to))) return false;
  return sentenceHas(tokens, infos, s.start, RATING_WORDS);
}

/** Rating agencies whose one-word name is also a surname, which the tagger reads as a person ("Fitch said"). */
const RATING_AGENCIES = hashSet(['fitch']);
/** The other agencies' words ("Moody's", "S&P"). */
const OTHER_AGENCIES = hashSet(['moody', 's&p']);

/** Whether span s is a rating agency named alone in an article about ratings ("Fitch affirmed the outlook", and
 *  "Fitch said high rents…" further on). */
export function isRatingAgency(tokens: Tokens, infos: WordInfo[], s: TokenSpan): boolean {
  if (s.end - s.start !== 1 || !RATING_AGENCIES.has(lower(infos, s.start))) return false;
  // (the whole article is read only for the agency's name, which few articles have; another agency counts too)
  for (let k = 0; k < tokens.count; k++) if (RATING_WORDS.has(lower(infos, k)) || OTHER_AGENCIES.has(lower(infos, k))) return true;
  return false;
}
