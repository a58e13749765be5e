/**
 * News agencies and outlets named in the news itself: "Wikinews interviewed…", "Wikinews: Who funds you?" (the
 * interviewer's speaker label), "Kyodo reported". The tagger has seen few of them: it reads Wikinews' speaker label as
 * a person and leaves the word untagged at a sentence start. A closed list, like the agencies of datelines.ts: not
 * "Bloomberg" (also a person) nor "AP" (also Andhra Pradesh), which the tagger types from context.
 */
import type { WordInfo } from './features';
import { hashSet } from './hash';
import { isCap, spanEnd, spanStartAt, writeSpan } from './spans';
import { TAG_O, typeOfTag } from './tags';
import type { Tokens } from './tokenize';

const ORG = 1;
const OUTLET_NAMES = ['Wikinews', 'Reuters', 'Xinhua', 'Kyodo', 'Yonhap', 'Interfax', 'Bernama'];
const NEWS_OUTLETS = hashSet(OUTLET_NAMES.map((w) => w.toLowerCase()));
/** One native search of the text first: most articles name none of them. */
const ANY_OUTLET = new RegExp(OUTLET_NAMES.join('|'), 'i');

/** Types each mention of a listed outlet ORG, where the tagger left it untagged or read it as a name of its own. */
export function tagNewsOutlets(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  if (!ANY_OUTLET.test(text)) return;
  const n = tokens.count;
  for (let k = 0; k < n; k++) {
    const info = infos[k] as WordInfo;
    if (!NEWS_OUTLETS.has(info.lowerHash) || !isCap(info)) continue;
    // (inside a longer name it is that name's: "Reuters Institute", "Xinhua News Agency")
    if (tags[k] !== TAG_O && (spanStartAt(tags, k) !== k || spanEnd(tags, n, k) !== k + 1)) continue;
    if (tags[k] === TAG_O || typeOfTag(tags[k] as number) !== ORG) writeSpan(tags, { start: k, end: k + 1, type: ORG });
  }
}
