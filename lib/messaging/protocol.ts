/**
 * The one message contract between Backstory's contexts. Types only.
 * Topology: the background is the hub. The content script and the side panel each talk only to it
 * (docs/architecture.md). Expected failures travel as data (`Result`), never as thrown errors.
 */
import type { ArticleMetadata, ExtractedArticle } from '../article/types';
import type { EntitySummary } from '../entities/summarize';

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
  /** An article was found and its names are being read. */
  | { kind: 'reading'; url: string; title: string | null }
  | {
      kind: 'ready';
      url: string;
      metadata: ArticleMetadata;
      people: EntitySummary[];
      organizations: EntitySummary[];
      wordCount: number;
    }
  | { kind: 'error'; url: string; message: string };

/** Messages the content script sends to the background: `request` → `response`. */
export interface ContentToBackground {
  /** Command: may Backstory read this page? Asked once per page (and per same-document navigation). */
  'page/may-run': { request: { url: string }; response: Result<null, 'off' | 'site'> };
  /** Event: the gate passed and extraction started (the panel shows "reading…"). */
  'page/reading': { request: { url: string; title: string | null }; response: Result<null> };
  /** Command: the extracted article; the background finds its names and stores the tab's state. */
  'page/article': { request: { url: string; article: ExtractedArticle }; response: Result<{ entities: number }, 'extraction-failed'> };
  /** Event: this page is not an article (also sent after a same-document navigation away from one). */
  'page/not-article': { request: { url: string }; response: Result<null> };
}

/** Messages the side panel sends to the background. */
export interface SidepanelToBackground {
  /** Command: the current state of a tab. */
  'panel/get-tab-state': { request: { tabId: number }; response: Result<TabState, 'no-such-tab'> };
}

/** Events the background broadcasts to extension pages (the side panel). */
export interface BackgroundToSidepanel {
  /** Event: a tab's state changed. */
  'tab/state-changed': { request: { tabId: number; state: TabState }; response: void };
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
  'page/may-run': 'content',
  'page/reading': 'content',
  'page/article': 'content',
  'page/not-article': 'content',
  'panel/get-tab-state': 'extension-page',
};
