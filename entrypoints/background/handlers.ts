import type { Browser } from 'wxt/browser';
import { articleLanguage, isSupportedLanguage } from '../../lib/article/language';
import { extractEntities } from '../../lib/entities/extract-entities';
import type { Entity } from '../../lib/entities/types';
import type { MarkTarget } from '../../lib/marks/find-marks';
import type { TabState } from '../../lib/messaging/protocol';
import { cardKnowledge, type CardKnowledge } from '../../lib/cards/card-knowledge';
import { contextWords } from '../../lib/entities/context-words';
import { toRows } from '../../lib/entities/summarize';
import { mayLookUp, refusal, siteOf, type Settings } from '../../lib/settings/settings';
import { broadcastToPages, sendToTab, type BackgroundHandlers } from '../../utils/messaging';
import { historyHandlers } from './history-handlers';
import { bySalience, clearKnowledge, knowledgeFor, lookupArgs, lookupForCard, previewsFor } from './knowledge';
import { fail, partlyOnDevice, type EntityKnowledge, type EntityRef, type LookupContext } from '../../lib/knowledge/index';
import { memoryOf, rememberRead } from './memory';
import { openPanel } from './panel-opener';
import { prepareReader, readArticle } from './read-article';
import { settingsItem } from '../../utils/settings';
import { getTabState, setTabState } from '../../utils/tab-states';

/** The last publication of each tab, which the next one waits for. */
const publishing = new Map<number, Promise<void>>();

/** Stores a tab's new state and tells any open side panel. */
export function publish(tabId: number, state: TabState): Promise<void> {
  // One queue per tab: states are stored and announced in the order they were published, even when an earlier
  // message's handler is still awaiting ("reading…" must never overwrite the list that followed it).
  const previous = publishing.get(tabId) ?? Promise.resolve();
  const next = previous.then(async () => {
    await setTabState(tabId, state);
    await broadcastToPages('tab/state-changed', { tabId, state });
  });
  publishing.set(tabId, next.catch(() => undefined));
  return next;
}

/** An entity as the page marks it: every surface form the article used for it. */
const markTarget = (entity: Entity): MarkTarget => ({
  entityId: entity.id,
  type: entity.type,
  name: entity.name,
  forms: [...new Set(entity.mentions.map((mention) => mention.text))],
});

/**
 * The sources the panel may use, from the options page: GDELT related coverage, and Google News with it. (Hover cards
 * pass only `coverage`: they never ask Google.)
 */
const panelSources = ({ coverage, googleNews }: Settings): { coverage: boolean; googleNews: boolean } => ({ coverage, googleNews });

/** The story's coverage is searched with its three most salient entities together. */
const STORY_ENTITIES = 3;

/** A tab's article state and one of its entities with its lookup arguments, or null when either is missing. */
async function readyEntity(tabId: number, entityId: string) {
  const state = await getTabState(tabId);
  const args = state.kind === 'ready' ? lookupArgs(state, entityId) : null;
  return state.kind === 'ready' && args ? { state, ...args } : null;
}

/**
 * Runs a step of the article's processing and records it as a User Timing measure of the background's timeline,
 * visible to `npm run bench` (it reads the service worker's measures) and to the browser's profiler.
 */
async function timed<T>(name: string, work: () => Promise<T>, detail?: Record<string, unknown>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(name, { start, end: performance.now(), detail });
  }
}

/**
 * What the knowledge cache holds about an entity from an earlier lookup, read without sending anything (on-demand
 * mode, not asked); null when nothing about the name is on the device.
 */
async function onDevice(lang: string | null, args: { entity: EntityRef; context: LookupContext }, sources: { coverage: boolean; googleNews?: boolean }): Promise<EntityKnowledge | null> {
  const found = await (await knowledgeFor(lang, sources)).lookupEntity(args.entity, args.context, { network: false });
  return !found.link.ok && found.link.error === 'not-cached' ? null : found;
}

/** The content script's tab (the sender check guarantees it exists for content messages). */
const tabOf = (sender: Browser.runtime.MessageSender): number => sender.tab?.id ?? -1;

/** The background's answers to every message of the contract (lib/messaging/protocol.ts). */
export const handlers: BackgroundHandlers = {
  async 'page/may-run'({ url }, sender) {
    const settings = await settingsItem.getValue();
    const reason = refusal(url, settings);
    if (reason === null) return { ok: true, value: { highlightStyle: settings.highlightStyle } };
    await publish(tabOf(sender), { kind: 'disabled', reason, host: siteOf(url) ?? url });
    return { ok: false, error: reason };
  },

  async 'page/reading'({ url, title }, sender) {
    prepareReader();
    await publish(tabOf(sender), { kind: 'reading', url, title });
    return { ok: true, value: null };
  },

  async 'page/article'(payload, sender) {
    const { url } = payload;
    const tabId = tabOf(sender);
    try {
      const article = 'article' in payload ? payload.article : await timed('backstory:read-article', () => readArticle(payload.source));
      if (!article) {
        await publish(tabId, { kind: 'not-article', url });
        return { ok: false, error: 'not-article' };
      }
      const lang = articleLanguage(article.metadata.lang, article.text);
      if (!isSupportedLanguage(lang)) {
        await publish(tabId, { kind: 'unsupported-language', url, lang });
        return { ok: false, error: 'unsupported-language' };
      }
      const extraction = await timed('backstory:entities', async () => extractEntities(article.text, article.metadata), { words: article.wordCount });
      const { people, organizations } = toRows(extraction);
      const state = {
        kind: 'ready' as const,
        url,
        metadata: article.metadata,
        people,
        organizations,
        wordCount: article.wordCount,
        contextWords: contextWords(article.text),
      };
      // The page waits for this answer to mark the names: the tab state (for the panel and the cards, which read it
      // at the earliest a hover delay later) and the history are written after, not before. publish() keeps the
      // tab's states in order on its own queue.
      void publish(tabId, state).catch(() => undefined);
      void rememberRead(state, sender.tab).catch(() => undefined);
      return { ok: true, value: { targets: extraction.entities.map(markTarget) } };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await publish(tabId, { kind: 'error', url, message });
      return { ok: false, error: 'extraction-failed', detail: message };
    }
  },

  async 'page/not-article'({ url }, sender) {
    await publish(tabOf(sender), { kind: 'not-article', url });
    return { ok: true, value: null };
  },

  async 'panel/get-tab-state'({ tabId }) {
    return { ok: true, value: await getTabState(tabId) };
  },

  async 'panel/reveal'({ tabId, entityId }) {
    const answer = await sendToTab(tabId, 'page/reveal', { entityId }).catch(() => undefined);
    return answer ?? { ok: false, error: 'no-such-tab' };
  },

  async 'entity/card'({ entityId, lookup }, sender) {
    // The page may ask the moment its names are marked (the keyboard path), before the state it was answered
    // with is stored: wait for the tab's pending publication.
    await publishing.get(tabOf(sender));
    const state = await getTabState(tabOf(sender));
    if (state.kind !== 'ready') return { ok: false, error: 'not-found' };
    const row = [...state.people, ...state.organizations].find((entity) => entity.id === entityId);
    const args = lookupArgs(state, entityId);
    if (!row || !args) return { ok: false, error: 'not-found' };
    const settings = await settingsItem.getValue();
    // On demand: a hover answers with what is on the device (the article, the reading history, an earlier lookup's
    // answer in the knowledge cache) and sends nothing.
    const asked = mayLookUp(settings.lookups, lookup === 'now');
    const knowledge: Promise<{ card: CardKnowledge; canLookUp: boolean }> = asked
      ? lookupForCard(state.metadata.lang, args.entity, args.context, { coverage: settings.coverage }).then((found) => ({ card: cardKnowledge(found, state.metadata.publishedTime), canLookUp: false }))
      : onDevice(state.metadata.lang, args, { coverage: settings.coverage }).then((found) =>
          found ? { card: cardKnowledge(found, state.metadata.publishedTime), canLookUp: partlyOnDevice(found) } : { card: { status: 'on-demand' }, canLookUp: true },
        );
    const [{ card, canLookUp }, memory] = await Promise.all([knowledge, memoryOf(state, entityId)]);
    return {
      ok: true,
      value: {
        id: row.id,
        name: row.name,
        type: row.type,
        role: row.role ?? null,
        mentions: row.mentions,
        salience: row.salience,
        articleDate: state.metadata.publishedTime,
        knowledge: card,
        memory,
        canLookUp,
      },
    };
  },

  async 'panel/entity-details'({ tabId, entityId, lookup, quick }) {
    const found = await readyEntity(tabId, entityId);
    if (!found) return { ok: false, error: 'not-found' };
    const settings = await settingsItem.getValue();
    if (!mayLookUp(settings.lookups, lookup === 'now')) {
      const cached = await onDevice(found.state.metadata.lang, found, panelSources(settings));
      return cached ? { ok: true, value: cached } : { ok: false, error: 'on-demand' };
    }
    if (quick && settings.coverage) {
      // Wikipedia and Wikidata now; related coverage (queued behind GDELT's 5 s spacing) in the panel's second ask.
      const knowledge = await (await knowledgeFor(found.state.metadata.lang, { coverage: false })).lookupEntity(found.entity, found.context);
      return { ok: true, value: { ...knowledge, coverage: fail('pending'), volume: fail('pending') } };
    }
    // The panel's details are where Google News joins related coverage (when switched on); hover cards never ask it.
    const service = await knowledgeFor(found.state.metadata.lang, panelSources(settings));
    return { ok: true, value: await service.lookupEntity(found.entity, found.context) };
  },

  async 'panel/entity-previews'({ tabId }) {
    const state = await getTabState(tabId);
    if (state.kind !== 'ready') return { ok: false, error: 'not-found' };
    // Previews are automatic by nature: the reader who looks names up on request gets none (nothing is sent).
    if (!mayLookUp((await settingsItem.getValue()).lookups, false)) return { ok: false, error: 'on-demand' };
    return { ok: true, value: await previewsFor(state) };
  },

  async 'panel/entity-memory'({ tabId, entityId }) {
    const state = await getTabState(tabId);
    if (state.kind !== 'ready') return { ok: false, error: 'not-found' };
    return { ok: true, value: await memoryOf(state, entityId) };
  },

  ...historyHandlers,

  async 'options/clear-cache'() {
    return (await clearKnowledge()) ? { ok: true, value: null } : { ok: false, error: 'failed' };
  },

  async 'panel/story-coverage'({ tabId, lookup = 'if-automatic' }) {
    const state = await getTabState(tabId);
    if (state.kind !== 'ready') return { ok: false, error: 'not-found' };
    const top = bySalience(state).slice(0, STORY_ENTITIES);
    const settings = await settingsItem.getValue();
    const service = await knowledgeFor(state.metadata.lang, panelSources(settings));
    // On demand and not asked for: the list an earlier "Find other coverage" left on the device, nothing sent.
    const network = mayLookUp(settings.lookups, lookup === 'now');
    const coverage = await service.storyCoverage(
      top.map(({ id, name, type }) => ({ id, name, type })),
      { articleUrl: state.metadata.url ?? state.url, articleTitle: state.metadata.title },
      { network },
    );
    if (!network && !coverage.ok && coverage.error === 'not-cached') return { ok: false, error: 'on-demand' };
    return { ok: true, value: coverage };
  },

  async 'panel/correct-link'({ tabId, entityId, qid }) {
    const found = await readyEntity(tabId, entityId);
    if (!found) return { ok: false, error: 'not-found' };
    const service = await knowledgeFor(found.state.metadata.lang, panelSources(await settingsItem.getValue()));
    await service.correct(found.entity, { qid });
    return { ok: true, value: await service.lookupEntity(found.entity, found.context) };
  },

  async 'panel/open'(_payload, sender) {
    return (await openPanel(tabOf(sender))) ? { ok: true, value: null } : { ok: false, error: 'needs-toolbar' };
  },
};
