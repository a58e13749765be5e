import { i18n } from '#i18n';
import type { EntitySummary } from '../lib/entities/summarize';

interface EntityListProps {
  /** Section heading ("People"). */
  heading: string;
  /** Most salient first, as the background ranked them. */
  entities: readonly EntitySummary[];
  /** Marks the section for styling and tests ("people", "organizations"). */
  kind: 'people' | 'organizations';
}

/** One group of the article's entities, with how often each is mentioned. Renders nothing when empty. */
export function EntityList({ heading, entities, kind }: EntityListProps) {
  if (entities.length === 0) return null;
  const headingId = `bs-${kind}-heading`;
  return (
    <section class={`bs-entities bs-entities--${kind}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {heading} <span class="bs-count">({entities.length})</span>
      </h2>
      <ol class="bs-entity-list">
        {entities.map((entity) => (
          <li key={entity.name} class="bs-entity" data-entity={entity.name}>
            <span class="bs-entity__name">{entity.name}</span>
            <span class="bs-entity__mentions">{i18n.t('panel.mentions', entity.mentions, [entity.mentions])}</span>
            <meter
              class="bs-entity__salience"
              min={0}
              max={1}
              value={entity.salience}
              aria-label={i18n.t('panel.salience', [Math.round(entity.salience * 100)])}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
