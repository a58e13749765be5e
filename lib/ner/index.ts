/**
 * Backstory's on-device named-entity engine.
 *
 *   import { tagText } from '~/lib/ner';
 *   tagText('Turkey’s intelligence chief Ibrahim Kalin met Hamas leaders.')
 *   // → [{start:0,end:6,type:'LOC',text:'Turkey'}, {…'Ibrahim Kalin' PER}, {…'Hamas' ORG}]
 *
 * Pure TypeScript; no DOM or extension APIs, so it runs in Node, a service worker or an event page.
 */
import { applyConsistency } from './consistency';
import { findDatelines } from './datelines';
import { spansFromTags } from './consistency';
import { loadModel } from './model';
import type { NerModel } from './model';
import { scoreDoc } from './scorer';
import { ENTITY_TYPES } from './tags';
import type { EntityTypeName } from './tags';
import { tokenize } from './tokenize';
import { viterbi } from './viterbi';
import { loadDefaultModel } from './default-model';

export type NerType = EntityTypeName;

/** One name mention. UTF-16 offsets: `text.slice(start, end) === span.text`. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: NerType;
  text: string;
}

export type { NerModel };
export { loadModel, loadDefaultModel };

/** Token-level BIO tags of `text` (exported for tests and tools). */
export function tagTokens(text: string, model: NerModel): { tokens: ReturnType<typeof tokenize>; tags: Uint8Array } {
  const tokens = tokenize(text);
  const datelines = findDatelines(text, tokens);
  const storyStarts = datelines.map((d) => d.storyStart).filter((k) => k >= 0);
  const { doc, emis, mask } = scoreDoc(model, text, tokens, storyStarts);
  const tags = new Uint8Array(tokens.count);
  viterbi(emis, tokens.count, model.trans, tags, mask);
  applyConsistency(text, tokens, doc.infos, tags, model.gaz, datelines);
  return { tokens, tags };
}

/**
 * Tags PER, ORG, LOC and MISC names in `text`: flat, sorted, non-overlapping, CoNLL conventions (titles,
 * determiners and possessive 's outside the name). Uses the bundled model unless one is given.
 */
export function tagText(text: string, model: NerModel = loadDefaultModel()): TaggedSpan[] {
  const { tokens, tags } = tagTokens(text, model);
  const out: TaggedSpan[] = [];
  for (const s of spansFromTags(tags, tokens.count)) {
    const start = tokens.starts[s.start] as number;
    const end = tokens.ends[s.end - 1] as number;
    out.push({ start, end, type: ENTITY_TYPES[s.type] as NerType, text: text.slice(start, end) });
  }
  return out;
}
