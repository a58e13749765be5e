import { i18n } from '#i18n';
import type { EntityRow } from '../lib/entities/summarize';
import type { EntityMemory } from '../lib/memory/history';
import { partlyOnDevice, type CoverageItem, type EntityKnowledge, type KnowledgeError, type Piece, type ScoredCandidate } from '../lib/knowledge/index';
import { useRef } from 'preact/hooks';
import { safeUrl } from '../lib/ui/safe-url';
import { CoverageList } from './CoverageList';
import { Sparkline } from './Sparkline';
import { Thumbnail } from './Thumbnail';
import { TimelineList } from './TimelineList';

/**
 * What the panel knows about the selected entity so far. `on-demand`: the reader looks names up only when asking
 * and has not asked for this one (nothing was sent); the panel shows what is known on the device. `ready` with
 * `onDevice`: an earlier lookup's answer read from the device's cache (not refreshed; nothing was sent).
 */
export type DetailsState = { kind: 'on-demand' } | { kind: 'loading' } | { kind: 'ready'; knowledge: EntityKnowledge; onDevice?: boolean } | { kind: 'error' };

/** The story's coverage in on-demand mode, before it arrives: not asked yet, or being looked up. */
export type StoryRequest = 'ask' | 'loading';

interface EntityDetailsProps {
  row: EntityRow;
  details: DetailsState;
  story: Piece<CoverageItem[]> | null;
  /** Set in on-demand mode while the story's coverage has not arrived: a button, then a loading line. */
  storyRequest?: StoryRequest | undefined;
  memory: EntityMemory | null;
  onCorrect: (qid: string | null) => void;
  onClose: () => void;
  /** The reader pressed "Look up" (on-demand mode). */
  onLookUp?: () => void;
  /** The reader asked for the story's coverage (on-demand mode). */
  onLookUpStory?: () => void;
}

/**
 * One entity in the side panel: who it is (Wikipedia, with link and licence), the facts as of the article,
 * the background timeline, related coverage and its volume, and a way to correct the match. Every piece has
 * its own loading, error and offline rendering, so what arrived is shown.
 */
export function EntityDetails({ row, details, story, storyRequest, memory, onCorrect, onClose, onLookUp, onLookUpStory }: EntityDetailsProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A pressed "Look up" button gives way to a loading line: focus stays in the details, on their heading.
  const asked = (action: (() => void) | undefined) => () => {
    heading.current?.focus();
    action?.();
  };
  return (
    <section class="bs-details" aria-labelledby="bs-details-name" data-details-state={details.kind}>
      <div class="bs-details__bar">
        <h2 id="bs-details-name" ref={heading} tabIndex={-1}>
          {row.name}
        </h2>
        <button type="button" class="bs-link-button" onClick={onClose}>
          {i18n.t('details.close')}
        </button>
      </div>
      {details.kind === 'on-demand' && (
        <div class="bs-on-demand" data-knowledge="on-demand">
          {row.role && <p class="bs-on-demand__role">{row.role}</p>}
          <p>{i18n.t('details.mentionsHere', row.mentions, [row.mentions])}</p>
          <LookUpOffer hint={i18n.t('details.onDemand', [row.name])} name={row.name} onLookUp={asked(onLookUp)} />
        </div>
      )}
      {details.kind === 'loading' && (
        <p class="bs-muted" role="status" aria-busy="true">
          {i18n.t('details.loading', [row.name])}
        </p>
      )}
      {details.kind === 'error' && <p role="status">{i18n.t('details.failed', ['—'])}</p>}
      {details.kind === 'ready' && <KnowledgeSections knowledge={details.knowledge} onDevice={details.onDevice === true} onCorrect={onCorrect} />}
      {details.kind === 'ready' && details.onDevice && partlyOnDevice(details.knowledge) && (
        <div class="bs-on-demand bs-on-demand--saved" data-knowledge-refresh="offered">
          <LookUpOffer hint={i18n.t('details.savedEarlier', [row.name])} name={row.name} onLookUp={asked(onLookUp)} />
        </div>
      )}
      {memory && memory.count > 0 && (
        <section class="bs-memory" aria-labelledby="bs-memory-heading">
          <h3 id="bs-memory-heading">{i18n.t('details.memory')}</h3>
          <ul class="bs-coverage__list">
            {memory.articles.map((article) => (
              <li key={article.url} data-read="true">
                <a href={safeUrl(article.url) ?? undefined} target="_blank" rel="noopener noreferrer">
                  {article.title ?? article.url}
                </a>
                <span class="bs-muted">
                  {' '}
                  {article.outlet ? `${article.outlet} · ` : ''}
                  {i18n.t('details.memoryItem', [new Date(article.readAt).toLocaleDateString(undefined, { dateStyle: 'medium' })])}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!story && storyRequest === 'ask' && (
        <div class="bs-on-demand bs-on-demand--story">
          <p id="bs-story-hint" class="bs-muted">
            {i18n.t('details.storyOnDemand')}
          </p>
          <button type="button" class="bs-link-button bs-story-button" aria-describedby="bs-story-hint" onClick={asked(onLookUpStory)}>
            {i18n.t('details.storyLookUp')}
          </button>
        </div>
      )}
      {!story && storyRequest === 'loading' && (
        <p class="bs-muted" role="status" aria-busy="true">
          {i18n.t('details.storyLoading')}
        </p>
      )}
      {story && <PieceView piece={story}>{(items) => <CoverageList kind="story" heading={i18n.t('details.storyCoverage')} items={items} />}</PieceView>}
    </section>
  );
}

/** Why nothing (or not everything) was looked up, and the "Look up" button it describes. */
function LookUpOffer({ hint, name, onLookUp }: { hint: string; name: string; onLookUp: () => void }) {
  return (
    <>
      <p id="bs-on-demand-hint" class="bs-muted">
        {hint}
      </p>
      <button type="button" class="bs-lookup-button" aria-label={i18n.t('details.lookUpLabel', [name])} aria-describedby="bs-on-demand-hint" onClick={onLookUp}>
        {i18n.t('details.lookUp')}
      </button>
    </>
  );
}

function KnowledgeSections({ knowledge, onDevice, onCorrect }: { knowledge: EntityKnowledge; onDevice: boolean; onCorrect: (qid: string | null) => void }) {
  if (!knowledge.link.ok) return <Failure error={knowledge.link.error} />;
  const link = knowledge.link.value;
  if (link.status === 'not-found') return <p role="status">{i18n.t('details.notFound')}</p>;
  if (link.status === 'ambiguous') return <Choices heading={i18n.t('details.notSure')} candidates={link.candidates} onCorrect={onCorrect} />;
  const peak = knowledge.volume.ok ? knowledge.volume.value.points.reduce((best, point) => (point.value > best.value ? point : best), { date: '', value: -1 }) : null;
  return (
    <>
      <PieceView onDevice={onDevice} piece={knowledge.summary}>
        {(summary) => (
          <div class="bs-summary" lang={summary.lang} dir={summary.dir}>
            {summary.thumbnail && !summary.thumbnail.local && <Thumbnail class="bs-summary__thumb" src={summary.thumbnail.source} size={72} />}
            {summary.description && <p class="bs-summary__description">{summary.description}</p>}
            <p class="bs-summary__extract">{summary.extract}</p>
            <p class="bs-muted">
              <a href={safeUrl(summary.pageUrl) ?? undefined} target="_blank" rel="noopener noreferrer">
                {i18n.t('details.readMore')}
              </a>{' '}
              · {i18n.t('details.licence', [summary.licence.name])}
            </p>
          </div>
        )}
      </PieceView>
      <PieceView onDevice={onDevice} piece={knowledge.asOf}>
        {(asOf) =>
          asOf.facts.length > 0 ? (
            <section class="bs-asof" aria-labelledby="bs-asof-heading">
              <h3 id="bs-asof-heading">{i18n.t('details.asOf')}</h3>
              <ul>
                {asOf.facts.map((fact, index) => (
                  <li key={index}>{fact.event.role ? `${fact.event.role}: ${fact.event.label}` : fact.event.label}</li>
                ))}
              </ul>
            </section>
          ) : null
        }
      </PieceView>
      <PieceView onDevice={onDevice} piece={knowledge.timeline}>{(timeline) => <TimelineList timeline={timeline} asOf={knowledge.asOf.ok ? knowledge.asOf.value : null} />}</PieceView>
      {/* Coverage and its volume arrive together: one "on its way" line, the coverage piece's. */}
      {!(!knowledge.volume.ok && knowledge.volume.error === 'pending') && (
        <PieceView onDevice={onDevice} piece={knowledge.volume}>
          {(volume) =>
            volume.points.length > 1 && peak ? (
              <section class="bs-volume" aria-labelledby="bs-volume-heading">
                <h3 id="bs-volume-heading">{i18n.t('details.volume')}</h3>
                {/* All zeros is an answer, not a flat chart whose "peak" is the first day. */}
                {peak.value > 0 ? (
                  <Sparkline
                    width={280}
                    height={56}
                    values={volume.points.map((point) => point.value)}
                    label={i18n.t('details.volumeLabel', [volume.points.length, new Date(peak.date).toLocaleDateString(undefined, { dateStyle: 'medium' })])}
                  />
                ) : (
                  <p class="bs-muted" data-volume="none">{i18n.t('details.volumeNone', [volume.points.length])}</p>
                )}
              </section>
            ) : null
          }
        </PieceView>
      )}
      <PieceView onDevice={onDevice} piece={knowledge.coverage}>{(items) => <CoverageList kind="entity" heading={i18n.t('details.coverage')} items={items} />}</PieceView>
      {link.source === 'reader' ? (
        <p class="bs-muted">{i18n.t('details.chosenByYou')}</p>
      ) : (
        link.alternatives.length > 0 && <Choices heading={i18n.t('details.wrongMatch')} candidates={link.alternatives} onCorrect={onCorrect} collapsed />
      )}
    </>
  );
}

function Choices({ heading, candidates, onCorrect, collapsed }: { heading: string; candidates: readonly ScoredCandidate[]; onCorrect: (qid: string | null) => void; collapsed?: boolean }) {
  const list = (
    <ul class="bs-choices">
      {candidates.slice(0, 5).map((candidate) => (
        <li key={candidate.qid}>
          <button type="button" class="bs-link-button" data-qid={candidate.qid} onClick={() => onCorrect(candidate.qid)}>
            {candidate.label ?? candidate.title ?? candidate.qid}
          </button>
          {candidate.description && <span class="bs-muted"> {candidate.description}</span>}
        </li>
      ))}
      <li>
        <button type="button" class="bs-link-button" onClick={() => onCorrect(null)}>
          {i18n.t('details.noneOfThese')}
        </button>
      </li>
    </ul>
  );
  return collapsed ? (
    <details class="bs-choices-box">
      <summary>{heading}</summary>
      {list}
    </details>
  ) : (
    <div class="bs-choices-box" data-knowledge="ambiguous">
      <p>{heading}:</p>
      {list}
    </div>
  );
}

/** Renders a piece that may have failed on its own: the value, or why it is missing. */
function PieceView<T>({ piece, onDevice = false, children }: { piece: Piece<T>; onDevice?: boolean; children: (value: T) => preact.ComponentChildren }) {
  if (!piece.ok) return piece.error === 'disabled' ? null : <Failure error={piece.error} />;
  // Read from the device only, an old answer is not being refreshed: it says so instead.
  const old = piece.from === 'stale' || (onDevice && piece.from === 'expired');
  return (
    <>
      {old && <p class="bs-muted bs-stale">{onDevice ? i18n.t('details.cachedOnDevice') : i18n.t('details.cached')}</p>}
      {children(piece.value)}
    </>
  );
}

function Failure({ error }: { error: KnowledgeError }) {
  if (error === 'offline') return <p role="status">{i18n.t('details.offline')}</p>;
  if (error === 'delayed' || error === 'rate-limited') return <p role="status">{i18n.t('details.delayed')}</p>;
  if (error === 'not-cached') return <p class="bs-muted" data-knowledge="not-cached">{i18n.t('details.notCached')}</p>;
  if (error === 'pending') return <p role="status" class="bs-muted" data-pending="coverage">{i18n.t('details.coverageLoading')}</p>;
  return (
    <p role="status" class="bs-muted">
      {i18n.t('details.failed', [error])}
    </p>
  );
}
