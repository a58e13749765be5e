/**
 * Article metadata, normalized from JSON-LD, Open Graph and meta tags.
 * Precedence is documented in docs/article-detection.md; every field is null when no source gives it.
 */
export interface ArticleMetadata {
  /** Headline. */
  title: string | null;
  /** Authors joined with ", " (as Readability's `byline`). */
  byline: string | null;
  /** Publisher or site name ("The Times of Israel"). */
  siteName: string | null;
  /** ISO 8601 as found in the page (not re-serialized, so time zones survive). */
  publishedTime: string | null;
  modifiedTime: string | null;
  /** BCP 47 language tag, lower-cased primary subtag ("en", "en-gb"). */
  lang: string | null;
  /** Canonical URL when the page declares one, else the document URL. */
  url: string | null;
}

/** The text and metadata of an article, ready for entity extraction. */
export interface ExtractedArticle {
  metadata: ArticleMetadata;
  /** Plain text of the article body (Readability's textContent, whitespace-normalized per paragraph). */
  text: string;
  /** Word count of `text`. */
  wordCount: number;
}

/**
 * An article page as the content script sends it to be extracted away from the page's main thread: its
 * metadata (read in the page), and what Readability reads: the body as HTML, the title, the language and the
 * head's meta tags. Built by `articleSource`, turned back into a disposable document by `articleFromSource`.
 */
export interface ArticleSource {
  metadata: ArticleMetadata;
  /** document.title. */
  title: string;
  /** <html lang>, when set. */
  lang: string | null;
  /** The head's <meta name|property content> tags (Readability reads the description, author and site name). */
  metas: Array<{ attribute: 'name' | 'property'; key: string; content: string }>;
  /** document.body.outerHTML. */
  bodyHtml: string;
}
