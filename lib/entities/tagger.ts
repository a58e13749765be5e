import type { TagType } from './types';

/** A name found by a tagger, before entities are built. Offsets are UTF-16 code units into the tagged text. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: TagType;
  text: string;
}

/**
 * The seam between name finding and entity building: anything that turns text into flat, sorted spans.
 * `extractEntities` takes one as a parameter so the engine can be replaced and measured against another.
 */
export type Tagger = (text: string) => TaggedSpan[];
