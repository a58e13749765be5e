import type { EntityPreview, TabState } from '../../lib/messaging/protocol';
import { IDB_NAME } from '../../lib/knowledge/idb-store';
import { createKnowledgeService, endpointsAt, openIdbStore, type EntityKnowledge, type EntityRef, type KnowledgeService, type LookupContext } from '../../lib/knowledge/index';
import { knowledgeOriginItem } from '../../utils/settings';

type ReadyState = Extract<TabState, { kind: 'ready' }>;

/** Entities of the article used for coherence and context: the most salient few. */
const PEERS = 5;

let services: Map<string, Promise<KnowledgeService>> | null = null;
/** Every cache connection the services opened: clearing the cache closes them first (see clearKnowledge). */
const openStores = new Set<{ close(): void }>();

async function openTrackedStore(): ReturnType<typeof openIdbStore> {
  const store = await openIdbStore();
  openStores.add(store);
  return store;
}

/**
 * The knowledge service for a language, created on first use (a lookup is always the reader's request:
 * a hover or the panel), over the IndexedDB cache that outlives the service worker.
 */
export function knowledgeFor(lang: string | null, options: { coverage?: boolean; googleNews?: boolean } = {}): Promise<KnowledgeService> {
  services ??= new Map();
  const coverage = options.coverage ?? true;
  // Google News only when the reader switched it on (settings.googleNews), and only with coverage lookups.
  const googleNews = coverage && options.googleNews === true;
  const key = `${lang ?? 'en'}:${coverage}:${googleNews}`;
  let service = services.get(key);
  if (!service) {
    service = (async () => {
      const origin = await knowledgeOriginItem.getValue();
      return createKnowledgeService({
        fetch: (url, init) => fetch(url, init),
        now: Date.now,
        store: await openTrackedStore(),
        lang: lang ?? 'en',
        coverage,
        googleNews,
        ...(origin ? { endpoints: endpointsAt(origin) } : {}),
      });
    })();
    services.set(key, service);
  }
  return service;
}

/** A ready tab's people and organizations, most salient first. */
export function bySalience(state: ReadyState): ReadyState['people'] {
  return [...state.people, ...state.organizations].sort((a, b) => b.salience - a.salience);
}

/** The entity of a tab's article, and what its lookup needs from the article (nothing of which is sent). */
export function lookupArgs(state: ReadyState, entityId: string): { entity: EntityRef; context: LookupContext } | null {
  const rows = [...state.people, ...state.organizations];
  const row = rows.find((candidate) => candidate.id === entityId);
  if (!row) return null;
  const others = bySalience(state).slice(0, PEERS);
  return {
    entity: { id: row.id, name: row.name, type: row.type },
    context: {
      contextWords: state.contextWords,
      articleDate: state.metadata.publishedTime,
      articleUrl: state.metadata.url ?? state.url,
      articleTitle: state.metadata.title,
      others: others.map(({ id, name, type }) => ({ id, name, type })),
    },
  };
}

/**
 * How long a hover card waits for the news volume (GDELT allows one request every 5 seconds) once the
 * Wikipedia/Wikidata part is ready: a card must not hang on the slowest source; the panel shows the rest.
 */
export const CARD_COVERAGE_WAIT_MS = 1200;

/** A card's lookup: Wikipedia and Wikidata first (fast, cached), then the volume if it comes in time. */
export async function lookupForCard(lang: string | null, entity: EntityRef, context: LookupContext, options: { coverage: boolean }): Promise<EntityKnowledge> {
  const quick = await (await knowledgeFor(lang, { coverage: false })).lookupEntity(entity, context);
  if (!options.coverage || !quick.link.ok || quick.link.value.status !== 'linked') return quick;
  const full = (await knowledgeFor(lang)).lookupEntity(entity, context);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), CARD_COVERAGE_WAIT_MS));
  return (await Promise.race([full, timeout])) ?? quick;
}

/** Deletes the knowledge cache (IndexedDB) and the reader's corrections; the next lookup starts afresh. */
export async function clearKnowledge(): Promise<boolean> {
  const open = services ? [...services.values()] : [];
  services = null;
  await Promise.allSettled(open);
  // An open connection blocks deleteDatabase until it closes: without this the deletion waited for the service
  // worker to stop, and a browser closed before that kept the "cleared" cache (found by the persistence e2e).
  for (const store of openStores) store.close();
  openStores.clear();
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(IDB_NAME);
    request.onsuccess = () => resolve(true);
    request.onerror = () => resolve(false);
    // Another context still holds the database open: it is deleted as soon as that closes.
    request.onblocked = () => resolve(true);
  });
}

/** How many entities the panel's list previews: the most salient; the rest show on selection. */
export const PREVIEW_LIMIT = 8;

/** Descriptions and thumbnails for the panel's list (Wikipedia and Wikidata only, cached). */
export async function previewsFor(state: ReadyState): Promise<EntityPreview[]> {
  const service = await knowledgeFor(state.metadata.lang, { coverage: false });
  const rows = bySalience(state).slice(0, PREVIEW_LIMIT);
  const previews: EntityPreview[] = [];
  for (const row of rows) {
    const args = lookupArgs(state, row.id);
    if (!args) continue;
    const knowledge = await service.lookupEntity(args.entity, args.context);
    const link = knowledge.link.ok ? knowledge.link.value : null;
    const summary = knowledge.summary.ok ? knowledge.summary.value : null;
    previews.push({
      entityId: row.id,
      status: link ? link.status : 'error',
      description: summary?.description ?? (link?.status === 'linked' ? link.description ?? null : null),
      thumbnail: summary?.thumbnail && !summary.thumbnail.local ? summary.thumbnail.source : null,
    });
  }
  return previews;
}

/** A new knowledge origin (options page) takes effect at the next lookup. */
export function watchKnowledgeOrigin(): () => void {
  return knowledgeOriginItem.watch(() => {
    services = null;
  });
}
