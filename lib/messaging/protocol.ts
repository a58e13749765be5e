/**
 * The one message contract between Backstory's contexts. Types only.
 * Topology: the background is the hub. The content script and the side panel each talk only to it
 * (docs/architecture.md). Expected failures travel as data (`Result`), never as thrown errors.
 */
import type { ArticleMetadata, ArticleSource, ExtractedArticle } from '../article/types';
import type { EntityRow } from '../entities/summarize';
import type { CardKnowledge } from '../cards/card-knowledge';
import type { CoverageItem, EntityKnowledge, Piece } from '../knowledge/index';
import type { MarkTarget } from '../marks/find-marks';
import type { EntityMemory } from '../memory/history';
import type { HighlightStyle } from '../settings/settings';

/** An expected outcome that is not a success, with a machine-readable reason. */
export type Result<T, E extends string = string> = { ok: true; value: T } | { ok: false; error: E; detail?: string };

/** What Backstory knows about one tab: the side panel renders exactly this. */
export type TabState =
  /** Nothing reported yet: the page is loading, or it is a page content scripts cannot run on. */
  | { kind: 'unknown' }
  /** Backstory is off everywhere, or off for this site. */
  | { kind: 'disabled'; reason: 'off' | 'site'; host: string }
  /** The gate found no article here: nothing was done. */
  | { kind: 'not-article'; url: string }
  /** An article in a language the engine does not read yet: nothing is marked (no wrong marks). */
  | { kind: 'unsupported-language'; url: string; lang: string }
  /** An article was found and its names are being read. */
  | { kind: 'reading'; url: string; title: string | null }
  | {
      kind: 'ready';
      url: string;
      metadata: ArticleMetadata;
      people: EntityRow[];
      organizations: EntityRow[];
      wordCount: number;
      /** The article's frequent words, for scoring link candidates on the device (never sent). */
      contextWords: string[];
    }
  | { kind: 'error'; url: string; message: string };

/** Messages the content script sends to the background: `request` → `response`. */
export interface ContentToBackground {
  /** Command: may Backstory read this page? Asked once per page (and per same-document navigation). */
  'page/may-run': { request: { url: string }; response: Result<{ highlightStyle: HighlightStyle }, 'off' | 'site'> };
  /** Event: the gate passed and extraction started (the panel shows "reading…"). */
  'page/reading': { request: { url: string; title: string | null }; response: Result<null> };
  /**
   * Command: the article, as its serialized body (`source`: the background runs Readability on it, off the page's
   * main thread) or, for very large pages read in slices in the page, as text (`article`). The background finds
   * its names, stores the tab's state, and answers with what the page needs to mark them — or why it will not:
   * Readability found no article body, or the article's language is not supported yet.
   */
  'page/article': {
    request: { url: string; source: ArticleSource } | { url: string; article: ExtractedArticle };
    response: Result<{ targets: MarkTarget[] }, 'extraction-failed' | 'not-article' | 'unsupported-language'>;
  };
  /** Event: this page is not an article (also sent after a same-document navigation away from one). */
  'page/not-article': { request: { url: string }; response: Result<null> };
  /**
   * Command: what the hover card shows for one entity of this tab's article. `lookup: 'if-automatic'` (a hover)
   * asks the knowledge sources only when the reader's setting is automatic; otherwise the answer carries what is
   * known on the device — the article, the reading history, and the answer of an earlier lookup if the knowledge
   * cache still holds it (read as it is, not refreshed) — else `knowledge: {status: 'on-demand'}`, and nothing
   * leaves the device. `lookup: 'now'` is the reader pressing the card's "Look up" button: the lookup runs
   * whatever the setting.
   */
  'entity/card': { request: { entityId: string; lookup: CardLookup }; response: Result<EntityCardData, 'not-found'> };
  /** Command: open the side panel on this tab (from the card's button, a user gesture). */
  'panel/open': { request: { entityId: string | null }; response: Result<null, 'needs-toolbar'> };
}

/** When a card request may go to the knowledge sources: per the reader's setting, or now (the reader asked). */
export type CardLookup = 'if-automatic' | 'now';
export const CARD_LOOKUPS: readonly CardLookup[] = ['if-automatic', 'now'];

/** What a hover card shows. Knowledge (description, timeline, coverage) joins it in the knowledge layer. */
export interface EntityCardData {
  id: string;
  name: string;
  type: 'PER' | 'ORG';
  role: string | null;
  /** Mentions in this article. */
  mentions: number;
  salience: number;
  /** The article's publication date (ISO, as found), for "as of this article". */
  articleDate: string | null;
  /**
   * From Wikipedia, Wikidata and GDELT, looked up when the card was asked for; `{status: 'on-demand'}` when the
   * reader looks names up only on request and has not asked yet (nothing was sent).
   */
  knowledge: CardKnowledge;
  /** What the reader read about it before (reading history, on the device). */
  memory: EntityMemory;
  /**
   * True when `knowledge` was read from the device's cache only (on-demand mode, not asked) and part of it is
   * missing or out of date: the card offers "Look up" under it. Also true for `{status: 'on-demand'}`.
   */
  canLookUp: boolean;
}

/** Messages the side panel sends to the background. */
export interface SidepanelToBackground {
  /** Command: the current state of a tab. */
  'panel/get-tab-state': { request: { tabId: number }; response: Result<TabState, 'no-such-tab'> };
  /**
   * Command: everything known about one entity of a tab's article (looked up now, from cache when fresh), asked
   * like a card: `lookup: 'if-automatic'` on selecting it, `'now'` when the reader presses "Look up". In on-demand
   * mode `if-automatic` reads the device's knowledge cache only (nothing is sent): an earlier lookup's answer, its
   * missing pieces `not-cached`, or the refusal `on-demand` when nothing about the name is on the device.
   * `quick: true` answers without waiting for related coverage (GDELT allows one request every 5 s, so its queue
   * can hold an answer for half a minute): its pieces are `pending`, and the panel asks again without `quick`.
   */
  'panel/entity-details': { request: { tabId: number; entityId: string; lookup: CardLookup; quick?: boolean }; response: Result<EntityKnowledge, 'not-found' | 'on-demand'> };
  /**
   * Command: other outlets' coverage of this story (the article's top entities together); asked like the details.
   * `lookup: 'if-automatic'` (the default) in on-demand mode answers from the device only: the cached list, or
   * `on-demand` when there is none; `now` is the reader's "Find other coverage".
   */
  'panel/story-coverage': { request: { tabId: number; lookup?: CardLookup }; response: Result<Piece<CoverageItem[]>, 'not-found' | 'on-demand'> };
  /** Command: the reader's correction of an entity's match (qid null: "none of these"); remembered. */
  'panel/correct-link': { request: { tabId: number; entityId: string; qid: string | null }; response: Result<EntityKnowledge, 'not-found'> };
  /**
   * Command: a short preview (Wikipedia description and free thumbnail) of the article's most salient entities,
   * for the panel's list. Sent when the reader opens the panel: that is asking (Wikipedia and Wikidata only).
   * Refused with `on-demand` (nothing sent) when the reader looks names up only on request.
   */
  'panel/entity-previews': { request: { tabId: number }; response: Result<EntityPreview[], 'not-found' | 'on-demand'> };
  /** Command: what the reader read before about an entity of the tab's article. */
  'panel/entity-memory': { request: { tabId: number; entityId: string }; response: Result<EntityMemory, 'not-found'> };
  /** Command (options page): the reading history as an export file (JSON text). */
  'options/history-export': { request: Record<string, never>; response: Result<string, 'failed'> };
  /** Command (options page): adds the records of an export file; every record is checked first. */
  'options/history-import': { request: { text: string }; response: Result<{ count: number }, 'invalid'> };
  /** Command (options page): deletes the whole reading history. */
  'options/history-clear': { request: Record<string, never>; response: Result<null, 'failed'> };
  /** Command (options page): deletes the history of one site (and its subdomains). */
  'options/history-forget-site': { request: { site: string }; response: Result<{ count: number }, 'invalid'> };
  /** Command (options page): delete every cached answer of the knowledge sources and the reader's corrections. */
  'options/clear-cache': { request: Record<string, never>; response: Result<null, 'failed'> };
  /** Command: scroll the tab's article to an entity's first mention and flash it. */
  'panel/reveal': { request: { tabId: number; entityId: string }; response: Result<null, 'not-marked' | 'no-such-tab'> };
}

/** One line of the panel's list, from Wikipedia: who this is, at a glance. */
export interface EntityPreview {
  entityId: string;
  status: 'linked' | 'ambiguous' | 'not-found' | 'error';
  description: string | null;
  thumbnail: string | null;
}

/** Commands the background sends to one tab's content script. */
export interface BackgroundToContent {
  /** Backstory was switched off for this page: remove the marks and every listener. */
  'page/stop': { request: Record<string, never>; response: void };
  /** Backstory was switched back on for this page: read it again. */
  'page/reread': { request: Record<string, never>; response: void };
  /** The reader chose another highlight style: re-mark with it. */
  'page/restyle': { request: { highlightStyle: HighlightStyle }; response: void };
  /** The reader picked an entity in the panel: scroll to its first mention and flash it. */
  'page/reveal': { request: { entityId: string }; response: Result<null, 'not-marked'> };
}

/** Events the background broadcasts to extension pages (the side panel). */
export interface BackgroundToSidepanel {
  /** Event: a tab's state changed. */
  'tab/state-changed': { request: { tabId: number; state: TabState }; response: void };
}

/**
 * Commands the background sends to its offscreen document (Chrome only: a service worker has no DOM parser;
 * Firefox's background page parses in place). entrypoints/offscreen.
 */
export interface BackgroundToOffscreen {
  /** Command: Readability on the serialized article, in the offscreen document's inert DOM. */
  'offscreen/read-article': { request: { source: ArticleSource }; response: Result<ExtractedArticle, 'not-article'> };
}

/** Every message the background accepts, keyed by type. */
export type ToBackground = ContentToBackground & SidepanelToBackground;

/** The envelope every message travels in. */
export interface Envelope<Map, K extends keyof Map> {
  type: K;
  payload: Map[K] extends { request: infer R } ? R : never;
}

export type RequestOf<Map, K extends keyof Map> = Map[K] extends { request: infer R } ? R : never;
export type ResponseOf<Map, K extends keyof Map> = Map[K] extends { response: infer R } ? R : never;

/** Which context may send each message: the background refuses a message from any other sender. */
export const MESSAGE_SENDERS: { readonly [K in keyof ToBackground]: 'content' | 'extension-page' } = {
  'entity/card': 'content',
  'panel/open': 'content',
  'page/may-run': 'content',
  'page/reading': 'content',
  'page/article': 'content',
  'page/not-article': 'content',
  'panel/get-tab-state': 'extension-page',
  'panel/reveal': 'extension-page',
  'panel/entity-details': 'extension-page',
  'panel/story-coverage': 'extension-page',
  'panel/correct-link': 'extension-page',
  'options/clear-cache': 'extension-page',
  'panel/entity-memory': 'extension-page',
  'panel/entity-previews': 'extension-page',
  'options/history-export': 'extension-page',
  'options/history-import': 'extension-page',
  'options/history-clear': 'extension-page',
  'options/history-forget-site': 'extension-page',
};
