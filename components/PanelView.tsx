import { i18n } from '#i18n';
import type { CoverageItem, Piece } from '../lib/knowledge/index';
import type { EntityMemory } from '../lib/memory/history';
import type { EntityPreview, TabState } from '../lib/messaging/protocol';
import { EntityDetails, type DetailsState, type StoryRequest } from './EntityDetails';
import { EntityList } from './EntityList';

/** The entity the reader picked in the panel, with what is known about it so far. */
export interface Selection {
  entityId: string;
  details: DetailsState;
  story: Piece<CoverageItem[]> | null;
  /** On-demand mode: the story's coverage waits for the reader's button ('ask'), then loads. */
  storyRequest?: StoryRequest | undefined;
  memory: EntityMemory | null;
}

interface PanelViewProps {
  state: TabState;
  onOpenSettings: () => void;
  /** The reader picked an entity: show its details and its first mention in the article. */
  onReveal: (entityId: string) => void;
  selection?: Selection | null;
  onCorrect?: (entityId: string, qid: string | null) => void;
  onCloseDetails?: () => void;
  previews?: ReadonlyMap<string, EntityPreview>;
  /** On-demand mode: the reader pressed "Look up" for the selected entity. */
  onLookUp?: (entityId: string) => void;
  /** On-demand mode: the reader asked for the story's coverage. */
  onLookUpStory?: (entityId: string) => void;
}

/** The side panel's content for one tab, one rendering per state of the tab (lib/messaging/protocol.ts). */
export function PanelView({ state, onOpenSettings, onReveal, selection, onCorrect, onCloseDetails, previews, onLookUp, onLookUpStory }: PanelViewProps) {
  switch (state.kind) {
    case 'unknown':
      return <Status kind="unknown" text={i18n.t('panel.state.unknown')} />;
    case 'not-article':
      return <Status kind="not-article" text={i18n.t('panel.state.notArticle')} />;
    case 'unsupported-language':
      return <Status kind="unsupported-language" text={i18n.t('panel.state.unsupportedLanguage', [languageName(state.lang)])} />;
    case 'reading':
      return <Status kind="reading" text={i18n.t('panel.state.reading')} busy />;
    case 'error':
      return <Status kind="error" text={i18n.t('panel.state.error')} detail={state.message} />;
    case 'disabled':
      return (
        <Status kind="disabled" text={state.reason === 'off' ? i18n.t('panel.state.off') : i18n.t('panel.state.site', [state.host])}>
          <button type="button" class="bs-link-button" onClick={onOpenSettings}>
            {i18n.t('panel.openSettings')}
          </button>
        </Status>
      );
    case 'ready': {
      const { metadata, people, organizations } = state;
      const selectedRow = selection ? [...people, ...organizations].find((row) => row.id === selection.entityId) : undefined;
      const source = [metadata.siteName, formatDate(metadata.publishedTime)].filter(Boolean).join(' · ');
      return (
        <div class="bs-ready" data-state="ready">
          <header class="bs-article">
            <p class="bs-article__title">{metadata.title}</p>
            {source && <p class="bs-article__source">{source}</p>}
          </header>
          {selection && selectedRow && (
            <EntityDetails
              row={selectedRow}
              details={selection.details}
              story={selection.story}
              storyRequest={selection.storyRequest}
              memory={selection.memory}
              onCorrect={(qid) => onCorrect?.(selection.entityId, qid)}
              onClose={() => onCloseDetails?.()}
              onLookUp={() => onLookUp?.(selection.entityId)}
              onLookUpStory={() => onLookUpStory?.(selection.entityId)}
            />
          )}
          {people.length + organizations.length === 0 ? (
            <p class="bs-status">{i18n.t('panel.noneFound')}</p>
          ) : (
            <>
              <EntityList kind="people" heading={i18n.t('panel.people')} entities={people} onReveal={onReveal} previews={previews} />
              <EntityList kind="organizations" heading={i18n.t('panel.organizations')} entities={organizations} onReveal={onReveal} previews={previews} />
            </>
          )}
        </div>
      );
    }
  }
}

interface StatusProps {
  kind: TabState['kind'];
  text: string;
  detail?: string;
  busy?: boolean;
  children?: preact.ComponentChildren;
}

function Status({ kind, text, detail, busy, children }: StatusProps) {
  return (
    <div class={`bs-status bs-status--${kind}`} data-state={kind} role="status" aria-busy={busy ? 'true' : undefined}>
      <p>{text}</p>
      {detail && <p class="bs-status__detail">{detail}</p>}
      {children}
    </div>
  );
}

/** A language's name in the reader's language ("Arabic"), or the code when the browser cannot name it. */
function languageName(code: string): string {
  if (code === 'und') return i18n.t('panel.unknownLanguage');
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The article's date in the reader's locale; the raw value when it does not parse. */
function formatDate(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}
