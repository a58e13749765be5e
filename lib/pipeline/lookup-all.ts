import type { Entity } from '../entities/types';
import type { EntityRef, KnowledgeService, LookupContext } from '../knowledge/index';

/** Entities looked up per article by the CLI: the most salient, as the panel previews them. */
export const LOOKUP_LIMIT = 8;

/** One entity's lookup, flattened into the CLI's documented JSON. */
export interface EntityLookup {
  name: string;
  type: 'PER' | 'ORG';
  link: unknown;
  summary: unknown;
  timeline: unknown;
  asOf: unknown;
  coverage: unknown;
  volume: unknown;
}

/**
 * Looks up the most salient entities one after another (the polite queues space the requests) with the same
 * service the extension uses, so `npm run analyze -- --lookup` shows exactly what a reader would see.
 */
export async function lookupAll(service: KnowledgeService, entities: readonly Entity[], context: Omit<LookupContext, 'others'>): Promise<EntityLookup[]> {
  const top = entities.slice(0, LOOKUP_LIMIT);
  const refs: EntityRef[] = top.map(({ id, name, type }) => ({ id, name, type }));
  const results: EntityLookup[] = [];
  for (const ref of refs) {
    const knowledge = await service.lookupEntity(ref, { ...context, others: refs });
    results.push({
      name: ref.name,
      type: ref.type,
      link: knowledge.link,
      summary: knowledge.summary,
      timeline: knowledge.timeline,
      asOf: knowledge.asOf,
      coverage: knowledge.coverage,
      volume: knowledge.volume,
    });
  }
  return results;
}
