import { describe, expect, it } from 'vitest';
import { toLinkCandidate } from './candidates';
import { applyCorrection, confidenceOf, correctionKey, LINK_THRESHOLD, linkAll } from './linking';
import type { LinkContext, MentionCandidates, MentionToLink } from './linking';
import { fixtureJson } from './test-fixtures';
import { words } from './text';
import { parseEntities } from './wikidata';
import { parseSearch } from './wikipedia';

const parsed = parseEntities(fixtureJson('hand-written/wikidata/entities.wbgetentities.json'));
const ENTITIES = parsed.ok ? parsed.value : {};

/** Candidates for a name exactly as the service builds them: search hits joined with their items. */
function candidatesFor(mention: MentionToLink, searchFile: string): MentionCandidates {
  const hits = parseSearch(fixtureJson(`hand-written/wikipedia/search/${searchFile}.json`));
  if (!hits.ok) throw new Error(searchFile);
  return { mention, candidates: hits.value.map((hit) => toLinkCandidate(hit, hit.qid ? ENTITIES[hit.qid] : undefined, 'en')).filter((c) => c !== null) };
}

const SEED_CONTEXT = words(
  'Turkey spy chief meets Hamas leaders talks Gaza aid delivery Turkish state media intelligence chief delegation terror group political council Palestinian Anadolu state news agency President Prime Minister',
);
const ctx: LinkContext = { contextWords: SEED_CONTEXT, articleDate: { date: '2025-04-19', precision: 'day' } };
const kalin: MentionToLink = { key: 'PER:Ibrahim Kalin', name: 'Ibrahim Kalin', type: 'PER' };
const darwish: MentionToLink = { key: 'PER:Mohammad Darwish', name: 'Mohammad Darwish', type: 'PER' };
const hamas: MentionToLink = { key: 'ORG:Hamas', name: 'Hamas', type: 'ORG' };
const anadolu: MentionToLink = { key: 'ORG:Anadolu', name: 'Anadolu', type: 'ORG' };

describe('linking the seed article', () => {
  const links = linkAll(
    [candidatesFor(kalin, 'Ibrahim_Kalin'), candidatesFor(darwish, 'Mohammad_Darwish'), candidatesFor(hamas, 'Hamas'), candidatesFor(anadolu, 'Anadolu')],
    ctx,
  );

  it('links a name to a title with diacritics reached through a redirect, skipping the disambiguation page', () => {
    expect(links[kalin.key]).toMatchObject({ status: 'linked', qid: 'Q99000001', title: 'İbrahim Kalın', source: 'auto' });
  });

  it('two notable people with the same name: context and coherence beat the search rank', () => {
    const link = links[darwish.key];
    expect(link).toMatchObject({ status: 'linked', qid: 'Q99000002' });
    if (link?.status !== 'linked') throw new Error('not linked');
    expect(link.confidence).toBeGreaterThan(LINK_THRESHOLD);
    expect(link.alternatives[0]).toMatchObject({ qid: 'Q99000003' });
    expect(link.alternatives.find((a) => a.qid === 'Q99000003')?.features.coherence).toBe(0);
  });

  it('an organization over a region with the same name, and a party over a document about it', () => {
    expect(links[anadolu.key]).toMatchObject({ status: 'linked', qid: 'Q99000027' });
    expect(links[hamas.key]).toMatchObject({ status: 'linked', qid: 'Q38799' });
  });
});

describe('hard cases', () => {
  const uod: MentionToLink = { key: 'ORG:UoD', name: 'UoD', type: 'ORG' };

  it('an acronym ranked wrong by search is "not sure" without context and flips with it', () => {
    const bare = linkAll([candidatesFor(uod, 'UoD')], { contextWords: [] })[uod.key];
    expect(bare?.status).toBe('ambiguous');
    if (bare?.status === 'ambiguous') expect(bare.candidates.map((c) => c.qid).slice(0, 2).sort()).toEqual(['Q3183295', 'Q3666468']);
    const withContext = linkAll([candidatesFor(uod, 'UoD')], { contextWords: words('students in Duhok, Kurdistan Region of Iraq') })[uod.key];
    expect(withContext).toMatchObject({ status: 'linked', qid: 'Q3666468' });
  });

  it('a person and an organization named after him: the type decides', () => {
    const ford: MentionToLink = { key: 'ORG:Ford', name: 'Ford', type: 'ORG' };
    expect(linkAll([candidatesFor(ford, 'Ford')], { contextWords: words('cars recall') })[ford.key]).toMatchObject({ status: 'linked', qid: 'Q44294' });
    const fordPerson: MentionToLink = { key: 'PER:Ford', name: 'Ford', type: 'PER' };
    const person = linkAll([candidatesFor(fordPerson, 'Ford')], { contextWords: [] })[fordPerson.key];
    expect(person?.status === 'linked' ? person.qid : person?.status === 'ambiguous' ? person.candidates[0]?.qid : null).not.toBe('Q44294');
  });

  it('the same name without any context is "not sure" rather than the first search hit', () => {
    const link = linkAll([candidatesFor(darwish, 'Mohammad_Darwish')], { contextWords: [] })[darwish.key];
    expect(link?.status).toBe('ambiguous');
  });

  it('a name with no Wikipedia article is not found', () => {
    const nobody: MentionToLink = { key: 'PER:Zed Nobody', name: 'Zed Nobody', type: 'PER' };
    expect(linkAll([{ mention: nobody, candidates: [] }], ctx)[nobody.key]).toEqual({ status: 'not-found' });
  });

  it('discounts confidence when the runner-up is close', () => {
    expect(confidenceOf(0.8, 0)).toBe(0.8);
    expect(confidenceOf(0.8, 0.8)).toBeCloseTo(0.48);
    expect(confidenceOf(0.8, 0.7)).toBeCloseTo(0.64);
  });
});

describe('reader corrections', () => {
  const links = linkAll([candidatesFor(darwish, 'Mohammad_Darwish')], { contextWords: [] });

  it('override the automatic link, keyed by type and normalized name', () => {
    expect(correctionKey({ name: 'Mohammad  DARWISH', type: 'PER' })).toBe('PER:mohammad darwish');
    const corrected = applyCorrection(links[darwish.key]!, { qid: 'Q99000002' });
    expect(corrected).toMatchObject({ status: 'linked', qid: 'Q99000002', confidence: 1, source: 'reader', title: 'Mohammad Darwish (Hamas official)' });
    expect(applyCorrection(links[darwish.key]!, { qid: null })).toEqual({ status: 'not-found', source: 'reader' });
    expect(applyCorrection(links[darwish.key]!, undefined)).toBe(links[darwish.key]);
  });
});
