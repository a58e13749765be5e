import type { Entity, EntityExtraction } from './types';

/** One line of the entity list: what the side panel and `npm run analyze` show. */
export interface EntitySummary {
  name: string;
  mentions: number;
  salience: number;
}

/** Splits ranked entities into people and organizations, most salient first. */
export function summarize(extraction: Pick<EntityExtraction, 'entities'>): { people: EntitySummary[]; organizations: EntitySummary[] } {
  const line = (entity: Entity): EntitySummary => ({
    name: entity.name,
    mentions: entity.mentions.length,
    salience: entity.salience,
  });
  return {
    people: extraction.entities.filter((entity) => entity.type === 'PER').map(line),
    organizations: extraction.entities.filter((entity) => entity.type === 'ORG').map(line),
  };
}
