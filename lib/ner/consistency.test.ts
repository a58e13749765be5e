import { describe, expect, it } from 'vitest';
import { applyConsistency, spansFromTags } from './consistency';
import { makeWordInfo, newLowerStats } from './features';
import type { WordInfo } from './features';
import { loadDefaultModel } from './index';
import { ENTITY_TYPES, TAG_O, tagB, tagI, typeIndex } from './tags';
import { tokenize } from './tokenize';

const model = loadDefaultModel();

/** Runs the document pass on `text` where the tagger's output is given as [surface, type] pairs; returns "TYPE:text" spans. */
function consistency(text: string, tagged: [string, string][]): string[] {
  const tokens = tokenize(text);
  const infos: WordInfo[] = [];
  for (let i = 0; i < tokens.count; i++) infos.push(makeWordInfo(text.slice(tokens.starts[i], tokens.ends[i]), model.gaz, model.clusters, newLowerStats));
  const tags = new Uint8Array(tokens.count).fill(TAG_O);
  for (const [surface, type] of tagged) {
    const start = text.indexOf(surface);
    const t = typeIndex(type);
    let first = true;
    for (let i = 0; i < tokens.count; i++) {
      if ((tokens.starts[i] as number) < start || (tokens.ends[i] as number) > start + surface.length) continue;
      tags[i] = first ? tagB(t) : tagI(t);
      first = false;
    }
  }
  applyConsistency(text, tokens, infos, tags, model.gaz);
  return spansFromTags(tags, tokens.count).map((s) => `${ENTITY_TYPES[s.type]}:${text.slice(tokens.starts[s.start], tokens.ends[s.end - 1])}`);
}

describe('applyConsistency', () => {
  it('does not keep a camel-case brand as a person', () => {
    expect(consistency('Before that I ran eHow for years.', [['eHow', 'PER']])).toEqual([]);
    expect(consistency('Before that Anna Lee ran it.', [['Anna Lee', 'PER']])).toEqual(['PER:Anna Lee']);
  });

  it('types a full name after an organization’s possessive as a person', () => {
    expect(consistency('The People’s Party’s Anna Lee won.', [['People’s Party’s Anna Lee', 'ORG']]))
      .toEqual(['ORG:People’s Party', 'PER:Anna Lee']);
  });

  it('makes a name before an organization noun an organization, but not a person’s full name or across a verb', () => {
    expect(consistency('Anadolu state news agency reported it.', [['Anadolu', 'PER']])).toEqual(['ORG:Anadolu']);
    expect(consistency('Anna Lee founded the group.', [['Anna Lee', 'PER']])).toEqual(['PER:Anna Lee']);
    expect(consistency('Kalin met the group.', [['Kalin', 'PER']])).toEqual(['PER:Kalin']);
  });

  it('does not keep dates as names, but keeps a name that is also a month', () => {
    expect(consistency('WASHINGTON, Dec 6 (Reuters) - The Senate voted.', [['WASHINGTON', 'LOC'], ['Dec 6', 'ORG'], ['Reuters', 'ORG']]))
      .toEqual(['LOC:WASHINGTON', 'ORG:Reuters']);
    expect(consistency('The vote is set for May 5, officials said.', [['May', 'PER']])).toEqual([]);
    expect(consistency('NEW YORK, Sept. 12 (AP) - The mayor spoke.', [['Sept. 12', 'MISC']])).toEqual([]);
    expect(consistency('Theresa May spoke on Monday.', [['Theresa May', 'PER']])).toEqual(['PER:Theresa May']);
  });
});
