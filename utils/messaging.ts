import { browser, type Browser } from 'wxt/browser';
import type {
  BackgroundToContent,
  BackgroundToSidepanel,
  RequestOf,
  ResponseOf,
  ToBackground,
} from '../lib/messaging/protocol';
import { isAllowedSender, parseEnvelope } from '../lib/messaging/validate';

/** Sends a message to the background and resolves with its typed response. */
export async function sendToBackground<K extends keyof ToBackground>(
  type: K,
  payload: RequestOf<ToBackground, K>,
): Promise<ResponseOf<ToBackground, K>> {
  return (await browser.runtime.sendMessage({ type, payload })) as ResponseOf<ToBackground, K>;
}

/** The background's handler table: one function per message it accepts. */
export type BackgroundHandlers = {
  [K in keyof ToBackground]: (
    payload: RequestOf<ToBackground, K>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<ResponseOf<ToBackground, K>>;
};

/**
 * Registers the background's handlers. Every message is shape-checked and sender-checked first; an invalid
 * or foreign message is ignored (undefined response), never handled.
 */
export function listenInBackground(handlers: BackgroundHandlers): () => void {
  const ownOrigin = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    const envelope = parseEnvelope(message);
    if (!envelope) return undefined;
    const info = { id: sender.id, tabId: sender.tab?.id, url: sender.url };
    if (!isAllowedSender(envelope.type, info, browser.runtime.id, ownOrigin)) return undefined;
    const handler = handlers[envelope.type] as (payload: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;
    return handler(envelope.payload, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Broadcasts an event to extension pages (the side panel). Nobody listening is not an error. */
export async function broadcastToPages<K extends keyof BackgroundToSidepanel>(
  type: K,
  payload: RequestOf<BackgroundToSidepanel, K>,
): Promise<void> {
  await browser.runtime.sendMessage({ type, payload }).catch(() => undefined);
}

/** Subscribes an extension page to background events of one type; returns the unsubscribe function. */
export function onBackgroundEvent<K extends keyof BackgroundToSidepanel>(
  type: K,
  callback: (payload: RequestOf<BackgroundToSidepanel, K>) => void,
): () => void {
  const listener = (message: unknown): undefined => {
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type) {
      callback((message as { payload: RequestOf<BackgroundToSidepanel, K> }).payload);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Sends a command to one tab's content script. Rejects when no content script listens there. */
export async function sendToTab<K extends keyof BackgroundToContent>(
  tabId: number,
  type: K,
  payload: RequestOf<BackgroundToContent, K>,
): Promise<ResponseOf<BackgroundToContent, K>> {
  return (await browser.tabs.sendMessage(tabId, { type, payload })) as ResponseOf<BackgroundToContent, K>;
}

/** The content script's handlers for the background's commands. */
export type ContentHandlers = {
  [K in keyof BackgroundToContent]: (payload: RequestOf<BackgroundToContent, K>) => Promise<ResponseOf<BackgroundToContent, K>>;
};

/**
 * Registers the content script's handlers. Only the background may command a page: a message from another
 * tab or frame (sender.tab set) or another extension is ignored.
 */
export function listenInContent(handlers: ContentHandlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type) || typeof payload !== 'object' || payload === null) return undefined;
    const handler = handlers[type as keyof ContentHandlers] as (payload: unknown) => Promise<unknown>;
    return handler(payload);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
