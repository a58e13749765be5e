import { describe, expect, it } from 'vitest';
import { createGdeltClient, docUrl, entityQuery, storyQuery } from './gdelt';
import { detokenize, parseArtlist, parseGdeltBody, parseTimeline } from './gdelt-parse';
import type { HttpReply } from './http';
import { createGdeltQueue } from './request-queue';
import { createMemoryStore } from './store';
import { createFixtureFetch, fakeTime, fixture } from './test-fixtures';

const reply = (text: string, status = 200): HttpReply => ({ status, text, contentType: 'text/html' });
const ARTICLE_URL = 'https://www.jerusalemdispatch.example/turkeys-spy-chief-meets-with-hamas-leaders-for-talks-on-gaza-aid-delivery/';

describe('queries', () => {
  it('quotes full names, leaves short names bare with a long form or context', () => {
    expect(entityQuery({ name: 'Ibrahim Kalin' })).toBe('"Ibrahim Kalin"');
    expect(entityQuery({ name: 'Hamas' })).toBe('"Hamas"');
    expect(entityQuery({ name: 'AUB', longName: 'American University of Beirut' })).toBe('(AUB OR "American University of Beirut")');
    expect(entityQuery({ name: 'MIT', context: ['Ibrahim Kalin'] })).toBe('MIT "Ibrahim Kalin"');
    expect(entityQuery({ name: 'Say "hi" (now)' })).toBe('"Say hi now"');
    expect(storyQuery([{ name: 'Ibrahim Kalin' }, { name: 'Hamas' }, { name: 'Recep Tayyip Erdogan' }, { name: 'Anadolu' }])).toBe('"Ibrahim Kalin" "Hamas" "Recep Tayyip Erdogan"');
  });
  it('builds artlist and timelinevol URLs', () => {
    const url = new URL(docUrl('https://api.gdeltproject.org', '"Ibrahim Kalin"', 'artlist'));
    expect(Object.fromEntries(url.searchParams)).toEqual({ query: '"Ibrahim Kalin"', mode: 'artlist', format: 'json', maxrecords: '25', sort: 'DateDesc', timespan: '1m' });
  });
});

describe('parseGdeltBody: every error form is data', () => {
  it.each([
    ['error_phrase_too_short.txt', 200, 'rejected'],
    ['error_or_needs_parentheses.txt', 200, 'rejected'],
    ['error_timespan_too_short.txt', 200, 'rejected'],
    ['error_429_rate_limited.txt', 429, 'rate-limited'],
  ])('%s → %s', (file, status, error) => {
    expect(parseGdeltBody(reply(fixture(`hand-written/gdelt/${file}`), status))).toMatchObject({ ok: false, error });
  });
  it('HTML, empty bodies and 5xx are "unavailable"', () => {
    expect(parseGdeltBody(reply('<!DOCTYPE html><html></html>'))).toMatchObject({ error: 'unavailable' });
    expect(parseGdeltBody(reply('  '))).toMatchObject({ error: 'unavailable' });
    expect(parseGdeltBody(reply('{}', 502))).toMatchObject({ error: 'unavailable' });
    expect(parseGdeltBody(reply('{"articles": [ {"url": '))).toMatchObject({ error: 'invalid-response' });
  });
  it('repairs invalid escapes once; {} is an empty result', () => {
    const body = parseGdeltBody(reply(fixture('hand-written/gdelt/artlist_invalid_escape.json')));
    expect(body.ok && parseArtlist(body.value)[0]?.title).toBe("Kalin says 'talks were constructive'");
    const empty = parseGdeltBody(reply(fixture('hand-written/gdelt/empty_object.json')));
    expect(empty.ok && parseArtlist(empty.value)).toEqual([]);
  });
});

describe('artlist', () => {
  it('de-tokenizes titles', () => {
    expect(detokenize('Stock Market Today , May 14 : U . S . Indexes Move Higher')).toBe('Stock Market Today, May 14: U.S. Indexes Move Higher');
    expect(detokenize('Wall Street ends higher on tech rally ; investors eye Beijing talks')).toBe('Wall Street ends higher on tech rally; investors eye Beijing talks');
    expect(detokenize("Turkey ' s intelligence chief")).toBe("Turkey's intelligence chief");
    expect(detokenize('visits Damascus ( again )')).toBe('visits Damascus (again)');
  });
  it('drops the article itself, duplicate URLs and syndicated copies; keeps outlet, date and language', () => {
    const body = parseGdeltBody(reply(fixture('hand-written/gdelt/artlist_Ibrahim_Kalin.json')));
    if (!body.ok) throw new Error('fixture');
    const items = parseArtlist(body.value, ARTICLE_URL);
    expect(items.map((i) => i.outlet)).toEqual(['harborledger.example', 'metrowire.example', 'haber.example.com.tr', 'capitalherald.example']);
    expect(items[0]).toEqual({
      url: 'https://www.harborledger.example/world/turkey-intelligence-chief-kalin-hamas-talks',
      title: "Turkey's intelligence chief Kalin holds talks with Hamas delegation, U.S. officials watch closely",
      outlet: 'harborledger.example',
      seen: '2025-04-19T16:00:00Z',
      language: 'English',
      country: 'United States',
      image: 'https://www.harborledger.example/img/kalin.jpg',
    });
    expect(items[2]).toMatchObject({ language: 'Turkish', title: 'MİT Başkanı Kalın, Hamas heyetiyle görüştü' });
  });
});

describe('timelinevol', () => {
  it('fills the buckets GDELT omits with zeros', () => {
    const body = parseGdeltBody(reply(fixture('hand-written/gdelt/timelinevol_Ibrahim_Kalin.json')));
    if (!body.ok) throw new Error('fixture');
    const series = parseTimeline(body.value);
    expect(series.resolution).toBe('day');
    expect(series.points).toHaveLength(10);
    expect(series.points[2]).toEqual({ date: '2025-04-12T00:00:00.000Z', value: 0 });
    expect(series.points.at(-1)?.value).toBe(0.0312);
    const ranged = parseTimeline(body.value, { from: Date.parse('2025-04-01T00:00:00Z'), to: Date.parse('2025-04-19T12:00:00Z') });
    expect(ranged.points).toHaveLength(19);
  });
  it('handles the empty answers', () => {
    expect(parseTimeline({ timeline: [] }).points).toEqual([]);
    expect(parseTimeline({ timeline: [{ series: 'Average Tone', data: [] }] }).points).toEqual([]);
  });
});

describe('GDELT client over the fixture routes', () => {
  function setup(mode = 'normal') {
    const fetch = createFixtureFetch({ mode });
    const time = fakeTime();
    const get = createGdeltQueue({ fetch, now: time.now, sleep: time.sleep, store: createMemoryStore() });
    return { fetch, time, gdelt: createGdeltClient(get, 'http://fixture.test') };
  }
  it('fetches coverage and volume, one request per 5 s', async () => {
    const { gdelt, time } = setup();
    const items = await gdelt.articles(entityQuery({ name: 'Ibrahim Kalin' }), ARTICLE_URL);
    expect(items.ok && items.value).toHaveLength(4);
    const volume = await gdelt.volume('"Ibrahim Kalin"', time.now());
    expect(volume.ok && volume.value.points.length).toBeGreaterThan(80);
    expect(time.slept.some((ms) => ms >= 5_000)).toBe(true);
  });
  it('a short quoted phrase is rejected by GDELT: entityQuery never builds one', async () => {
    const { gdelt } = setup();
    expect(await gdelt.articles('"MIT"')).toMatchObject({ ok: false, error: 'rejected', detail: 'The specified phrase is too short.' });
    expect(await gdelt.articles(entityQuery({ name: 'MIT', context: ['Hamas'] }))).toMatchObject({ ok: true });
  });
  it('429 and text errors are results', async () => {
    expect(await setup('gdelt-429').gdelt.articles('"Hamas"')).toMatchObject({ ok: false, error: 'rate-limited' });
    expect(await setup('text-error').gdelt.articles('"Hamas"')).toMatchObject({ ok: false, error: 'rejected' });
  });
});
