import { describe, expect, it } from 'vitest';
import {
  API_USER_AGENT,
  createGdeltQueue,
  createWikimediaQueue,
  GDELT_COOLDOWN_BASE_MS,
  GDELT_SPACING_MS,
  GDELT_STATE_KEY,
  WIKIMEDIA_MAX_CONCURRENT,
} from './request-queue';
import { createMemoryStore } from './store';
import { fakeTime } from './test-fixtures';

const reply = (status: number, body = '{}', headers: Record<string, string> = {}) => new Response(body, { status, headers });

describe('Wikimedia queue', () => {
  it('sends Api-User-Agent and never more than 3 requests at once', async () => {
    const time = fakeTime();
    let inFlight = 0;
    let peak = 0;
    const seen: Array<Record<string, string> | undefined> = [];
    const fetch = async (_url: string, init?: { headers?: Record<string, string> }) => {
      seen.push(init?.headers);
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return reply(200);
    };
    const get = createWikimediaQueue({ fetch, now: time.now, sleep: time.sleep });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => get(`https://en.wikipedia.org/${i}`)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(peak).toBe(WIKIMEDIA_MAX_CONCURRENT);
    expect(seen[0]).toEqual({ 'Api-User-Agent': API_USER_AGENT });
    expect(API_USER_AGENT).toBe('Backstory/0.1 (https://github.com/backstory-extension/backstory)');
  });

  it('honours Retry-After, then backs off exponentially, then reports rate-limited', async () => {
    const time = fakeTime();
    const statuses = [429, 503, 200];
    let calls = 0;
    const fetch = async () => {
      const status = statuses[calls++] ?? 200;
      return reply(status, '', status === 429 ? { 'retry-after': '7' } : {});
    };
    const get = createWikimediaQueue({ fetch, now: time.now, sleep: time.sleep });
    expect((await get('https://www.wikidata.org/w/api.php')).ok).toBe(true);
    expect(time.slept).toEqual([7_000, 2_000]);

    const always429 = createWikimediaQueue({ fetch: async () => reply(429), now: time.now, sleep: time.sleep });
    expect(await always429('https://x')).toMatchObject({ ok: false, error: 'rate-limited' });
    const too_long = createWikimediaQueue({ fetch: async () => reply(429, '', { 'retry-after': '3600' }), now: time.now, sleep: time.sleep });
    expect(await too_long('https://x')).toMatchObject({ ok: false, error: 'rate-limited' });
  });

  it('turns network failures into data', async () => {
    const time = fakeTime();
    const get = createWikimediaQueue({ fetch: async () => Promise.reject(new TypeError('Failed to fetch')), now: time.now, sleep: time.sleep });
    expect(await get('https://x')).toMatchObject({ ok: false, error: 'offline' });
  });
});

describe('GDELT queue', () => {
  it('spaces requests 5 s apart, serially', async () => {
    const time = fakeTime();
    const sentAt: number[] = [];
    const get = createGdeltQueue({ store: createMemoryStore(), now: time.now, sleep: time.sleep, fetch: async () => (sentAt.push(time.now()), reply(200, '{"articles":[]}')) });
    await Promise.all([get('a'), get('b'), get('c')]);
    expect(sentAt[1]! - sentAt[0]!).toBeGreaterThanOrEqual(GDELT_SPACING_MS);
    expect(sentAt[2]! - sentAt[1]!).toBeGreaterThanOrEqual(GDELT_SPACING_MS);
  });

  it('keeps its next-allowed time in the store, so a restarted worker still waits', async () => {
    const time = fakeTime();
    const store = createMemoryStore();
    const sentAt: number[] = [];
    const fetch = async () => (sentAt.push(time.now()), reply(200, '{}'));
    await createGdeltQueue({ store, fetch, now: time.now, sleep: time.sleep })('a');
    // a new queue object = the service worker was stopped and started again
    await createGdeltQueue({ store, fetch, now: time.now, sleep: time.sleep })('b');
    expect(sentAt[1]! - sentAt[0]!).toBeGreaterThanOrEqual(GDELT_SPACING_MS);
  });

  it('cools down after a 429 (or the rate-limit sentence with 200) and answers "delayed" without sending', async () => {
    const time = fakeTime();
    const store = createMemoryStore();
    let calls = 0;
    const fetch = async () => (++calls, reply(429, 'Please limit requests to one every 5 seconds'));
    const get = createGdeltQueue({ store, fetch, now: time.now, sleep: time.sleep });
    expect(await get('a')).toMatchObject({ ok: false, error: 'rate-limited' });
    expect(await get('b')).toMatchObject({ ok: false, error: 'delayed' });
    expect(calls).toBe(1);
    expect(await store.get(GDELT_STATE_KEY)).toMatchObject({ strikes: 1 });
    time.advance(GDELT_COOLDOWN_BASE_MS);
    const sentence = createGdeltQueue({ store, now: time.now, sleep: time.sleep, fetch: async () => reply(200, 'Please limit requests to one every 5 seconds or contact us.') });
    expect(await sentence('c')).toMatchObject({ ok: false, error: 'rate-limited' });
    expect(await store.get(GDELT_STATE_KEY)).toMatchObject({ strikes: 2 });
  });
});
