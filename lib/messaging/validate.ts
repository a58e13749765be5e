import { isNullableString, isRecord, isString } from '../util/guards';
import type { ArticleSource } from '../article/types';
import { CARD_LOOKUPS, MESSAGE_SENDERS, type Envelope, type ToBackground } from './protocol';

type Check = (payload: Record<string, unknown>) => boolean;


/** Metadata keys the content script must send, each a string or null. */
const METADATA_KEYS = ['title', 'byline', 'siteName', 'publishedTime', 'modifiedTime', 'lang', 'url'] as const;
/** An import file larger than this is refused: about 20,000 remembered articles. */
export const MAX_IMPORT_CHARS = 20_000_000;
/** An article text larger than this is refused: ten times the longest news features (≈ 20,000 words). */
export const MAX_ARTICLE_CHARS = 1_500_000;
/**
 * A serialized page body larger than this is refused (the content script does not send it): news pages carry
 * inline scripts and SVG, and weigh 0.2–3 MB of HTML; 16 MB is a page no reader-mode parser should take on.
 */
export const MAX_SOURCE_CHARS = 16_000_000;
/** More head meta tags than this is not a news page's head. */
export const MAX_SOURCE_METAS = 500;

function isMetadata(value: unknown): boolean {
  return isRecord(value) && METADATA_KEYS.every((key) => isNullableString(value[key]));
}

/** The shape of an ArticleSource (lib/article/types.ts), within the size limits. */
export function isArticleSource(source: unknown): source is ArticleSource {
  if (!isRecord(source)) return false;
  const metas = source['metas'];
  return (
    isMetadata(source['metadata']) &&
    isString(source['title']) &&
    isNullableString(source['lang']) &&
    isString(source['bodyHtml']) &&
    source['bodyHtml'].length <= MAX_SOURCE_CHARS &&
    Array.isArray(metas) &&
    metas.length <= MAX_SOURCE_METAS &&
    metas.every((meta) => isRecord(meta) && (meta['attribute'] === 'name' || meta['attribute'] === 'property') && isString(meta['key']) && isString(meta['content']))
  );
}

const CHECKS: { readonly [K in keyof ToBackground]: Check } = {
  'page/may-run': (payload) => isString(payload['url']),
  'page/reading': (payload) => isString(payload['url']) && isNullableString(payload['title']),
  'page/article': (payload) => {
    if (!isString(payload['url'])) return false;
    if (payload['source'] !== undefined) return isArticleSource(payload['source']);
    const article = payload['article'];
    return isRecord(article) && isMetadata(article['metadata']) && isString(article['text']) && article['text'].length <= MAX_ARTICLE_CHARS && typeof article['wordCount'] === 'number';
  },
  'page/not-article': (payload) => isString(payload['url']),
  'panel/get-tab-state': (payload) => Number.isInteger(payload['tabId']),
  'options/clear-cache': () => true,
  'panel/entity-previews': (payload) => Number.isInteger(payload['tabId']),
  'panel/entity-memory': (payload) => Number.isInteger(payload['tabId']) && isString(payload['entityId']),
  'options/history-export': () => true,
  'options/history-import': (payload) => isString(payload['text']) && payload['text'].length <= MAX_IMPORT_CHARS,
  'options/history-clear': () => true,
  'options/history-forget-site': (payload) => isString(payload['site']),
  'panel/reveal': (payload) => Number.isInteger(payload['tabId']) && isString(payload['entityId']),
  'panel/entity-details': (payload) =>
    Number.isInteger(payload['tabId']) &&
    isString(payload['entityId']) &&
    (CARD_LOOKUPS as readonly unknown[]).includes(payload['lookup']) &&
    (payload['quick'] === undefined || typeof payload['quick'] === 'boolean'),
  'panel/story-coverage': (payload) =>
    Number.isInteger(payload['tabId']) && (payload['lookup'] === undefined || (CARD_LOOKUPS as readonly unknown[]).includes(payload['lookup'])),
  'panel/correct-link': (payload) =>
    Number.isInteger(payload['tabId']) && isString(payload['entityId']) && (payload['qid'] === null || (isString(payload['qid']) && /^Q\d+$/.test(payload['qid']))),
  'entity/card': (payload) => isString(payload['entityId']) && (CARD_LOOKUPS as readonly unknown[]).includes(payload['lookup']),
  'panel/open': (payload) => isNullableString(payload['entityId']),
};

/**
 * Checks that an unknown value is a well-formed message to the background. Messages come from content
 * scripts running in hostile pages, so nothing is trusted by its type alone.
 */
export function parseEnvelope(value: unknown): Envelope<ToBackground, keyof ToBackground> | null {
  if (!isRecord(value) || !isString(value['type']) || !isRecord(value['payload'])) return null;
  const type = value['type'];
  if (!Object.hasOwn(CHECKS, type)) return null;
  const check = CHECKS[type as keyof ToBackground];
  return check(value['payload']) ? (value as unknown as Envelope<ToBackground, keyof ToBackground>) : null;
}

/** Who sent a message, reduced to what the sender check needs (from runtime.MessageSender). */
export interface SenderInfo {
  /** The sending extension's id. */
  id?: string;
  /** Set for content scripts (and for extension pages opened in a tab). */
  tabId?: number;
  /** The sending document's URL. */
  url?: string;
}

/** True when `sender` is allowed to send `type`: our own extension, from the right kind of context. */
export function isAllowedSender(type: keyof ToBackground, sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  if (sender.id !== ownId) return false;
  const fromExtensionPage = sender.url?.startsWith(ownOrigin) ?? false;
  return MESSAGE_SENDERS[type] === 'content' ? sender.tabId !== undefined && !fromExtensionPage : fromExtensionPage;
}
