import { assessArticle } from '../article/is-probably-article';
import { extractArticle } from '../article/extract-article';
import type { ArticleMetadata } from '../article/types';
import { extractEntities } from '../entities/extract-entities';
import type { Tagger } from '../entities/tagger';
import type { Entity, EntityExtraction } from '../entities/types';

/** One line of the entity list: what the side panel and `npm run analyze` show. */
export interface EntitySummary {
  name: string;
  mentions: number;
  salience: number;
}

/** The JSON `npm run analyze -- --json` prints (documented in the README). */
export interface DocumentAnalysis {
  isArticle: boolean;
  metadata: ArticleMetadata | null;
  people: EntitySummary[];
  organizations: EntitySummary[];
}

/** Splits ranked entities into people and organizations, most salient first. */
export function summarize(extraction: Pick<EntityExtraction, 'entities'>): Pick<DocumentAnalysis, 'people' | 'organizations'> {
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

/**
 * The whole pipeline on one document, as the extension runs it across its contexts
 * (gate and extraction in the page, entities in the background): for the CLI and the page corpus.
 */
export function analyzeDocument(doc: Document, documentUrl: string | null, tagger?: Tagger): DocumentAnalysis {
  const empty: DocumentAnalysis = { isArticle: false, metadata: null, people: [], organizations: [] };
  if (!assessArticle(doc).isArticle) return empty;
  const article = extractArticle(doc, documentUrl);
  if (!article) return empty;
  return {
    isArticle: true,
    metadata: article.metadata,
    ...summarize(extractEntities(article.text, article.metadata, tagger)),
  };
}
