/**
 * News agencies and outlets named in the news itself: "Wikinews interviewed…", "Wikinews: Who funds you?" (the
 * interviewer's speaker label), "Kyodo reported". The tagger has seen few of them: it reads Wikinews' speaker label as
 * a person and leaves the word untagged at a sentence start. A closed list, like the agencies of datelines.ts: not
 * "Bloomberg" (also a person) nor "AP" (also Andhra Pradesh), which the tagger types from context.
 */
import type { WordInfo } from './features';
import { isCap, spanEnd, spanStartAt, tokenStartingAt, writeSpan } from './spans';
import { TAG_O, typeOfTag } from './tags';
import type { Tokens } from './tokenize';

const ORG = 1;
const OUTLET_NAMES = ['Wikinews', 'Reuters', 'Xinhua', 'Kyodo', 'Yonhap', 'Interfax', 'Bernama'];
/** Found by one native search of the text (a look at every word costs more: most articles name none). */
const OUTLET = new RegExp(`\\b(?:${OUTLET_NAMES.join('|')})\\b`, 'gi');

/** Types each mention of a listed outlet ORG, where the tagger left it untagged or read it as a name of its own. */
export function tagNewsOutlets(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  const n = tokens.count;
  OUTLET.lastIndex = 0;
  for (let m = OUTLET.exec(text); m; m = OUTLET.exec(text)) {
    const k = tokenStartingAt(tokens, m.index);
    if (k < 0 || tokens.ends[k] !== m.index + m[0].length || !isCap(infos[k] as WordInfo)) continue;
    // (inside a longer name it is that name's: "Reuters Institute", "Xinhua News Agency")
    if (tags[k] !== TAG_O && (spanStartAt(tags, k) !== k || spanEnd(tags, n, k) !== k + 1)) continue;
    if (tags[k] === TAG_O || typeOfTag(tags[k] as number) !== ORG) writeSpan(tags, { start: k, end: k + 1, type: ORG });
  }
}
