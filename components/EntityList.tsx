import { i18n } from '#i18n';
import type { EntityRow } from '../lib/entities/summarize';
import type { EntityPreview } from '../lib/messaging/protocol';
import { Thumbnail } from './Thumbnail';

interface EntityListProps {
  /** Section heading ("People"). */
  heading: string;
  /** Most salient first, as the background ranked them. */
  entities: readonly EntityRow[];
  /** Marks the section for styling and tests ("people", "organizations"). */
  kind: 'people' | 'organizations';
  /** The reader picked an entity: the article scrolls to its first mention. */
  onReveal: (entityId: string) => void;
  /** Wikipedia descriptions and thumbnails, when looked up. */
  previews?: ReadonlyMap<string, EntityPreview>;
}

/** One group of the article's entities, with how often each is mentioned. Renders nothing when empty. */
export function EntityList({ heading, entities, kind, onReveal, previews }: EntityListProps) {
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
            <button type="button" class="bs-entity__name" title={i18n.t('panel.reveal')} onClick={() => onReveal(entity.id)}>
              {entity.name}
            </button>
            {entity.role && <span class="bs-entity__role">{entity.role}</span>}
            {previews?.get(entity.id)?.description && <span class="bs-entity__description">{previews.get(entity.id)?.description}</span>}
            <Thumbnail class="bs-entity__thumb" src={previews?.get(entity.id)?.thumbnail} size={32} fallbackName={entity.name} />
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
