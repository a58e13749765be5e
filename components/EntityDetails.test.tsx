import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createKnowledgeService, createMemoryStore, endpointsAt } from '../lib/knowledge/index';
import type { EntityKnowledge, EntityRef } from '../lib/knowledge/index';
import { createFixtureFetch, fakeTime } from '../lib/knowledge/test-fixtures';
import { EntityDetails } from './EntityDetails';

const ent = (type: 'PER' | 'ORG', name: string): EntityRef => ({ id: `${type}:${name}`, name, type });
const KALIN = ent('PER', 'Ibrahim Kalin');
const HAMAS = ent('ORG', 'Hamas');
const ERDOGAN = ent('PER', 'Recep Tayyip Erdogan');

/** Real lookups (linking, timeline, GDELT parsing) over the fixture routes, on the article's day. */
async function lookUp(entity: EntityRef): Promise<EntityKnowledge> {
  const time = fakeTime();
  const service = createKnowledgeService({ fetch: createFixtureFetch(), now: time.now, sleep: time.sleep, store: createMemoryStore(), lang: 'en', endpoints: endpointsAt('http://fixture.test') });
  return service.lookupEntity(entity, { contextWords: ['turkey', 'intelligence', 'hamas', 'gaza'], articleDate: '2025-04-19', others: [KALIN, HAMAS].filter((e) => e.id !== entity.id) });
}

const show = (entity: EntityRef, knowledge: EntityKnowledge) =>
  render(
    <EntityDetails row={{ ...entity, mentions: 1, salience: 1 }} details={{ kind: 'ready', knowledge }} story={null} memory={null} onCorrect={() => {}} onClose={() => {}} />,
  ).container;

describe('EntityDetails', () => {
  it('charts the coverage volume when there is some', async () => {
    const container = show(KALIN, await lookUp(KALIN));
    expect(container.querySelector('.bs-volume svg[role="img"]')?.getAttribute('aria-label')).toMatch(/highest on/);
    expect(container.querySelector('[data-volume="none"]')).toBeNull();
  });

  it('says "no coverage" instead of a flat chart when every day is zero', async () => {
    const knowledge = await lookUp(HAMAS);
    expect(knowledge.volume.ok && knowledge.volume.value.points.every((point) => point.value === 0)).toBe(true);
    const container = show(HAMAS, knowledge);
    expect(container.querySelector('.bs-volume svg')).toBeNull();
    expect(container.querySelector('[data-volume="none"]')?.textContent).toMatch(/No coverage in the news index over the last \d+ days/);
  });

  it('drops a summary picture that cannot load instead of leaving an empty box', async () => {
    const container = show(ERDOGAN, await lookUp(ERDOGAN));
    const picture = container.querySelector('.bs-summary__thumb');
    expect(picture?.tagName).toBe('IMG');
    fireEvent.error(picture as HTMLImageElement);
    expect(container.querySelector('.bs-summary__thumb')).toBeNull();
  });
});
