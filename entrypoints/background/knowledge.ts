import type { TabState } from '../../lib/messaging/protocol';
import { createKnowledgeService, endpointsAt, openIdbStore, type EntityRef, type KnowledgeService, type LookupContext } from '../../lib/knowledge/index';
import { knowledgeOriginItem } from '../../utils/settings';

type ReadyState = Extract<TabState, { kind: 'ready' }>;

/** Entities of the article used for coherence and context: the most salient few. */
const PEERS = 5;

let services: Map<string, Promise<KnowledgeService>> | null = null;

/**
 * The knowledge service for a language, created on first use (a lookup is always the reader's request:
 * a hover or the panel), over the IndexedDB cache that outlives the service worker.
 */
export function knowledgeFor(lang: string | null): Promise<KnowledgeService> {
  services ??= new Map();
  const key = lang ?? 'en';
  let service = services.get(key);
  if (!service) {
    service = (async () => {
      const origin = await knowledgeOriginItem.getValue();
      return createKnowledgeService({
        fetch: (url, init) => fetch(url, init),
        now: Date.now,
        store: await openIdbStore(),
        lang: key,
        ...(origin ? { endpoints: endpointsAt(origin) } : {}),
      });
    })();
    services.set(key, service);
  }
  return service;
}

/** The entity of a tab's article, and what its lookup needs from the article (nothing of which is sent). */
export function lookupArgs(state: ReadyState, entityId: string): { entity: EntityRef; context: LookupContext } | null {
  const rows = [...state.people, ...state.organizations];
  const row = rows.find((candidate) => candidate.id === entityId);
  if (!row) return null;
  const others = [...rows].sort((a, b) => b.salience - a.salience).slice(0, PEERS);
  return {
    entity: { id: row.id, name: row.name, type: row.type },
    context: {
      contextWords: state.contextWords,
      articleDate: state.metadata.publishedTime,
      articleUrl: state.metadata.url ?? state.url,
      others: others.map(({ id, name, type }) => ({ id, name, type })),
    },
  };
}
