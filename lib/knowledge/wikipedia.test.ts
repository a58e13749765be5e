import { describe, expect, it } from 'vitest';
import { createWikimediaQueue } from './request-queue';
import { createFixtureFetch, fakeTime, fixtureJson } from './test-fixtures';
import { wikipediaOrigin, DEFAULT_ENDPOINTS, endpointsAt } from './types';
import { createWikipediaClient, parseSearch, parseSummary, searchUrl, summaryUrl } from './wikipedia';

function client(mode = 'normal') {
  const fetch = createFixtureFetch({ mode });
  const time = fakeTime();
  const get = createWikimediaQueue({ fetch, now: time.now, sleep: time.sleep });
  return { fetch, wikipedia: createWikipediaClient(get, 'http://fixture.test') };
}

describe('Wikipedia URLs', () => {
  it('builds the generator search and summary URLs in the article language', () => {
    const origin = wikipediaOrigin(DEFAULT_ENDPOINTS, 'tr-TR');
    expect(origin).toBe('https://tr.wikipedia.org');
    const url = new URL(searchUrl(origin, 'İbrahim Kalın'));
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ generator: 'search', gsrsearch: 'İbrahim Kalın', formatversion: '2', origin: '*', ppprop: 'wikibase_item|disambiguation' });
    expect(summaryUrl(origin, 'Mohammad Darwish (footballer)')).toBe('https://tr.wikipedia.org/api/rest_v1/page/summary/Mohammad_Darwish_(footballer)');
    expect(wikipediaOrigin(endpointsAt('http://127.0.0.1:9/'), 'en')).toBe('http://127.0.0.1:9');
    expect(wikipediaOrigin(DEFAULT_ENDPOINTS, 'evil.com/')).toBe('https://en.wikipedia.org');
  });
});

describe('parseSearch', () => {
  it('sorts the recorded formatversion=2 answer by search index, with thumbnails', () => {
    const result = parseSearch(fixtureJson('recorded/wikipedia/action_query_generator_search_obama_formatversion2_android_testfixture.json'));
    expect(result.ok && result.value.map((c) => c.title).slice(0, 2)).toEqual(['Barack Obama', 'Obama']);
    expect(result.ok && result.value[0]?.thumbnail).toMatchObject({ width: 256, local: false });
  });
  it('treats a missing query as no results and an error object as invalid', () => {
    expect(parseSearch({ batchcomplete: true })).toEqual({ ok: true, value: [] });
    expect(parseSearch({ error: { code: 'badvalue', info: 'x' } })).toMatchObject({ ok: false, error: 'invalid-response' });
  });
});

describe('parseSummary', () => {
  it('reads the recorded 2022 summary (edited extract) with its QID and images', () => {
    const result = parseSummary(fixtureJson('recorded/wikipedia/rest_v1_page_summary_Jared_Lee_Loughner_2022_PARTLY_EDITED.json'));
    expect(result).toMatchObject({ ok: true, value: { qid: 'Q4267485', description: 'American mass murderer', extract: '', pageUrl: 'https://en.wikipedia.org/wiki/Jared_Lee_Loughner' } });
  });
  it('rejects disambiguation pages and flags local (non-free) thumbnails', () => {
    expect(parseSummary(fixtureJson('hand-written/wikipedia/summary/Kalın.json'))).toMatchObject({ ok: false, error: 'disambiguation' });
    const duhok = parseSummary(fixtureJson('hand-written/wikipedia/summary/University_of_Duhok.json'));
    expect(duhok.ok && duhok.value.thumbnail).toMatchObject({ local: true });
  });
});

describe('Wikipedia client over the fixture routes', () => {
  it('finds candidates with QIDs, descriptions, redirects and disambiguation flags', async () => {
    const { wikipedia, fetch } = client();
    const result = await wikipedia.search('Ibrahim Kalin');
    expect(result).toMatchObject({ ok: true, value: [{ title: 'İbrahim Kalın', qid: 'Q99000001', redirectFrom: 'Ibrahim Kalin', disambiguation: false }, { disambiguation: true }] });
    expect(await wikipedia.search('Nobody Withoutarticle')).toEqual({ ok: true, value: [] });
    expect(fetch.requests[0]?.headers['Api-User-Agent']).toMatch(/^Backstory\//);
  });
  it('follows the 301 to the canonical title; 404 is not-found', async () => {
    const { wikipedia } = client();
    expect(await wikipedia.summary('Recep Tayyip Erdoğan')).toMatchObject({ ok: true, value: { qid: 'Q39259', licence: { name: 'CC BY-SA 4.0' } } });
    expect(await wikipedia.summary('No such page')).toMatchObject({ ok: false, error: 'not-found' });
  });
  it('reads MediaWiki errors sent with HTTP 200 and invalid JSON as invalid responses', async () => {
    const errorBody = JSON.stringify({ error: { code: 'maxlag', info: 'Waiting for a database server' }, servedby: 'mw1' });
    const time = fakeTime();
    const get = createWikimediaQueue({ fetch: async () => new Response(errorBody, { headers: { 'MediaWiki-API-Error': 'maxlag' } }), now: time.now, sleep: time.sleep });
    expect(await createWikipediaClient(get, 'http://x').search('Hamas')).toMatchObject({ ok: false, error: 'invalid-response', detail: 'maxlag: Waiting for a database server' });
    const broken = createWikimediaQueue({ fetch: async () => new Response('{"query": {'), now: time.now, sleep: time.sleep });
    expect(await createWikipediaClient(broken, 'http://x').summary('Hamas')).toMatchObject({ ok: false, error: 'invalid-response' });
    const down = createWikimediaQueue({ fetch: async () => new Response('', { status: 502 }), now: time.now, sleep: time.sleep });
    expect(await createWikipediaClient(down, 'http://x').summary('Hamas')).toMatchObject({ ok: false, error: 'unavailable' });
  });

  it('reports HTML in a 200 and offline as states', async () => {
    const { wikipedia, fetch } = client('html');
    expect(await wikipedia.search('Hamas')).toMatchObject({ ok: false, error: 'unavailable' });
    fetch.state.offline = true;
    expect(await wikipedia.summary('Hamas')).toMatchObject({ ok: false, error: 'offline' });
  });
});
