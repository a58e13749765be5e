import { i18n } from '#i18n';
import type { AsOf, Timeline } from '../lib/knowledge/index';
import { eventLabel } from '../lib/cards/card-knowledge';
import { formatFuzzyDate } from '../lib/ui/format-date';

interface TimelineListProps {
  timeline: Timeline;
  asOf: AsOf | null;
}

/**
 * The background timeline: dated facts in order, each date only as precise as it is known, the article's own
 * date marked, and the facts true on that date highlighted. Undated facts are listed apart, never guessed in.
 */
export function TimelineList({ timeline, asOf }: TimelineListProps) {
  const current = new Set(asOf?.facts.map((fact) => fact.event) ?? []);
  return (
    <section class="bs-timeline" aria-labelledby="bs-timeline-heading">
      <h3 id="bs-timeline-heading">{i18n.t('details.timeline')}</h3>
      <ol class="bs-timeline__list">
        {timeline.events.map((event, index) => {
          const isArticle = event.kind === 'article';
          const classes = ['bs-timeline__item', isArticle ? 'bs-timeline__item--article' : '', current.has(event) ? 'bs-timeline__item--current' : ''];
          const end = event.end ? formatFuzzyDate(event.end) : event.ongoing ? i18n.t('details.present') : null;
          return (
            <li key={index} class={classes.filter(Boolean).join(' ')} data-kind={event.kind}>
              <time dateTime={event.date}>
                {formatFuzzyDate(event)}
                {end && ` – ${end}`}
              </time>
              <span>{isArticle ? i18n.t('details.thisArticle') : eventLabel(event)}</span>
            </li>
          );
        })}
      </ol>
      {timeline.undated.length > 0 && (
        <>
          <h4>{i18n.t('details.undated')}</h4>
          <ul class="bs-timeline__undated">
            {timeline.undated.map((fact, index) => (
              <li key={index}>{eventLabel(fact)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
