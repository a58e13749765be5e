import { describe, expect, it } from 'vitest';
import { fixtureJson } from './test-fixtures';
import { asOf, buildTimeline, extractFacts, referencedIds, termIds } from './timeline';
import { parseEntities } from './wikidata';
import type { WikidataEntity } from './wikidata';

function entities(path: string): Record<string, WikidataEntity> {
  const parsed = parseEntities(fixtureJson(path));
  if (!parsed.ok) throw new Error(path);
  return parsed.value;
}
const recorded = entities('recorded/wikidata/Q646148_Henning_Christophersen.wbgetentities.json');
const hand = entities('hand-written/wikidata/entities.wbgetentities.json');
const labels = Object.fromEntries(Object.values(hand).map((e) => [e.id, e.labels?.en?.value ?? e.labels?.mul?.value ?? e.id]));
const get = (id: string): WikidataEntity => {
  const entity = hand[id] ?? recorded[id];
  if (!entity) throw new Error(id);
  return entity;
};
const ARTICLE = { date: '2025-04-19', precision: 'day' as const };

describe('timeline from the recorded politician (Q646148)', () => {
  const entity = get('Q646148');
  const timeline = buildTimeline(entity, { labels: {} });

  it('keeps precision and never produces an Invalid Date', () => {
    expect(timeline.events.find((e) => e.kind === 'born')).toMatchObject({ date: '1939-11-08', precision: 'day' });
    expect(timeline.events.find((e) => e.kind === 'died')).toMatchObject({ date: '2016-12-31' });
    const yearOnly = timeline.events.find((e) => e.itemId === 'Q64852347');
    expect(yearOnly).toMatchObject({ date: '1977', precision: 'year', end: { date: '1984', precision: 'year' } });
    for (const event of timeline.events) expect(event.date).toMatch(/^-?\d{1,6}(-\d{2}){0,2}$/);
  });

  it('keeps undated positions apart and asks for term items and labels', () => {
    expect(timeline.undated.some((f) => f.kind === 'position' && f.itemId === 'Q1780230')).toBe(true);
    const facts = extractFacts(entity);
    expect(termIds(facts)).toContain('Q60667760');
    expect(referencedIds(facts)).toContain('Q5449541');
    // falls back to the id when no label was resolved
    expect(timeline.events.find((e) => e.itemId === 'Q5449541')?.label).toBe('Q5449541');
  });

  it('ends open spans at death: nothing is "present" for a dead person', () => {
    expect(timeline.events.some((e) => e.ongoing)).toBe(false);
    const result = asOf(timeline, ARTICLE);
    expect(result.existing).toBe(false);
    expect(result.facts).toEqual([]);
  });
});

describe('timeline from hand-written Erdoğan, Kalın and Hamas', () => {
  it('drops the deprecated birth date and dates a P39 through its P2937 term item', () => {
    const entity = get('Q39259');
    expect(termIds(extractFacts(entity))).toEqual(['Q99000014']);
    const timeline = buildTimeline(entity, { labels, terms: { Q99000014: get('Q99000014') }, articleDate: ARTICLE });
    expect(timeline.events.filter((e) => e.kind === 'born')).toEqual([{ kind: 'born', label: 'Born', date: '1954-02-26', precision: 'day' }]);
    expect(timeline.events.find((e) => e.itemId === 'Q99000013')).toMatchObject({ date: '2002-11-14', end: { date: '2007-07-22' } });
    expect(timeline.events.find((e) => e.kind === 'award')).toMatchObject({ date: '2004-06', precision: 'month' });
    expect(timeline.events.find((e) => e.itemId === 'Q99000010')).toMatchObject({ label: 'President of Turkey', ongoing: true });
    // party with only an end date is dated by it; the article sits between 2014 and the end
    expect(timeline.events.find((e) => e.itemId === 'Q99000056')).toMatchObject({ date: '1998', precision: 'year', startUnknown: true });
    expect(asOf(timeline, { date: '1998-01-01', precision: 'day' }).facts.map((f) => f.event.itemId)).not.toContain('Q99000056');
    const dates = timeline.events.map((e) => e.date);
    expect(timeline.events.at(-1)).toMatchObject({ kind: 'article', date: '2025-04-19' });
    expect(dates.indexOf('2014-08-28')).toBeLessThan(dates.indexOf('2025-04-19'));
    expect(timeline.undated).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'education', label: 'Marmara University' })]));
  });

  it('says which office Kalın held the day the article was published, and his age', () => {
    const timeline = buildTimeline(get('Q99000001'), { labels, articleDate: ARTICLE });
    const result = asOf(timeline, ARTICLE);
    expect(result.existing).toBe(true);
    expect(result.age).toBe(53);
    const positions = result.facts.filter((f) => f.event.kind === 'position').map((f) => [f.event.label, f.certain]);
    expect(positions).toEqual([['Director of the National Intelligence Organization', true]]);
    const before = asOf(timeline, { date: '2020-01-01', precision: 'day' });
    expect(before.facts.map((f) => f.event.label)).toContain('Presidential Spokesperson of Turkey');
  });

  it('an organization: inception with month precision, founders undated, leaders with roles and dates', () => {
    const timeline = buildTimeline(get('Q38799'), { labels, articleDate: ARTICLE });
    expect(timeline.events.find((e) => e.kind === 'inception')).toMatchObject({ date: '1987-12', precision: 'month' });
    expect(timeline.undated.filter((f) => f.kind === 'founder').map((f) => f.label)).toEqual(['Ahmed Yassin', 'Abdel Aziz al-Rantisi']);
    const leaders = asOf(timeline, ARTICLE).facts.filter((f) => f.event.kind === 'leader');
    expect(leaders.map((f) => [f.event.label, f.event.role, f.certain])).toEqual([['Mohammad Darwish', 'chairperson', true]]);
    expect(asOf(timeline, { date: '2024', precision: 'year' }).facts.filter((f) => f.event.kind === 'leader').every((f) => !f.certain)).toBe(true);
    expect(timeline.events.find((e) => e.kind === 'headquarters')).toMatchObject({ label: 'Doha', date: '2012' });
  });
});
