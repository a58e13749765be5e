import { i18n } from '#i18n';
import type { EntityCardData } from '../lib/messaging/protocol';

/** The states a hover card goes through (named, as in wikipedia-preview's renderLoading/renderError…). */
export type CardState =
  | { kind: 'loading'; name: string; type: 'PER' | 'ORG' }
  | { kind: 'ready'; data: EntityCardData }
  | { kind: 'error'; name: string; type: 'PER' | 'ORG' };

interface EntityCardProps {
  state: CardState;
  /** Set when the panel could not be opened from the page: the reader is pointed to the toolbar button. */
  panelHint?: boolean;
  onOpenPanel: () => void;
  onClose: () => void;
}

/**
 * The hover card. A non-modal dialog that screen readers can read (Page Previews hides its popup from them;
 * Backstory does not). Every string is rendered as text.
 */
export function EntityCard({ state, panelHint, onOpenPanel, onClose }: EntityCardProps) {
  const name = state.kind === 'ready' ? state.data.name : state.name;
  const type = state.kind === 'ready' ? state.data.type : state.type;
  return (
    <div class={`bs-card bs-card--${type === 'PER' ? 'person' : 'organization'}`} role="dialog" aria-labelledby="bs-card-name" data-card-state={state.kind}>
      <div class="bs-card__header">
        <div>
          <p class="bs-card__type">{type === 'PER' ? i18n.t('card.person') : i18n.t('card.organization')}</p>
          <h2 id="bs-card-name" class="bs-card__name">
            {name}
          </h2>
        </div>
        <button type="button" class="bs-card__close" aria-label={i18n.t('card.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <div class="bs-card__body" aria-live="polite" aria-busy={state.kind === 'loading' ? 'true' : 'false'}>
        {state.kind === 'loading' && <p class="bs-card__muted">{i18n.t('card.loading', [name])}</p>}
        {state.kind === 'error' && <p class="bs-card__error">{i18n.t('card.error')}</p>}
        {state.kind === 'ready' && (
          <>
            {state.data.role && <p class="bs-card__role">{state.data.role}</p>}
            <p class="bs-card__mentions">{i18n.t('card.mentionsHere', state.data.mentions, [state.data.mentions])}</p>
          </>
        )}
      </div>
      <div class="bs-card__footer">
        <button type="button" class="bs-card__open" onClick={onOpenPanel}>
          {i18n.t('card.openPanel')}
        </button>
        {panelHint && (
          <p class="bs-card__hint" role="status">
            {i18n.t('card.panelHint')}
          </p>
        )}
      </div>
    </div>
  );
}
