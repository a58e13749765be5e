/**
 * Sports events are MISC (CoNLL; the training sets' gold types "British Open", "World Cup", "Monaco Grand Prix",
 * "World Championships" MISC in most cases): a name that ends in an event's head noun is an event, not the
 * organization or place the tagger may read ("U.S. Open" ORG, "German" + "Open"). A demonym, country or city tagged
 * right before a lone head noun is joined to it ("German" + "Open" → "German Open"), and a race named after its
 * country is one name ("Tour of Spain").
 */
import type { WordInfo } from './features';
import { hashString } from './hash';
import { isCap, spansFromTags, writeSpan } from './spans';
import type { TokenSpan } from './spans';
import { TAG_O, isBegin, typeOfTag } from './tags';
import type { Tokens } from './tokenize';

const MISC = 3;
const GRAND = hashString('grand');
/** Last words of an event's name (lowercase hashes). Not "League" or "Tour" (organizations: "Arab League", "ATP
 * Tour"), nor "Classic" or "Series" (as often a company or a work). */
const EVENT_HEADS = new Set(['open', 'cup', 'championship', 'championships', 'olympics', 'trophy', 'marathon', 'prix'].map(hashString));

/** Words of a race named after its country ("Tour of Spain", "Rally of Portugal"), by lowercase hash. */
const RACES = new Set(['tour', 'rally'].map(hashString));
const OF = hashString('of');

/**
 * Whether a name ends in a head noun or has one right after it, or "Tour of" / "Rally of" before it: looked up only
 * at the names' edges (a text search for the words took 0.9% of the tagging time in a CPU profile).
 */
function hasEventCue(infos: WordInfo[], tags: Uint8Array, n: number): boolean {
  for (let i = 0; i < n; i++) {
    if (tags[i] === TAG_O) continue;
    if (isBegin(tags[i] as number) && i >= 2 && (infos[i - 1] as WordInfo).lowerHash === OF
      && RACES.has((infos[i - 2] as WordInfo).lowerHash)) return true;
    if (i + 1 < n && tags[i + 1] !== TAG_O && !isBegin(tags[i + 1] as number)) continue; // not the name's last word
    if (EVENT_HEADS.has((infos[i] as WordInfo).lowerHash) || (i + 1 < n && EVENT_HEADS.has((infos[i + 1] as WordInfo).lowerHash))) return true;
  }
  return false;
}

export function typeEvents(tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  const n = tokens.count;
  if (!hasEventCue(infos, tags, n)) return;
  const isHead = (k: number): boolean => isCap(infos[k] as WordInfo) && EVENT_HEADS.has((infos[k] as WordInfo).lowerHash);
  const spans = spansFromTags(tags, n);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as TokenSpan;
    if (!isHead(s.end - 1)) continue;
    // a lone head noun right after a name: "German" + "Open", "Monaco" + "Grand Prix"
    //  (only a lone head: "Hungary" + "Puskás Cup" are two names)
    const prev = spans[i - 1];
    const lone = s.end - s.start === 1 || (s.end - s.start === 2 && (infos[s.start] as WordInfo).lowerHash === GRAND);
    if (prev && prev.end === s.start && lone) s.start = prev.start;
    if (s.end - s.start < 2) continue;
    s.type = MISC;
    writeSpan(tags, s);
  }
  // a race named after its country: "Tour of Spain" (with "Spain" alone tagged LOC)
  for (const s of spans) {
    const of = s.start - 1, race = s.start - 2;
    if (race < 0 || (infos[of] as WordInfo).lowerHash !== OF || !isCap(infos[race] as WordInfo)
      || !RACES.has((infos[race] as WordInfo).lowerHash)) continue;
    if (race > 0 && tags[race - 1] !== TAG_O && typeOfTag(tags[race - 1] as number) !== MISC) continue; // "Safari Rally of …"
    writeSpan(tags, { start: race, end: s.end, type: MISC });
  }
  // an untagged head noun after a name: "the German Open" with "German" alone tagged
  for (const s of spans) {
    if (s.end >= n || tags[s.end] !== TAG_O || !isHead(s.end)) continue;
    if (s.end + 1 < n && isCap(infos[s.end + 1] as WordInfo)) continue;
    writeSpan(tags, { start: s.start, end: s.end + 1, type: MISC });
  }
}
