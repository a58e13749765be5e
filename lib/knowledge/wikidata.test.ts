import { describe, expect, it } from 'vitest';
import { createWikimediaQueue } from './request-queue';
import { createFixtureFetch, fakeTime, fixtureJson } from './test-fixtures';
import { aliasesOf, createWikidataClient, entitiesUrl, itemValues, labelOf, parseEntities, parseSearch, searchUrl, sitelinkCount, statementsOf } from './wikidata';
import type { WikidataEntity } from './wikidata';

const christophersen = (): WikidataEntity => {
  const parsed = parseEntities(fixtureJson('recorded/wikidata/Q646148_Henning_Christophersen.wbgetentities.json'));
  if (!parsed.ok || !parsed.value.Q646148) throw new Error('fixture');
  return parsed.value.Q646148;
};

describe('wbgetentities', () => {
  it('builds the URL with wikibase-sdk, language fallback and origin=*', () => {
    const url = new URL(entitiesUrl('https://www.wikidata.org', ['Q1', 'Q2'], ['labels', 'claims'], ['en', 'mul']));
    expect(url.pathname).toBe('/w/api.php');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ action: 'wbgetentities', ids: 'Q1|Q2', languages: 'en|mul', props: 'labels|claims', languagefallback: '1', origin: '*' });
  });

  it('reads the recorded entity: labels, aliases, sitelinks, non-deprecated statements', () => {
    const entity = christophersen();
    expect(labelOf(entity, 'en')).toBe('Henning Christophersen');
    expect(sitelinkCount(entity)).toBe(17);
    expect(itemValues(entity, 'P31')).toEqual(['Q5']);
    expect(statementsOf(entity, 'P39')).toHaveLength(13);
    expect(aliasesOf(entity).length).toBeGreaterThanOrEqual(0);
  });

  it('reads an item with empty labels and skips missing ids', () => {
    const parsed = parseEntities(fixtureJson('recorded/wikidata/wbgetentities_response_Q3235026.json'));
    expect(parsed.ok && parsed.value.Q3235026 && labelOf(parsed.value.Q3235026, 'en')).toBeUndefined();
    expect(parseEntities({ entities: { Q1: { id: 'Q1', missing: '' } }, success: 1 })).toEqual({ ok: true, value: {} });
    expect(parseEntities({ error: { code: 'no-such-entity', info: 'x' } })).toMatchObject({ ok: false, error: 'invalid-response' });
  });

  it('batches ids by 50 and resolves labels with mul fallback', async () => {
    const fetch = createFixtureFetch();
    const time = fakeTime();
    const wikidata = createWikidataClient(createWikimediaQueue({ fetch, now: time.now, sleep: time.sleep }), 'http://fixture.test', 'en');
    const ids = ['Q99000001', 'Q39259', ...Array.from({ length: 60 }, (_, i) => `Q${1_000_000 + i}`)];
    const labels = await wikidata.labels(ids);
    expect(labels).toMatchObject({ ok: true, value: { Q99000001: 'İbrahim Kalın', Q39259: 'Recep Tayyip Erdoğan' } });
    expect(fetch.requests).toHaveLength(2);
    for (const request of fetch.requests) expect(new URL(request.url).searchParams.get('ids')!.split('|').length).toBeLessThanOrEqual(50);
  });
});

describe('wbsearchentities', () => {
  it('asks for items matching the name, in the reader\'s language, with anonymous CORS', () => {
    const url = new URL(searchUrl('https://www.wikidata.org/', 'Henning Christophersen', 'en'));
    expect(url.pathname).toBe('/w/api.php');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ action: 'wbsearchentities', search: 'Henning Christophersen', language: 'en', type: 'item', origin: '*' });
  });

  it('keeps matches in the reader\'s languages only (the real "UoD" answer also matches a Tagalog label)', () => {
    expect(parseSearch(fixtureJson('hand-written/wikidata/search/UoD.json'), ['en', 'mul'])).toEqual({ ok: true, value: ['Q3183295', 'Q3666468'] });
  });

  it('an answer without a search list is invalid, not empty', () => {
    expect(parseSearch({ error: { code: 'param-missing' } }, ['en'])).toMatchObject({ ok: false, error: 'invalid-response' });
  });
});
