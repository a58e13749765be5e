/**
 * US states abbreviated with a period after a city, as the AP writes them: "CUPERTINO, Calif. —", "in Fremont,
 * Calif., and". The tokenizer splits the period off (it keeps only a short list of abbreviations whole), so the
 * tagger reads "Calif" alone, and "Mich" as a person. The training sets' gold has the period inside the name (GMB 8
 * of 9, Re-DocRED, UNER). After a comma and a place, the abbreviation and its period are the state: LOC.
 */
import type { WordInfo } from './features';
import { spanStartAt, tokenStartingAt, writeSpan } from './spans';
import { TAG_O, typeOfTag } from './tags';
import { TF_GLUE_LEFT } from './tokenize';
import type { Tokens } from './tokenize';

const LOC = 2;
/** The AP's abbreviations that are no common word or name ("La", "Pa", "Miss", "Wash", "Del" are left out). */
const STATES = ['Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Fla', 'Ill', 'Kan', 'Ky', 'Md', 'Mass', 'Mich',
  'Minn', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Tenn', 'Tex', 'Vt', 'Va', 'Wis', 'Wyo'];
const STATE = new RegExp(`\\b(?:${STATES.join('|')})\\.`, 'g');
const COMMA = 44, PERIOD = 46;

export function tagStateAbbreviations(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  STATE.lastIndex = 0;
  for (let m = STATE.exec(text); m; m = STATE.exec(text)) {
    const k = tokenStartingAt(tokens, m.index);
    const dot = k + 1;
    if (k < 2 || dot >= tokens.count || tokens.starts[dot] !== m.index + m[0].length - 1) continue;
    if (text.charCodeAt(tokens.starts[dot] as number) !== PERIOD || ((tokens.flags[dot] as number) & TF_GLUE_LEFT) === 0) continue;
    // after "<place> ,"
    const comma = k - 1, place = k - 2;
    if (tokens.ends[comma] !== (tokens.starts[comma] as number) + 1 || text.charCodeAt(tokens.starts[comma] as number) !== COMMA) continue;
    if (tags[place] === TAG_O || typeOfTag(tags[place] as number) !== LOC) continue;
    // the abbreviation alone, tagged or not (not inside a longer name of the tagger's)
    if (tags[k] !== TAG_O && spanStartAt(tags, k) !== k) continue;
    if (dot + 1 < tokens.count && tags[dot + 1] !== TAG_O && spanStartAt(tags, dot + 1) <= k) continue;
    if ((infos[k] as WordInfo).capClass === 0) continue;
    writeSpan(tags, { start: k, end: dot + 1, type: LOC });
  }
}
