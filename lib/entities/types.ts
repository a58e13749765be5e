/** Entity types Backstory shows. LOC and MISC are tagged by the engine but never listed as entities. */
export type EntityType = 'PER' | 'ORG';

/** All types the tagger produces (CoNLL-style). */
export type TagType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** One occurrence of a name in the text. Offsets are UTF-16 code units: `text.slice(start, end) === mention.text`. */
export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

/** A person or organization with all its mentions joined ("Kalin" → "Ibrahim Kalin"). */
export interface Entity {
  /** Stable within one article: `${type}:${canonical name}`. */
  id: string;
  /** The longest full form of the name in the article ("Ibrahim Kalin"). */
  name: string;
  type: EntityType;
  mentions: Mention[];
  /** 0..1, from mention count, position (headline, lede) and spread; entities are sorted by it. */
  salience: number;
  /** A title or role seen before a mention ("intelligence chief", "President"), when any. */
  role?: string;
}

/** What extractEntities returns. */
export interface EntityExtraction {
  mentions: Mention[];
  entities: Entity[];
}
