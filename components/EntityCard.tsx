import { i18n } from '#i18n';
import type { CardKnowledge } from '../lib/cards/card-knowledge';
import type { EntityCardData } from '../lib/messaging/protocol';
import { formatFuzzyDate } from '../lib/ui/format-date';
import { Thumbnail } from './Thumbnail';
import { Sparkline } from './Sparkline';

/** The states a hover card goes through (named, as in wikipedia-preview's renderLoading/renderError…). */
export type CardState =
  | { kind: 'loading'; name: string; type: 'PER' | 'ORG' }
  /** `lookingUp`: the reader pressed "Look up" and the answer is on its way (the card keeps its content meanwhile). */
  | { kind: 'ready'; data: EntityCardData; lookingUp?: boolean }
  | { kind: 'error'; name: string; type: 'PER' | 'ORG' };

interface EntityCardProps {
  state: CardState;
  /** Set when the panel could not be opened from the page: the reader is pointed to the toolbar button. */
  panelHint?: boolean;
  onOpenPanel: () => void;
  onClose: () => void;
  /** The reader pressed "Look up" (on-demand mode): look the name up now. */
  onLookUp?: () => void;
}

/**
 * The hover card. A non-modal dialog that screen readers can read (Page Previews hides its popup from them;
 * Backstory does not). Every string is rendered as text.
 */
export function EntityCard({ state, panelHint, onOpenPanel, onClose, onLookUp }: EntityCardProps) {
  const name = state.kind === 'ready' ? state.data.name : state.name;
  const type = state.kind === 'ready' ? state.data.type : state.type;
  const lookingUp = state.kind === 'ready' && state.lookingUp === true;
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
      <div class="bs-card__body" aria-live="polite" aria-busy={state.kind === 'loading' || lookingUp ? 'true' : 'false'}>
        {state.kind === 'loading' && <p class="bs-card__muted">{i18n.t('card.loading', [name])}</p>}
        {state.kind === 'error' && <p class="bs-card__error">{i18n.t('card.error')}</p>}
        {state.kind === 'ready' && (
          <>
            {state.data.knowledge.status !== 'on-demand' && <KnowledgeView knowledge={state.data.knowledge} name={state.data.name} onLookUp={onLookUp} lookingUp={lookingUp} />}
            {/* An earlier lookup's answer, read from the device without asking: the offer to complete or refresh it. */}
            {state.data.knowledge.status !== 'on-demand' && state.data.canLookUp && (
              <div class="bs-card__on-demand" data-knowledge-refresh="offered">
                <p id="bs-card-saved" class="bs-card__muted">
                  {i18n.t('card.savedEarlier')}
                </p>
                <LookUpButton name={state.data.name} describedBy="bs-card-saved" onLookUp={onLookUp} lookingUp={lookingUp} />
              </div>
            )}
            {state.data.role && <p class="bs-card__role">{state.data.role}</p>}
            <p class="bs-card__mentions">{i18n.t('card.mentionsHere', state.data.mentions, [state.data.mentions])}</p>
            {state.data.memory.count > 0 && state.data.memory.articles[0] && (
              <p class="bs-card__memory" data-memory={state.data.memory.count}>
                {i18n.t('card.memory', state.data.memory.count, [
                  state.data.memory.count,
                  state.data.name,
                  new Date(state.data.memory.articles[0].readAt).toLocaleDateString(undefined, { dateStyle: 'medium' }),
                ])}{' '}
                <cite>{state.data.memory.articles[0].title}</cite>
              </p>
            )}
            {/* On demand, what is known on the device comes first, then the offer to look the name up. */}
            {state.data.knowledge.status === 'on-demand' && <KnowledgeView knowledge={state.data.knowledge} name={state.data.name} onLookUp={onLookUp} lookingUp={lookingUp} />}
          </>
        )}
      </div>
      <div class="bs-card__footer">
        <button type="button" class="bs-card__open" onClick={onOpenPanel}>
          {i18n.t('card.openPanel')}
        </button>
        {state.kind === 'ready' && state.data.knowledge.status !== 'error' && state.data.knowledge.status !== 'on-demand' && <p class="bs-card__sources">{i18n.t('card.sources')}</p>}
        {panelHint && (
          <p class="bs-card__hint" role="status">
            {i18n.t('card.panelHint')}
          </p>
        )}
      </div>
    </div>
  );
}

/** "Look up" (on demand); once pressed, the line saying the lookup is under way. */
function LookUpButton({ name, describedBy, onLookUp, lookingUp }: { name: string; describedBy: string; onLookUp: (() => void) | undefined; lookingUp: boolean }) {
  if (lookingUp) return <p class="bs-card__muted" data-looking-up="true">{i18n.t('card.loading', [name])}</p>;
  return (
    <button type="button" class="bs-card__lookup" aria-label={i18n.t('card.lookUpLabel', [name])} aria-describedby={describedBy} onClick={() => onLookUp?.()}>
      {i18n.t('card.lookUp')}
    </button>
  );
}

/** The card's lines from Wikipedia, Wikidata and GDELT, one rendering per link status. */
function KnowledgeView({ knowledge, name, onLookUp, lookingUp }: { knowledge: CardKnowledge; name: string; onLookUp: (() => void) | undefined; lookingUp: boolean }) {
  switch (knowledge.status) {
    case 'on-demand':
      // Nothing was sent: the reader looks names up only when asking, and this button is the asking.
      return (
        <div class="bs-card__on-demand" data-knowledge="on-demand">
          <p id="bs-card-on-demand" class="bs-card__muted">
            {i18n.t('card.onDemand')}
          </p>
          <LookUpButton name={name} describedBy="bs-card-on-demand" onLookUp={onLookUp} lookingUp={lookingUp} />
        </div>
      );
    case 'error':
      return <p class="bs-card__muted" data-knowledge="error">{knowledge.error === 'offline' ? i18n.t('card.offline') : i18n.t('card.unavailable')}</p>;
    case 'not-found':
      return <p class="bs-card__muted" data-knowledge="not-found">{i18n.t('card.notFound')}</p>;
    case 'ambiguous':
      return (
        <div data-knowledge="ambiguous">
          <p>{i18n.t('card.notSure')}</p>
          <ul class="bs-card__candidates">
            {knowledge.candidates.map((candidate) => (
              <li key={candidate.qid}>
                <strong>{candidate.label}</strong>
                {candidate.description && <span> — {candidate.description}</span>}
              </li>
            ))}
          </ul>
          <p class="bs-card__muted">{i18n.t('card.chooseInPanel')}</p>
        </div>
      );
    case 'linked': {
      const peak = knowledge.volume ? knowledge.volume.indexOf(Math.max(...knowledge.volume)) : -1;
      return (
        <div class="bs-card__knowledge" data-knowledge="linked">
          <div class="bs-card__summary">
            <Thumbnail class="bs-card__thumb" src={knowledge.thumbnail} size={56} />
            {knowledge.description && <p class="bs-card__description">{knowledge.description}</p>}
          </div>
          {knowledge.asOf.length > 0 && (
            <p class="bs-card__asof">
              <span class="bs-card__label">{i18n.t('card.asOf')}: </span>
              {knowledge.asOf.slice(0, 2).join('; ')}
            </p>
          )}
          {knowledge.timeline.length > 0 && (
            <ul class="bs-card__timeline" aria-label={i18n.t('card.next')}>
              {knowledge.timeline.map((item) => (
                <li key={`${item.date.date}${item.label}`}>
                  <time dateTime={item.date.date}>{formatFuzzyDate(item.date)}</time> {item.label}
                </li>
              ))}
            </ul>
          )}
          {knowledge.volume && (
            <p class="bs-card__volume">
              <span class="bs-card__label">{i18n.t('card.volume')}</span>
              {/* All zeros is an answer ("not in the news"), not a flat chart with a "peak" on day 1. */}
              {(knowledge.volume[peak] ?? 0) > 0 ? (
                <Sparkline values={knowledge.volume} label={i18n.t('card.volumeLabel', [peak + 1, (knowledge.volume[peak] ?? 0).toFixed(2)])} />
              ) : (
                <span class="bs-card__muted"> {i18n.t('card.volumeNone')}</span>
              )}
            </p>
          )}
        </div>
      );
    }
  }
}
