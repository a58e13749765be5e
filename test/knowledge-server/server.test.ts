// @vitest-environment node
// Integration: the real HTTP fixture server, Node's fetch, and the knowledge service pointed at it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeService, createMemoryStore, endpointsAt } from '../../lib/knowledge/index';
import type { EntityRef } from '../../lib/knowledge/index';
import { startKnowledgeServer } from './server.mjs';
import type { KnowledgeServer } from './server.mjs';

let server: KnowledgeServer;
beforeAll(async () => {
  server = await startKnowledgeServer();
});
afterAll(async () => {
  await server.close();
});

const KALIN: EntityRef = { id: 'PER:Ibrahim Kalin', name: 'Ibrahim Kalin', type: 'PER' };
const HAMAS: EntityRef = { id: 'ORG:Hamas', name: 'Hamas', type: 'ORG' };

function service() {
  let now = Date.parse('2025-04-19T17:00:00Z');
  return createKnowledgeService({
    fetch: (url, init) => fetch(url, init),
    now: () => now,
    // GDELT spacing is honoured on the fake clock: the test does not wait 5 s per request.
    sleep: async (ms) => {
      now += ms;
    },
    store: createMemoryStore(),
    lang: 'en',
    endpoints: endpointsAt(server.origin),
  });
}

describe('knowledge fixture server', () => {
  it('ends a volume timeline today, as GDELT\'s relative timespan does, so a live client charts it', async () => {
    server.setMode('normal');
    const reply = await fetch(`${server.origin}/api/v2/doc/doc?query=%22Ibrahim%20Kalin%22&mode=timelinevol&format=json&timespan=3m`);
    const body = (await reply.json()) as { timeline: { data: { date: string; value: number }[] }[] };
    const dates = body.timeline[0]?.data.map((bucket) => bucket.date) ?? [];
    expect(dates.at(-1)).toBe(`${new Date().toISOString().slice(0, 10).replace(/-/g, '')}T000000Z`);
    expect(dates).toHaveLength(5);
  });

  it('serves a whole lookup in the real shapes and logs what left the device', async () => {
    server.setMode('normal');
    server.requests.length = 0;
    const k = await service().lookupEntity(KALIN, { contextWords: ['intelligence', 'turkey', 'hamas'], articleDate: '2025-04-19', others: [HAMAS] });
    expect(k.link).toMatchObject({ ok: true, value: { status: 'linked', qid: 'Q99000001' } });
    expect(k.summary.ok && k.summary.value.extract).toMatch(/National Intelligence Organization/);
    expect(k.asOf.ok && k.asOf.value.facts[0]?.event.label).toBe('Director of the National Intelligence Organization');
    expect(k.coverage.ok && k.coverage.value.length).toBeGreaterThan(0);
    const paths = server.requests.map((r) => new URL(r.url, server.origin).pathname);
    expect(new Set(paths)).toEqual(new Set(['/w/api.php', '/api/rest_v1/page/summary/%C4%B0brahim_Kal%C4%B1n', '/api/v2/doc/doc']));
    const wikimedia = server.requests.filter((r) => !r.url.startsWith('/api/v2/'));
    for (const request of wikimedia) expect(request.headers['api-user-agent']).toMatch(/^Backstory\/0\.1 \(https:\/\/github\.com\/backstory-extension\/backstory\)$/);
  });

  it('answers 429 and text errors as the services do; the service turns them into states', async () => {
    server.setMode('429');
    const limited = await service().lookupEntity(HAMAS, { contextWords: [] });
    expect(limited.link).toMatchObject({ ok: false, error: 'rate-limited' });
    server.setMode('text-error');
    const text = await service().lookupEntity(HAMAS, { contextWords: [] });
    expect(text.link.ok).toBe(true);
    expect(text.coverage).toMatchObject({ ok: false, error: 'rejected', detail: "Queries containing OR'd terms must be surrounded by ()." });
    server.setMode('normal');
  }, 20_000);

  it('answers Special:EntityData and wbgetentities limits like Wikidata', async () => {
    const data = (await (await fetch(`${server.origin}/wiki/Special:EntityData/Q646148.json`)).json()) as { entities: Record<string, unknown> };
    expect(Object.keys(data.entities)).toEqual(['Q646148']);
    const ids = Array.from({ length: 51 }, (_, i) => `Q${i + 1}`).join('|');
    const tooMany = (await (await fetch(`${server.origin}/w/api.php?action=wbgetentities&ids=${ids}&format=json`)).json()) as { error?: { code: string } };
    expect(tooMany.error?.code).toBe('toomanyvalues');
  });
});
