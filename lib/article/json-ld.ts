/** A parsed JSON-LD node: an object with string keys, values of any JSON shape. */
export type JsonLdNode = Record<string, unknown>;

/**
 * schema.org types that mark a page as an article (CreativeWork > Article and its news subtypes).
 * https://schema.org/Article — "More specific Types" lists the rest.
 */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicQuestionNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
]);

/**
 * Every top-level JSON-LD node of the document: each `<script type="application/ld+json">` may hold an object,
 * an array, or an `@graph`. Broken JSON is skipped (common in the wild: trailing commas, CMS template bugs).
 * Nodes nested inside an ItemList are not returned: a list of teasers is not the page's own article.
 */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    collect(parsed, nodes);
  }
  return nodes;
}

function collect(value: unknown, into: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
    return;
  }
  if (!isNode(value)) return;
  if (Array.isArray(value['@graph'])) collect(value['@graph'], into);
  if (value['@type'] !== undefined) into.push(value);
}

export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `@type` of a node as a list ("@type": ["NewsArticle", "Article"] is allowed). */
export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((item): item is string => typeof item === 'string').map((item) => item.replace(/^https?:\/\/schema\.org\//, ''));
}

/** The page's own article node: the first node whose type is an article type. */
export function findArticleNode(nodes: readonly JsonLdNode[]): JsonLdNode | undefined {
  return nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));
}

/**
 * Replaces a bare reference (`{"@id": "#org"}`, common in Yoast-style @graph markup) by the node it points
 * to, when the document has one; other values are returned as they are.
 */
export function dereference(value: unknown, nodes: readonly JsonLdNode[]): unknown {
  if (Array.isArray(value)) return value.map((item) => dereference(item, nodes));
  if (!isNode(value) || typeof value['@id'] !== 'string' || value['name'] !== undefined) return value;
  return nodes.find((node) => node['@id'] === value['@id'] && node !== value) ?? value;
}

/** A string property, or the `name` / `@id` / `url` of an object property. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return textOf(value[0]);
  if (isNode(value)) return textOf(value['name'] ?? value['@id'] ?? value['url']);
  return null;
}

/** Names of one or many authors (strings or Person/Organization objects), in page order, without duplicates. */
export function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .map((item) => (typeof item === 'string' ? item.trim() : isNode(item) ? textOf(item['name']) : null))
    .filter((name): name is string => Boolean(name));
  return [...new Set(names)];
}
