import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMetadata } from '../../lib/article/types';

export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');

/** The URL every corpus page is loaded at when it declares none (see test/fixtures/pages/README.md). */
export const fixtureUrl = (slug: string): string => `https://fixtures.backstory.test/${slug}/`;

/** expected.json of one corpus page. */
export interface ExpectedPage {
  isArticle: boolean;
  metadata: ArticleMetadata | null;
  people: string[];
  organizations: string[];
  mustNotInclude: string[];
}

export interface CorpusPage {
  slug: string;
  html: string;
  expected: ExpectedPage;
}

/** Every folder of test/fixtures/pages that has a source.html and an expected.json. */
export function loadCorpus(): CorpusPage[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(PAGES_DIR, entry.name, 'expected.json')))
    .map((entry) => ({
      slug: entry.name,
      html: readFileSync(join(PAGES_DIR, entry.name, 'source.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(PAGES_DIR, entry.name, 'expected.json'), 'utf8')) as ExpectedPage,
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Parses a page the way a browser would, without running its scripts. */
export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
