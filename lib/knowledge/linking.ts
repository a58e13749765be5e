/**
 * Entity linking: Wikipedia/Wikidata candidates → one scored link, "ambiguous" with alternatives, or "not found".
 * Runs on the device: the context words come from the article but never leave it.
 *
 * score = Σ weight × feature, each feature in 0..1:
 *   name (label/alias/redirect match) · type (P31 vs PER/ORG) · popularity (sitelinks, search rank) ·
 *   context (description words shared with the article) · coherence (claims linking to the article's other
 *   entities' candidates) · time (alive / not dissolved at the article's date)
 * confidence = best score, discounted when the runner-up is close.
 */
import { bounds } from './dates';
import type { FuzzyDate } from './dates';
import { normalizeName, stripQualifier, words } from './text';

export interface LinkCandidate {
  qid: string;
  /** Wikipedia title in the article's language, when there is an article. */
  title?: string;
  label?: string;
  aliases: string[];
  description?: string;
  /** More descriptive text (Wikipedia short description, summary extract) when already known. */
  extraText?: string;
  /** The redirect the Wikipedia search went through. */
  redirectFrom?: string;
  /** Wikipedia search rank, 1 = best. */
  searchRank?: number;
  instanceOf: string[];
  sitelinks: number;
  /** Items this candidate's claims point to (party, positions, employer, leaders, members…). */
  linkedIds: string[];
  born?: FuzzyDate;
  died?: FuzzyDate;
  inception?: FuzzyDate;
  dissolved?: FuzzyDate;
  disambiguation?: boolean;
}

export interface MentionToLink {
  /** The entity's id in the article (`PER:Ibrahim Kalin`). */
  key: string;
  name: string;
  type: 'PER' | 'ORG';
}

export interface LinkContext {
  /** Words from the article (computed locally); only used for overlap scoring here. */
  contextWords: readonly string[];
  articleDate?: FuzzyDate | null;
}

export interface Features {
  name: number;
  type: number;
  popularity: number;
  context: number;
  coherence: number;
  time: number;
}

export interface ScoredCandidate {
  qid: string;
  title?: string;
  label?: string;
  description?: string;
  score: number;
  features: Features;
}

export type LinkResult =
  | {
      status: 'linked';
      qid: string;
      title?: string;
      label?: string;
      description?: string;
      /** 0..1 */
      confidence: number;
      /** Other plausible candidates, best first (for "not this one?"). */
      alternatives: ScoredCandidate[];
      /** "reader" when a stored correction decided it. */
      source: 'auto' | 'reader';
    }
  | { status: 'ambiguous'; candidates: ScoredCandidate[] }
  | { status: 'not-found'; source?: 'reader' };

/** Feature weights (sum 1). Name and context dominate; popularity only breaks ties between plausible ones. */
export const WEIGHTS: Readonly<Features> = { name: 0.25, type: 0.15, popularity: 0.15, context: 0.2, coherence: 0.15, time: 0.1 };
/** Below this confidence the entity is "not sure" and shows its candidates instead of a possibly wrong answer. */
export const LINK_THRESHOLD = 0.5;
/** Margin over the runner-up at which the best score counts in full. */
const MARGIN_FULL = 0.2;
/** Share of the score kept when the runner-up ties: a tie halves trust, it does not erase it. */
const MARGIN_FLOOR = 0.6;
/** Sitelink count treated as "maximally notable" (log scale): heads of state have 200+, local figures < 10. */
const SITELINKS_SATURATION = 50;
/** Shared context words at which the context feature saturates. */
const CONTEXT_SATURATION = 3;
/** Alternatives kept for the panel. */
export const MAX_ALTERNATIVES = 4;

const HUMAN = 'Q5';
/** Common organization classes (P31). Subclass chains are not walked: unknown classes get a neutral score. */
const ORG_CLASSES = new Set([
  'Q43229', 'Q7278', 'Q4830453', 'Q891723', 'Q783794', 'Q6881511', 'Q3918', 'Q902104', 'Q875538', 'Q23002054', 'Q327333',
  'Q2659904', 'Q484652', 'Q163740', 'Q15911314', 'Q1331793', 'Q11032', 'Q192283', 'Q17149090', 'Q7210356', 'Q245065',
  'Q4438121', 'Q1616075', 'Q786820', 'Q99000024',
]);
/** Classes that are certainly not an organization (places, people, Wikimedia pages). */
const NOT_ORG_CLASSES = new Set([HUMAN, 'Q515', 'Q486972', 'Q6256', 'Q3624078', 'Q5107', 'Q34763', 'Q82794', 'Q532', 'Q70208', 'Q4167410', 'Q13406463', 'Q4167836']);
const UNKNOWN_TYPE = 0.4;
const UNKNOWN_TIME = 0.7;
const ENDED_BEFORE = 0.2;

function nameFeature(mention: string, candidate: LinkCandidate): number {
  const wanted = normalizeName(mention);
  if (!wanted) return 0;
  const primary = [candidate.label, candidate.title && stripQualifier(candidate.title)].filter((s): s is string => Boolean(s)).map(normalizeName);
  if (primary.includes(wanted)) return 1;
  const secondary = [...candidate.aliases, candidate.redirectFrom ?? ''].filter(Boolean).map(normalizeName);
  if (secondary.includes(wanted)) return 0.85;
  const mentionWords = wanted.split(' ');
  for (const name of primary) {
    const nameWords = name.split(' ');
    // "Kalin" for "Ibrahim Kalin": a surname alone is a good but weaker match.
    if (mentionWords.every((w) => nameWords.includes(w))) return 0.6;
    // "UoD" for "University of Duhok"
    const initials = nameWords.map((w) => w[0]).join('');
    if (mentionWords.length === 1 && wanted.length >= 2 && (initials === wanted || nameWords.filter((w) => w !== 'of' && w !== 'the').map((w) => w[0]).join('') === wanted)) return 0.7;
  }
  const best = Math.max(0, ...[...primary, ...secondary].map((name) => {
    const a = new Set(mentionWords);
    const b = new Set(name.split(' '));
    const shared = [...a].filter((w) => b.has(w)).length;
    return shared / new Set([...a, ...b]).size;
  }));
  return 0.3 * best;
}

function typeFeature(type: 'PER' | 'ORG', classes: readonly string[]): number {
  if (classes.length === 0) return UNKNOWN_TYPE;
  if (type === 'PER') return classes.includes(HUMAN) ? 1 : 0;
  if (classes.some((c) => ORG_CLASSES.has(c))) return 1;
  return classes.every((c) => NOT_ORG_CLASSES.has(c)) ? 0 : UNKNOWN_TYPE;
}

function popularityFeature(candidate: LinkCandidate): number {
  const sitelinks = Math.min(1, Math.log1p(candidate.sitelinks) / Math.log1p(SITELINKS_SATURATION));
  const rank = candidate.searchRank ? 1 / candidate.searchRank : 0;
  return (2 * sitelinks + rank) / 3;
}

function contextFeature(mention: string, candidate: LinkCandidate, context: ReadonlySet<string>): number {
  const own = new Set(words(mention));
  const text = [candidate.description, candidate.extraText].filter(Boolean).join(' ');
  let shared = 0;
  const seen = new Set<string>();
  for (const word of words(text)) {
    if (own.has(word) || seen.has(word)) continue;
    seen.add(word);
    if (context.has(word)) shared += 1;
    // "Turkish" ~ "Turkey", "Kurdish" ~ "Kurdistan": a shared 4-letter stem counts half.
    else if (word.length >= 5 && context.has(`stem:${word.slice(0, 4)}`)) shared += 0.5;
  }
  return Math.min(1, shared / CONTEXT_SATURATION);
}

function timeFeature(type: 'PER' | 'ORG', candidate: LinkCandidate, date: FuzzyDate | null | undefined): number {
  const start = type === 'PER' ? candidate.born : candidate.inception;
  const end = type === 'PER' ? candidate.died : candidate.dissolved;
  if (!date) return end ? 0.5 : start ? 1 : UNKNOWN_TIME;
  const at = bounds(date);
  if (!at) return UNKNOWN_TIME;
  const startAt = start ? bounds(start) : null;
  if (startAt && startAt.earliest > at.latest) return 0;
  const endAt = end ? bounds(end) : null;
  if (endAt && endAt.latest < at.earliest) return ENDED_BEFORE;
  return start || end ? 1 : UNKNOWN_TIME;
}

function contextSet(contextWords: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const word of contextWords.flatMap(words)) {
    set.add(word);
    if (word.length >= 5) set.add(`stem:${word.slice(0, 4)}`);
  }
  return set;
}

/** Scores one candidate; null when it cannot be this entity (wrong type, no name match, disambiguation page). */
export function scoreCandidate(
  mention: MentionToLink,
  candidate: LinkCandidate,
  context: ReadonlySet<string>,
  articleDate: FuzzyDate | null | undefined,
  peers: { ids: ReadonlySet<string>; pointingTo: ReadonlySet<string> },
): ScoredCandidate | null {
  if (candidate.disambiguation) return null;
  const features: Features = {
    name: nameFeature(mention.name, candidate),
    type: typeFeature(mention.type, candidate.instanceOf),
    popularity: popularityFeature(candidate),
    context: contextFeature(mention.name, candidate, context),
    coherence: candidate.linkedIds.some((id) => peers.ids.has(id)) || peers.pointingTo.has(candidate.qid) ? 1 : 0,
    time: timeFeature(mention.type, candidate, articleDate),
  };
  if (features.name === 0 || features.type === 0) return null;
  const score = (Object.keys(WEIGHTS) as Array<keyof Features>).reduce((sum, key) => sum + WEIGHTS[key] * features[key], 0);
  const scored: ScoredCandidate = { qid: candidate.qid, score: Math.round(score * 1000) / 1000, features };
  if (candidate.title) scored.title = candidate.title;
  if (candidate.label) scored.label = candidate.label;
  if (candidate.description) scored.description = candidate.description;
  return scored;
}

/** Confidence of the best candidate given the runner-up. */
export function confidenceOf(best: number, runnerUp: number): number {
  const margin = Math.min(1, Math.max(0, best - runnerUp) / MARGIN_FULL);
  return Math.round(best * (MARGIN_FLOOR + (1 - MARGIN_FLOOR) * margin) * 1000) / 1000;
}

export interface MentionCandidates {
  mention: MentionToLink;
  candidates: LinkCandidate[];
}

/** Links every mention of an article at once, so each can use the others' candidates for coherence. */
export function linkAll(items: readonly MentionCandidates[], context: LinkContext): Record<string, LinkResult> {
  const words = contextSet(context.contextWords);
  const out: Record<string, LinkResult> = {};
  for (const item of items) {
    const others = items.filter((other) => other.mention.key !== item.mention.key).flatMap((other) => other.candidates);
    const peers = { ids: new Set(others.map((c) => c.qid)), pointingTo: new Set(others.flatMap((c) => c.linkedIds)) };
    const scored = item.candidates
      .map((candidate) => scoreCandidate(item.mention, candidate, words, context.articleDate, peers))
      .filter((s): s is ScoredCandidate => s !== null)
      .sort((a, b) => b.score - a.score);
    out[item.mention.key] = decide(scored);
  }
  return out;
}

function decide(scored: ScoredCandidate[]): LinkResult {
  const [best, second] = scored;
  if (!best) return { status: 'not-found' };
  const confidence = confidenceOf(best.score, second?.score ?? 0);
  if (confidence < LINK_THRESHOLD) return { status: 'ambiguous', candidates: scored.slice(0, MAX_ALTERNATIVES) };
  const { qid, title, label, description } = best;
  return {
    status: 'linked',
    qid,
    ...(title ? { title } : {}),
    ...(label ? { label } : {}),
    ...(description ? { description } : {}),
    confidence,
    alternatives: scored.slice(1, MAX_ALTERNATIVES + 1),
    source: 'auto',
  };
}

/** A reader's decision for a name: this item, or "none of these" (qid null). */
export interface Correction {
  qid: string | null;
  title?: string;
  label?: string;
}

/** Corrections are stored per type and normalized name, so they apply on every article naming the same entity. */
export const correctionKey = (mention: Pick<MentionToLink, 'name' | 'type'>): string => `${mention.type}:${normalizeName(mention.name)}`;

/** The reader overrides the automatic link. Pure: corrections are passed in by the caller, who stores them. */
export function applyCorrection(result: LinkResult, correction: Correction | undefined): LinkResult {
  if (!correction) return result;
  if (correction.qid === null) return { status: 'not-found', source: 'reader' };
  const pool = result.status === 'linked' ? [{ qid: result.qid, title: result.title, label: result.label, description: result.description }, ...result.alternatives] : result.status === 'ambiguous' ? result.candidates : [];
  const chosen = pool.find((c) => c.qid === correction.qid);
  const title = correction.title ?? chosen?.title;
  const label = correction.label ?? chosen?.label;
  const description = chosen?.description;
  return {
    status: 'linked',
    qid: correction.qid,
    ...(title ? { title } : {}),
    ...(label ? { label } : {}),
    ...(description ? { description } : {}),
    confidence: 1,
    alternatives: pool.filter((c): c is ScoredCandidate => c.qid !== correction.qid && 'score' in c),
    source: 'reader',
  };
}
