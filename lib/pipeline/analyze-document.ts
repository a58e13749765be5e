import { assessArticle } from '../article/is-probably-article';
import { extractArticle } from '../article/extract-article';
import type { ArticleMetadata } from '../article/types';
import { extractEntities } from '../entities/extract-entities';
import type { Tagger } from '../entities/tagger';
import { summarize, type EntitySummary } from '../entities/summarize';
export type { EntitySummary };

/** The JSON `npm run analyze -- --json` prints (documented in the README). */
export interface DocumentAnalysis {
  isArticle: boolean;
  metadata: ArticleMetadata | null;
  people: EntitySummary[];
  organizations: EntitySummary[];
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
