// Answers like Wikipedia, Wikidata, GDELT and Google News RSS, from test/fixtures/knowledge. Pure routing (no sockets), shared by
// the HTTP fixture server (server.mjs) and by the unit tests' fake fetch, so both serve exactly the same shapes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'knowledge');
/**
 * Modes: normal answers; every service 429 (Google News: its captcha page with 429); only GDELT 429; GDELT
 * one-sentence text errors; HTML error pages.
 */
export const MODES = ['normal', '429', 'gdelt-429', 'text-error', 'html'];
/** wbgetentities refuses more ids than this (the real limit for anonymous clients). */
const WIKIDATA_MAX_IDS = 50;
/** GDELT rejects quoted phrases shorter than about this many characters ("Iran", "OPEC"). */
const GDELT_MIN_PHRASE = 5;

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const files = (dir) => readdirSync(join(FIXTURES, dir)).filter((name) => name.endsWith('.json')).map((name) => join(FIXTURES, dir, name));

let loaded;
function data() {
  if (loaded) return loaded;
  const entities = {};
  for (const path of [...files('recorded/wikidata'), ...files('hand-written/wikidata')]) Object.assign(entities, readJson(path).entities);
  const searches = {};
  for (const path of files('hand-written/wikipedia/search')) {
    searches[path.split('/').pop().replace(/\.json$/, '').replace(/_/g, ' ').toLowerCase()] = readJson(path);
  }
  const itemSearches = {};
  for (const path of files('hand-written/wikidata/search')) {
    itemSearches[path.split('/').pop().replace(/\.json$/, '').replace(/_/g, ' ').toLowerCase()] = readJson(path);
  }
  searches.obama = readJson(join(FIXTURES, 'recorded/wikipedia/action_query_generator_search_obama_formatversion2_android_testfixture.json'));
  const summaries = {};
  for (const path of [...files('hand-written/wikipedia/summary'), ...files('recorded/wikipedia').filter((p) => p.includes('summary'))]) {
    const body = readJson(path);
    summaries[body.titles.canonical] = body;
  }
  const gdelt = (name) => readFileSync(join(FIXTURES, 'hand-written/gdelt', name), 'utf8');
  const googleNews = (name) => readFileSync(join(FIXTURES, 'hand-written/googlenews', name), 'utf8');
  loaded = { entities, searches, itemSearches, summaries, gdelt, googleNews };
  return loaded;
}

const json = (body, status = 200, headers = {}) => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const text = (body, status = 200, type = 'text/html; charset=utf-8') => ({ status, headers: { 'content-type': type }, body });
const HTML_ERROR = '<!DOCTYPE html><html><head><title>Error</title></head><body><p>Our servers are currently under maintenance.</p></body></html>';

/** Keeps the requested parts of an entity, as wbgetentities does with `props` and `languages`. */
function shape(entity, props, languages) {
  const out = { type: entity.type, id: entity.id };
  const inLanguages = (map) => Object.fromEntries(Object.entries(map ?? {}).filter(([lang]) => !languages || languages.includes(lang)));
  if (props.includes('info')) for (const key of ['pageid', 'ns', 'title', 'lastrevid', 'modified']) if (key in entity) out[key] = entity[key];
  if (props.includes('labels')) out.labels = inLanguages(entity.labels);
  if (props.includes('descriptions')) out.descriptions = inLanguages(entity.descriptions);
  if (props.includes('aliases')) out.aliases = inLanguages(entity.aliases);
  if (props.includes('claims')) out.claims = entity.claims ?? {};
  if (props.includes('sitelinks')) out.sitelinks = entity.sitelinks ?? {};
  return out;
}

function actionApi(params) {
  const { entities, searches, itemSearches } = data();
  if (params.get('action') === 'wbgetentities') {
    const ids = (params.get('ids') ?? '').split('|').filter(Boolean);
    if (ids.length > WIKIDATA_MAX_IDS) {
      return json({ error: { code: 'toomanyvalues', info: `Too many values supplied for parameter "ids". The limit is ${WIKIDATA_MAX_IDS}.` } }, 200, { 'mediawiki-api-error': 'toomanyvalues' });
    }
    const props = (params.get('props') ?? 'info|sitelinks|aliases|labels|descriptions|claims|datatype').split('|');
    const languages = params.get('languages')?.split('|');
    const out = {};
    for (const id of ids) out[id] = entities[id] ? shape(entities[id], props, languages) : { id, missing: '' };
    return json({ entities: out, success: 1 });
  }
  if (params.get('action') === 'wbsearchentities') {
    const search = (params.get('search') ?? '').trim();
    return json(itemSearches[search.toLowerCase()] ?? { searchinfo: { search }, search: [], success: 1 });
  }
  if (params.get('action') === 'query' && params.get('generator') === 'search') {
    const found = searches[(params.get('gsrsearch') ?? '').trim().toLowerCase()];
    return json(found ?? { batchcomplete: true });
  }
  return json({ error: { code: 'badvalue', info: 'Unrecognized value for parameter "action".' }, servedby: 'fixture' }, 200, { 'mediawiki-api-error': 'badvalue' });
}

function summary(rawTitle) {
  const title = decodeURIComponent(rawTitle);
  if (title.includes(' ')) {
    // The real endpoint answers 301 to the canonical (underscored) title.
    return { status: 301, headers: { location: `/api/rest_v1/page/summary/${encodeURIComponent(title.replace(/ /g, '_'))}` }, body: '' };
  }
  const found = data().summaries[title];
  if (found) return json(found);
  return json({ type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found', title: 'Not found.', method: 'get', detail: 'Page or revision not found.', uri: `/en.wikipedia.org/v1/page/summary/${rawTitle}` }, 404, { 'content-type': 'application/problem+json' });
}

const DAY_MS = 86_400_000;
/** GDELT's compact UTC time ("20250419T000000Z") ↔ epoch ms. */
const gdeltTime = (ms) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const gdeltMs = (value) => Date.parse(value.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));

/**
 * A timeline fixture moved by whole days so its last bucket falls on `now`'s day. The real service's
 * `timespan=3m` always ends at the request time; a frozen 2025 series would fall outside the window a live
 * client asks for and chart as nothing but zeros. Without `now` (unit tests with a fake clock) it is unchanged.
 */
function timelineEndingAt(raw, now) {
  if (now === undefined) return raw;
  const body = JSON.parse(raw);
  const dates = body.timeline.flatMap((series) => series.data.map((bucket) => gdeltMs(bucket.date)));
  const shift = Math.floor(now / DAY_MS) * DAY_MS - Math.floor(Math.max(...dates) / DAY_MS) * DAY_MS;
  for (const series of body.timeline) for (const bucket of series.data) bucket.date = gdeltTime(gdeltMs(bucket.date) + shift);
  return JSON.stringify(body);
}

function gdelt(params, mode, now) {
  const { gdelt: file } = data();
  if (mode === 'gdelt-429' || mode === '429') return text(file('error_429_rate_limited.txt'), 429, 'text/plain; charset=utf-8');
  if (mode === 'text-error') return text(file('error_or_needs_parentheses.txt'));
  const query = params.get('query') ?? '';
  const timespan = params.get('timespan') ?? '';
  if (/^\d+min$/.test(timespan) && Number.parseInt(timespan, 10) < 60) return text(file('error_timespan_too_short.txt'));
  for (const match of query.matchAll(/"([^"]*)"/g)) if ((match[1] ?? '').length < GDELT_MIN_PHRASE) return text(file('error_phrase_too_short.txt'));
  if (/\sOR\s/.test(query) && !query.includes('(')) return text(file('error_or_needs_parentheses.txt'));
  const mode2 = (params.get('mode') ?? '').toLowerCase();
  const kalin = /ibrahim kalin/i.test(query);
  if (mode2 === 'artlist') {
    if (/invalid-escape-test/.test(query)) return json(file('artlist_invalid_escape.json'));
    if (kalin && /hamas/i.test(query)) return json(file('artlist_story_Kalin_Hamas.json'));
    if (kalin) return json(file('artlist_Ibrahim_Kalin.json'));
    return json(file('empty_object.json'));
  }
  if (mode2 === 'timelinevol') return kalin ? json(timelineEndingAt(file('timelinevol_Ibrahim_Kalin.json'), now)) : json('{"timeline":[ ]}');
  return text('Invalid mode.');
}

/** An RSS search feed with no items, for queries the fixtures have nothing for. */
const EMPTY_FEED = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0"><channel><generator>NFE/5.0</generator><title>Google News</title><language>en-US</language><description>Google News</description></channel></rss>';
/** What Google answers a client that asks too often: a 429 with an HTML "unusual traffic" page (shortened). */
const CAPTCHA_PAGE = '<!DOCTYPE html><html><head><title>https://news.google.com/rss/search</title></head><body><div>Our systems have detected unusual traffic from your computer network. This page checks to see if it&#39;s really you sending the requests, and not a robot.</div><form action="/sorry/index" method="post"></form></body></html>';

function googleNews(params, mode) {
  if (mode === '429') return text(CAPTCHA_PAGE, 429);
  const query = params.get('q') ?? '';
  const type = 'application/xml; charset=utf-8';
  return /ibrahim kalin/i.test(query) ? text(data().googleNews('search_Ibrahim_Kalin.xml'), 200, type) : text(EMPTY_FEED, 200, type);
}

/**
 * Answers one request URL (absolute or a path) in the real services' shapes. `options.now` (the live HTTP
 * server passes the wall clock) makes time-relative answers end at that time, as the real GDELT's do.
 */
export function route(url, mode = 'normal', options = {}) {
  const parsed = new URL(url, 'http://fixture.invalid');
  const path = parsed.pathname;
  if (mode === 'html') return text(HTML_ERROR, 200);
  if (path === '/api/v2/doc/doc') return gdelt(parsed.searchParams, mode, options.now);
  if (path === '/rss/search') return googleNews(parsed.searchParams, mode);
  if (mode === '429') return text('Too many requests. Please retry later.', 429, 'text/plain');
  if (path === '/w/api.php') return actionApi(parsed.searchParams);
  const summaryMatch = /^\/api\/rest_v1\/page\/summary\/(.+)$/.exec(path);
  if (summaryMatch) return summary(summaryMatch[1]);
  const entityData = /^\/wiki\/Special:EntityData\/(Q\d+)\.json$/.exec(path);
  if (entityData) {
    const entity = data().entities[entityData[1]];
    return entity ? json({ entities: { [entity.id]: entity } }) : text('Not Found', 404, 'text/plain');
  }
  return text('Not Found', 404, 'text/plain');
}

/**
 * A `fetch` that answers from `route` (following redirects like fetch does) and logs every request.
 * `options.mode` may be changed between calls; `options.fail` makes every call reject (offline).
 */
export function createFixtureFetch(options = {}) {
  const requests = [];
  const state = { mode: options.mode ?? 'normal', offline: false };
  const fetchImpl = async (url, init = {}) => {
    requests.push({ url: String(url), headers: { ...(init.headers ?? {}) } });
    if (state.offline) throw new TypeError('Failed to fetch');
    let answer = route(String(url), state.mode);
    for (let hops = 0; answer.status === 301 && hops < 3; hops += 1) answer = route(answer.headers.location, state.mode);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  };
  return Object.assign(fetchImpl, { requests, state });
}
