import { describe, expect, it } from 'vitest';
import { mergeCoverage } from './coverage-merge';
import type { CoverageItem } from './gdelt-parse';
import { GOOGLE_NEWS_COOLDOWN_MS, GOOGLE_NEWS_SPACING_MS, createGoogleNewsClient, createGoogleNewsQueue, newsLocale, parseRss, searchUrl } from './googlenews';
import type { HttpReply } from './http';
import { createMemoryStore } from './store';
import { createFixtureFetch, fakeTime, fixture } from './test-fixtures';
import { ok, fail } from './types';
import { decodeEntities, parseXml, textOf, child } from './xml';

const FEED = 'hand-written/googlenews/search_Ibrahim_Kalin.xml';
const reply = (text: string, status = 200, contentType = 'application/xml; charset=utf-8'): HttpReply => ({ status, text, contentType });

describe('the small XML reader', () => {
  it('reads elements, attributes, entities, character references, CDATA and comments', () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><a x="1 &amp; 2" y=\'q\'><b>T&#39;s &lt;ok&gt; &#x2013;</b><c><![CDATA[<i>raw</i>]]></c><d/></a>');
    expect(root?.attrs).toEqual({ x: '1 & 2', y: 'q' });
    expect(textOf(child(root ?? undefined, 'b'))).toBe("T's <ok> –");
    expect(textOf(child(root ?? undefined, 'c'))).toBe('<i>raw</i>');
    expect(child(root ?? undefined, 'd')).toMatchObject({ name: 'd', children: [] });
  });
  it('refuses what is not well-formed, and everything an HTML page or a DTD would need', () => {
    for (const bad of [
      '<a><b></a></b>',
      '<a>',
      '<a></a><b></b>',
      'text<a></a>',
      '<a>Tom & Jerry</a>',
      '<a>&nbsp;</a>',
      '<!DOCTYPE html><html></html>',
      '<!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>',
      '<a x=1></a>',
      '',
      '<a>&#0;</a>',
    ])
      expect(parseXml(bad), bad).toBeNull();
    expect(decodeEntities('&amp;nbsp;')).toBe('&nbsp;');
  });
  it('refuses absurd nesting instead of building it', () => {
    expect(parseXml(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`)).toBeNull();
  });
});

describe('Google News search URL', () => {
  it('asks for the names over the last 30 days, in the article\'s language and region', () => {
    const url = new URL(searchUrl('https://news.google.com/', '"Ibrahim Kalin"', 'en'));
    expect(`${url.origin}${url.pathname}`).toBe('https://news.google.com/rss/search');
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: '"Ibrahim Kalin" when:30d', hl: 'en-US', gl: 'US', ceid: 'US:en' });
    expect(url.search).toContain('q=%22Ibrahim+Kalin%22+when%3A30d');
  });
  it('maps languages to hl/gl/ceid with a safe default', () => {
    expect(newsLocale('en-GB')).toEqual({ hl: 'en-GB', gl: 'GB', ceid: 'GB:en' });
    expect(newsLocale('de')).toEqual({ hl: 'de', gl: 'DE', ceid: 'DE:de' });
    expect(newsLocale('tr')).toEqual({ hl: 'tr', gl: 'TR', ceid: 'TR:tr' });
    for (const junk of [null, '', 'xx', 'en-"/', 'klingon']) expect(newsLocale(junk)).toEqual({ hl: 'en-US', gl: 'US', ceid: 'US:en' });
  });
});

describe('parseRss on the hand-written feed', () => {
  const result = parseRss(reply(fixture(FEED)), 'en');
  const items = result.ok ? result.value : [];
  it('reads the items as coverage: publisher stripped with <source>, outlet from <source url>, ISO dates', () => {
    expect(result.ok).toBe(true);
    // The item without a pubDate is skipped: it could not be placed in a date-sorted list.
    expect(items).toHaveLength(6);
    expect(items[0]).toEqual({
      url: 'https://news.google.com/rss/articles/CBMiTestJerusalemDispatch01?oc=5',
      title: 'Turkey’s spy chief meets with Hamas leaders for talks on Gaza aid delivery',
      outlet: 'jerusalemdispatch.example',
      seen: '2025-04-19T16:41:27.000Z',
      language: 'English',
      via: 'google-news',
    });
    expect(items.map((i) => i.outlet)).toContain('news.metrowire.example');
  });
  it('keeps a " - " that belongs to the headline, and decodes entities to plain text', () => {
    expect(items.map((i) => i.title)).toContain('Kalin - Hamas meeting: what we know so far');
    expect(items.map((i) => i.title)).toContain('Turkey & Qatar step up mediation as Kalin hosts Hamas delegation');
    expect(items.map((i) => i.title)).toContain("Erdoğan's spy chief Kalın: the quiet broker of Ankara's Gaza diplomacy");
    for (const item of items) expect(item.title).not.toMatch(/<|&\w+;/);
  });
  it('names the language of the feed as GDELT does', () => {
    const de = parseRss(reply(fixture(FEED)), 'de');
    expect(de.ok && de.value[0]?.language).toBe('German');
  });
});

describe('parseRss failure kinds', () => {
  const captcha = '<!DOCTYPE html><html><body>Our systems have detected unusual traffic from your computer network.</body></html>';
  it.each([
    ['429', reply('Too many requests', 429), 'rate-limited'],
    ['captcha page with 200', reply(captcha, 200, 'text/html'), 'rate-limited'],
    ['captcha page with 429', reply(captcha, 429, 'text/html'), 'rate-limited'],
    ['other HTML', reply('<!DOCTYPE html><html><body>Maintenance</body></html>', 200, 'text/html'), 'unavailable'],
    ['503', reply('', 503), 'unavailable'],
    ['empty body', reply(''), 'unavailable'],
    ['404', reply('Not found', 404, 'text/plain'), 'unavailable'],
    ['truncated XML', reply(fixture(FEED).slice(0, 900)), 'invalid-response'],
    ['JSON', reply('{"items":[]}', 200, 'application/json'), 'invalid-response'],
    ['other XML', reply('<feed><entry/></feed>'), 'invalid-response'],
  ])('%s → %s', (_name, answer, error) => {
    expect(parseRss(answer)).toMatchObject({ ok: false, error });
  });
  it('a headline that mentions captchas is still a feed', () => {
    const feed = '<rss><channel><item><title>Captcha unusual traffic study - Tech Daily</title><link>https://x.example/a</link><pubDate>Fri, 18 Apr 2025 10:00:00 GMT</pubDate><source url="https://x.example">Tech Daily</source></item></channel></rss>';
    expect(parseRss(reply(feed))).toMatchObject({ ok: true, value: [{ title: 'Captcha unusual traffic study', outlet: 'x.example' }] });
  });
  it('an empty feed is no coverage, not an error', () => {
    expect(parseRss(reply('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'))).toEqual(ok([]));
  });
});

describe('Google News client and queue over the fixture routes', () => {
  function setup(mode = 'normal') {
    const fetch = createFixtureFetch({ mode });
    const time = fakeTime();
    const store = createMemoryStore();
    const client = createGoogleNewsClient(createGoogleNewsQueue({ fetch, now: time.now, sleep: time.sleep, store }), 'http://fixture.test', 'en');
    return { fetch, time, client };
  }
  it('fetches the feed, spacing requests', async () => {
    const { client, time, fetch } = setup();
    expect(await client.articles('"Ibrahim Kalin"')).toMatchObject({ ok: true, value: { length: 6 } });
    expect(await client.articles('"Hamas"')).toEqual(ok([]));
    expect(time.slept).toEqual([GOOGLE_NEWS_SPACING_MS]);
    expect(fetch.requests.map((r) => new URL(r.url).pathname)).toEqual(['/rss/search', '/rss/search']);
    // No identifying header is added.
    expect(fetch.requests[0]?.headers).toEqual({});
  });
  it('a captcha page is rate-limited and pauses every request for the cool-down, without asking again', async () => {
    const { client, time, fetch } = setup('429');
    expect(await client.articles('"Ibrahim Kalin"')).toMatchObject({ ok: false, error: 'rate-limited' });
    fetch.state.mode = 'normal';
    expect(await client.articles('"Ibrahim Kalin"')).toMatchObject({ ok: false, error: 'rate-limited' });
    expect(fetch.requests).toHaveLength(1);
    time.advance(GOOGLE_NEWS_COOLDOWN_MS);
    expect(await client.articles('"Ibrahim Kalin"')).toMatchObject({ ok: true });
  });
  it('an HTML error page is "unavailable"', async () => {
    expect(await setup('html').client.articles('"Ibrahim Kalin"')).toMatchObject({ ok: false, error: 'unavailable' });
  });
  it('offline is a value', async () => {
    const { client, fetch } = setup();
    fetch.state.offline = true;
    expect(await client.articles('"Ibrahim Kalin"')).toMatchObject({ ok: false, error: 'offline' });
  });
});

describe('mergeCoverage', () => {
  const item = (url: string, title: string, seen: string, extra: Partial<CoverageItem> = {}): CoverageItem => ({ url, title, outlet: new URL(url).hostname, seen, language: 'English', ...extra });
  const gdelt = [item('https://a.example/own', 'The article itself', '2025-04-19T10:00:00Z'), item('https://b.example/1', 'Talks in Ankara', '2025-04-18T10:00:00Z')];
  const google = [
    item('https://news.google.com/rss/articles/X1', 'The article itself', '2025-04-19T09:00:00Z'),
    item('https://news.google.com/rss/articles/X2', 'Talks in Ankara!', '2025-04-18T11:00:00Z'),
    item('https://b.example/1?utm_source=feed', 'Another title, same URL', '2025-04-18T12:00:00Z'),
    item('https://news.google.com/rss/articles/X3', 'Newest', '2025-04-20T10:00:00Z'),
  ];
  it('de-duplicates by URL and title, drops the article (and Google\'s copy of it), sorts newest first, says where each came from', () => {
    const merged = mergeCoverage({ ...ok(gdelt), from: 'network' }, ok(google), { url: 'https://www.a.example/own/' });
    expect(merged).toMatchObject({ ok: true, from: 'network' });
    expect(merged.ok && merged.value.map((i) => [i.title, i.via])).toEqual([
      ['Newest', 'google-news'],
      ['Talks in Ankara', 'gdelt'],
    ]);
  });
  it('one index failing leaves the other\'s items; both failing is GDELT\'s error', () => {
    const onlyGoogle = mergeCoverage(fail('rate-limited'), ok(google));
    expect(onlyGoogle.ok && onlyGoogle.value.map((i) => i.via)).toEqual(['google-news', 'google-news', 'google-news', 'google-news']);
    const onlyGdelt = mergeCoverage(ok(gdelt), fail('unavailable'), { url: 'https://a.example/own' });
    expect(onlyGdelt.ok && onlyGdelt.value.map((i) => i.title)).toEqual(['Talks in Ankara']);
    expect(mergeCoverage(fail('delayed'), fail('rate-limited'))).toMatchObject({ ok: false, error: 'delayed' });
  });
  it('without GDELT\'s list, drops Google\'s copy of the article by the article\'s own headline', () => {
    const withTitle = mergeCoverage(fail('rate-limited'), ok(google), { url: 'https://a.example/own', title: 'The article itself' });
    expect(withTitle.ok && withTitle.value.map((i) => i.title)).toEqual(['Newest', 'Another title, same URL', 'Talks in Ankara!']);
  });
});
