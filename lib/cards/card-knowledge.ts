import type { EntityKnowledge, FuzzyDate, KnowledgeError, TimelineEvent } from '../knowledge/index';

/** How many timeline items a card shows after its "as of this article" line: more belongs in the panel. */
export const CARD_TIMELINE_ITEMS = 3;
/** The card's news-volume line covers this many most recent days ("this month"). */
export const CARD_VOLUME_DAYS = 30;

/** What a hover card shows from the knowledge sources: small, already chosen, ready to render. */
export type CardKnowledge =
  | {
      status: 'linked';
      qid: string;
      description: string | null;
      /** A free image (Commons) only; never shown when Wikipedia marks it local (often non-free). */
      thumbnail: string | null;
      pageUrl: string | null;
      /** "as of this article": the facts true on the article's date (e.g. the office held). */
      asOf: string[];
      /** The next timeline items after the article's date (or the latest before it). */
      timeline: Array<{ date: FuzzyDate; label: string }>;
      /** Daily share of news coverage over the last CARD_VOLUME_DAYS days, oldest first. */
      volume: number[] | null;
    }
  | { status: 'ambiguous'; candidates: Array<{ qid: string; label: string; description: string | null }> }
  | { status: 'not-found' }
  | { status: 'error'; error: KnowledgeError }
  /** Not looked up: the reader looks names up only on request and has not asked (nothing was sent). */
  | { status: 'on-demand' };

/** A readable line for a timeline event ("President of Turkey", "Born"). */
export function eventLabel(event: Pick<TimelineEvent, 'kind' | 'label' | 'role'>): string {
  return event.role ? `${event.role}: ${event.label}` : event.label;
}

/** Chooses the card's few lines from everything the lookup found. */
export function cardKnowledge(knowledge: EntityKnowledge, articleDate: string | null): CardKnowledge {
  if (!knowledge.link.ok) return { status: 'error', error: knowledge.link.error };
  const link = knowledge.link.value;
  if (link.status === 'not-found') return { status: 'not-found' };
  if (link.status === 'ambiguous') {
    return {
      status: 'ambiguous',
      candidates: link.candidates.slice(0, 3).map((candidate) => ({
        qid: candidate.qid,
        label: candidate.label ?? candidate.title ?? candidate.qid,
        description: candidate.description ?? null,
      })),
    };
  }
  const summary = knowledge.summary.ok ? knowledge.summary.value : null;
  const events = knowledge.timeline.ok ? knowledge.timeline.value.events.filter((event) => event.kind !== 'article') : [];
  const day = articleDate?.slice(0, 10) ?? null;
  const after = day ? events.filter((event) => event.date > day) : [];
  const chosen = (after.length > 0 ? after : events.slice(-CARD_TIMELINE_ITEMS)).slice(0, CARD_TIMELINE_ITEMS);
  const volume = knowledge.volume.ok ? knowledge.volume.value.points.slice(-CARD_VOLUME_DAYS).map((point) => point.value) : null;
  return {
    status: 'linked',
    qid: link.qid,
    description: summary?.description ?? link.description ?? null,
    thumbnail: summary?.thumbnail && !summary.thumbnail.local ? summary.thumbnail.source : null,
    pageUrl: summary?.pageUrl ?? null,
    asOf: knowledge.asOf.ok ? knowledge.asOf.value.facts.map((fact) => eventLabel(fact.event)) : [],
    timeline: chosen.map((event) => ({ date: { date: event.date, precision: event.precision }, label: eventLabel(event) })),
    volume: volume && volume.length > 0 ? volume : null,
  };
}
