/** Joins a Wikipedia search hit and its Wikidata item into the LinkCandidate the scorer reads. */
import type { LinkCandidate } from './linking';
import { aliasesOf, descriptionOf, itemValues, labelOf, sitelinkCount, statementsOf, timeOf } from './wikidata';
import type { WikidataEntity } from './wikidata';
import type { WikipediaCandidate } from './wikipedia';

/**
 * Claims that tie a person or organization to another one: party, employer, memberships, leaders, founders,
 * parent/subsidiary organizations, family. Coherence looks for the article's other entities among them.
 */
const RELATION_PROPERTIES = ['P102', 'P108', 'P463', 'P488', 'P169', 'P1037', 'P112', 'P749', 'P355', 'P127', 'P26', 'P40', 'P22', 'P25', 'P3373', 'P1327'];

function firstTime(entity: WikidataEntity, property: string) {
  for (const st of statementsOf(entity, property)) {
    const date = timeOf(st.mainsnak);
    if (date) return date;
  }
  return undefined;
}

export function toLinkCandidate(hit: WikipediaCandidate | undefined, entity: WikidataEntity | undefined, lang: string): LinkCandidate | null {
  const qid = entity?.id ?? hit?.qid;
  if (!qid) return null;
  const candidate: LinkCandidate = {
    qid,
    aliases: entity ? aliasesOf(entity) : [],
    instanceOf: entity ? itemValues(entity, 'P31') : [],
    sitelinks: entity ? sitelinkCount(entity) : 0,
    linkedIds: entity ? [...new Set(RELATION_PROPERTIES.flatMap((p) => itemValues(entity, p)))] : [],
  };
  if (hit) {
    candidate.title = hit.title;
    candidate.searchRank = hit.rank;
    if (hit.redirectFrom) candidate.redirectFrom = hit.redirectFrom;
    if (hit.disambiguation) candidate.disambiguation = true;
    if (hit.description) candidate.extraText = hit.description;
  }
  if (entity) {
    const label = labelOf(entity, lang);
    if (label) candidate.label = label;
    const description = descriptionOf(entity, lang);
    if (description) candidate.description = description;
    const dates = { born: 'P569', died: 'P570', inception: 'P571', dissolved: 'P576' } as const;
    for (const [key, property] of Object.entries(dates) as Array<[keyof typeof dates, string]>) {
      const date = firstTime(entity, property);
      if (date) candidate[key] = date;
    }
    // An item whose only class is "Wikimedia disambiguation page" is not an entity either.
    if (candidate.instanceOf.includes('Q4167410')) candidate.disambiguation = true;
  } else if (hit?.description) {
    candidate.description = hit.description;
  }
  return candidate;
}
