import type { Entity, EntityExtraction, EntityType } from './types';

/** One line of the entity list, as `npm run analyze` prints it (the README documents this shape). */
export interface EntitySummary {
  name: string;
  mentions: number;
  salience: number;
}

/** One line of the entity list as the extension passes it around: the summary plus id, type and role. */
export interface EntityRow extends EntitySummary {
  id: string;
  type: EntityType;
  role?: string;
}

/** Entities as rows, split into people and organizations, most salient first. */
export function toRows(extraction: Pick<EntityExtraction, 'entities'>): { people: EntityRow[]; organizations: EntityRow[] } {
  const row = (entity: Entity): EntityRow => ({
    id: entity.id,
    type: entity.type,
    name: entity.name,
    mentions: entity.mentions.length,
    salience: entity.salience,
    ...(entity.role ? { role: entity.role } : {}),
  });
  return {
    people: extraction.entities.filter((entity) => entity.type === 'PER').map(row),
    organizations: extraction.entities.filter((entity) => entity.type === 'ORG').map(row),
  };
}

/** The documented summary: name, mention count and salience only. */
export function summarize(extraction: Pick<EntityExtraction, 'entities'>): { people: EntitySummary[]; organizations: EntitySummary[] } {
  const strip = ({ name, mentions, salience }: EntityRow): EntitySummary => ({ name, mentions, salience });
  const { people, organizations } = toRows(extraction);
  return { people: people.map(strip), organizations: organizations.map(strip) };
}
