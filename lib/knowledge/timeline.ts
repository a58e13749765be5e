/**
 * Dated background facts from Wikidata claims, and the facts true "as of this article".
 * Two steps, so the caller can batch requests: `extractFacts` reads one entity and says which items it needs
 * (labels, and P2937 term items for positions dated only by their parliamentary term); `buildTimeline` assembles.
 */
import { bounds, compareDates } from './dates';
import type { FuzzyDate, Precision } from './dates';
import { isSomeValue, itemIdOf, qualifier, statementsOf, timeOf } from './wikidata';
import type { Statement, WikidataEntity } from './wikidata';

export type TimelineKind =
  | 'born'
  | 'died'
  | 'position'
  | 'party'
  | 'employer'
  | 'education'
  | 'member-of'
  | 'award'
  | 'inception'
  | 'dissolved'
  | 'founder'
  | 'leader'
  | 'headquarters'
  | 'article';

/** Properties read, by what they become. Points use the main value's time; spans use P580/P582 (or P585). */
const POINTS: ReadonlyArray<[string, TimelineKind]> = [
  ['P569', 'born'],
  ['P570', 'died'],
  ['P571', 'inception'],
  ['P576', 'dissolved'],
];
const SPANS: ReadonlyArray<[string, TimelineKind, string?]> = [
  ['P39', 'position'],
  ['P102', 'party'],
  ['P108', 'employer'],
  ['P69', 'education'],
  ['P463', 'member-of'],
  ['P166', 'award'],
  ['P112', 'founder'],
  ['P488', 'leader', 'chairperson'],
  ['P169', 'leader', 'chief executive officer'],
  ['P1037', 'leader', 'director'],
  ['P159', 'headquarters'],
];
/** Kinds that hold for a period and can therefore be "true on a date". */
const DURABLE: ReadonlySet<TimelineKind> = new Set(['position', 'party', 'employer', 'education', 'member-of', 'leader', 'headquarters']);

/** One fact read from a statement, before labels are known. */
export interface RawFact {
  kind: TimelineKind;
  itemId?: string;
  role?: string;
  start?: FuzzyDate;
  end?: FuzzyDate;
  /** The end is known to exist but its date is not (P582 "unknown value"). */
  endUnknown?: boolean;
  /** A parliamentary term item (P2937) that dates the statement when it has no dates of its own. */
  termId?: string;
}

export interface TimelineEvent extends FuzzyDate {
  kind: TimelineKind;
  label: string;
  itemId?: string;
  role?: string;
  end?: FuzzyDate;
  endUnknown?: true;
  /** Only the end is known ("until 1998"): the event is dated by its end. */
  startUnknown?: true;
  /** No end date and the subject is alive / not dissolved: "— present". */
  ongoing?: true;
}

export interface UndatedFact {
  kind: TimelineKind;
  label: string;
  itemId?: string;
  role?: string;
}

export interface Timeline {
  subject: string;
  /** Sorted by date, the article's publication date included (kind "article"). */
  events: TimelineEvent[];
  /** Facts Wikidata gives without any date: shown apart, never guessed onto the timeline. */
  undated: UndatedFact[];
}

const POINT_LABELS: Partial<Record<TimelineKind, string>> = { born: 'Born', died: 'Died', inception: 'Founded', dissolved: 'Dissolved' };

function spanFact(kind: TimelineKind, st: Statement, role: string | undefined): RawFact {
  const fact: RawFact = { kind };
  const itemId = itemIdOf(st.mainsnak);
  if (itemId) fact.itemId = itemId;
  if (role) fact.role = role;
  const start = timeOf(qualifier(st, 'P580')) ?? timeOf(qualifier(st, 'P585'));
  if (start) fact.start = start;
  const endSnak = qualifier(st, 'P582');
  const end = timeOf(endSnak);
  if (end) fact.end = end;
  else if (isSomeValue(endSnak)) fact.endUnknown = true;
  const term = itemIdOf(qualifier(st, 'P2937'));
  if (term && !start) fact.termId = term;
  return fact;
}

/** Reads the timeline properties of one entity (deprecated statements are dropped by statementsOf). */
export function extractFacts(entity: WikidataEntity): RawFact[] {
  const facts: RawFact[] = [];
  for (const [property, kind] of POINTS) {
    for (const st of statementsOf(entity, property)) {
      const date = timeOf(st.mainsnak);
      // "unknown value" for a death date still says the person died.
      if (date) facts.push({ kind, start: date });
      else if (isSomeValue(st.mainsnak)) facts.push({ kind });
    }
  }
  for (const [property, kind, role] of SPANS) {
    for (const st of statementsOf(entity, property)) {
      const fact = spanFact(kind, st, role);
      if (fact.itemId) facts.push(fact);
    }
  }
  return facts;
}

/** Items whose labels the timeline shows. */
export const referencedIds = (facts: readonly RawFact[]): string[] =>
  [...new Set(facts.map((f) => f.itemId).filter((id): id is string => Boolean(id)))];

/** Term items to fetch (their claims) for statements dated only through P2937. */
export const termIds = (facts: readonly RawFact[]): string[] =>
  [...new Set(facts.map((f) => f.termId).filter((id): id is string => Boolean(id)))];

export interface BuildOptions {
  labels: Readonly<Record<string, string>>;
  /** Term items (with claims P580/P582) by id. */
  terms?: Readonly<Record<string, WikidataEntity>>;
  /** The article's publication date, placed on the timeline. */
  articleDate?: FuzzyDate | null;
}

function dateFromTerm(fact: RawFact, terms: Readonly<Record<string, WikidataEntity>>): RawFact {
  if (fact.start || !fact.termId) return fact;
  const term = terms[fact.termId];
  if (!term) return fact;
  const start = timeOf(statementsOf(term, 'P580')[0]?.mainsnak);
  const end = fact.end ?? timeOf(statementsOf(term, 'P582')[0]?.mainsnak);
  return { ...fact, ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

export function buildTimeline(entity: WikidataEntity, options: BuildOptions): Timeline {
  const facts = extractFacts(entity).map((fact) => dateFromTerm(fact, options.terms ?? {}));
  const ended = facts.some((f) => f.kind === 'died' || f.kind === 'dissolved');
  const events: TimelineEvent[] = [];
  const undated: UndatedFact[] = [];
  for (const fact of facts) {
    const label = POINT_LABELS[fact.kind] ?? (fact.itemId ? (options.labels[fact.itemId] ?? fact.itemId) : fact.kind);
    const base = { kind: fact.kind, label, ...(fact.itemId ? { itemId: fact.itemId } : {}), ...(fact.role ? { role: fact.role } : {}) };
    // A span known only by its end ("until 1998") is dated by that end.
    const anchor = fact.start ?? fact.end;
    if (!anchor) {
      undated.push(base);
      continue;
    }
    const event: TimelineEvent = { ...base, date: anchor.date, precision: anchor.precision };
    if (fact.end) event.end = fact.end;
    if (!fact.start) event.startUnknown = true;
    if (fact.endUnknown) event.endUnknown = true;
    if (DURABLE.has(fact.kind) && fact.start && !fact.end && !fact.endUnknown && !ended) event.ongoing = true;
    events.push(event);
  }
  if (options.articleDate) events.push({ kind: 'article', label: 'This article', ...options.articleDate });
  events.sort((a, b) => compareDates(a, b) || (a.kind === 'article' ? 1 : b.kind === 'article' ? -1 : 0));
  return { subject: entity.id, events, undated };
}

export interface AsOfFact {
  event: TimelineEvent;
  /** False when partial dates leave it open ("from 2023" checked against a day in 2023). */
  certain: boolean;
}

export interface AsOf {
  date: FuzzyDate;
  facts: AsOfFact[];
  /** Age in whole years on that date, when the birth day is known. */
  age?: number;
  /** Whether the subject was alive (person) or existing (organization) then; null when Wikidata does not say. */
  existing: boolean | null;
}

const precisionRank: Record<Precision, number> = { year: 0, month: 1, day: 2 };

function yearsBetween(from: FuzzyDate, to: FuzzyDate): number | undefined {
  if (from.precision !== 'day' || precisionRank[to.precision] < precisionRank.day) return undefined;
  const [fy, fm, fd] = from.date.split('-').map(Number);
  const [ty, tm, td] = to.date.split('-').map(Number);
  if ([fy, fm, fd, ty, tm, td].some((n) => n === undefined || Number.isNaN(n))) return undefined;
  const beforeBirthday = (tm ?? 0) < (fm ?? 0) || ((tm ?? 0) === (fm ?? 0) && (td ?? 0) < (fd ?? 0));
  return (ty ?? 0) - (fy ?? 0) - (beforeBirthday ? 1 : 0);
}

/** The facts true on `date`: e.g. the office a person held the day the article was published. */
export function asOf(timeline: Timeline, date: FuzzyDate): AsOf {
  const at = bounds(date);
  const result: AsOf = { date, facts: [], existing: null };
  if (!at) return result;
  const start = timeline.events.find((e) => e.kind === 'born' || e.kind === 'inception');
  const end = timeline.events.find((e) => e.kind === 'died' || e.kind === 'dissolved');
  const endBounds = end ? bounds(end) : null;
  const startBounds = start ? bounds(start) : null;
  if (startBounds) result.existing = startBounds.earliest <= at.latest && (!endBounds || endBounds.latest >= at.earliest);
  else if (endBounds) result.existing = endBounds.latest >= at.earliest;
  const born = timeline.events.find((e) => e.kind === 'born');
  if (born && result.existing !== false) {
    const age = yearsBetween(born, date);
    if (age !== undefined && age >= 0) result.age = age;
  }
  for (const event of timeline.events) {
    // Without a start (or with an unknown end) the span cannot be placed around the date.
    if (!DURABLE.has(event.kind) || event.endUnknown || event.startUnknown) continue;
    const from = bounds(event);
    if (!from || from.earliest > at.latest) continue;
    const to = event.end ? bounds(event.end) : null;
    // An open span lasts until the subject's own end (death, dissolution), when there is one.
    const until = to ?? endBounds;
    if (until && until.latest < at.earliest) continue;
    const certain = from.latest <= at.earliest && (!until || until.earliest >= at.latest);
    result.facts.push({ event, certain });
  }
  return result;
}
