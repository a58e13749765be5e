import { i18n } from '#i18n';
import type { CoverageItem } from '../lib/knowledge/index';
import { safeUrl } from '../lib/ui/safe-url';

interface CoverageListProps {
  heading: string;
  items: readonly CoverageItem[];
  /** Marks the section for styling and tests ("entity", "story"). */
  kind: string;
}

/**
 * Other outlets' articles: title (a link, as text — never HTML), outlet, when the news index saw it (GDELT) or the
 * outlet published it (Google News), language, and a discreet "via Google News" for the items Google found.
 */
export function CoverageList({ heading, items, kind }: CoverageListProps) {
  const headingId = `bs-coverage-${kind}`;
  return (
    <section class={`bs-coverage bs-coverage--${kind}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {items.length === 0 ? (
        <p class="bs-muted">{i18n.t('details.noCoverage')}</p>
      ) : (
        <ul class="bs-coverage__list">
          {items.map((item) => (
            <li key={item.url} lang={item.language === 'English' ? 'en' : undefined}>
              <a href={safeUrl(item.url) ?? undefined} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
                {item.title}
              </a>
              <span class="bs-muted">
                {' '}
                {item.outlet} · {i18n.t(item.via === 'google-news' ? 'details.published' : 'details.seen', [new Date(item.seen).toLocaleDateString(undefined, { dateStyle: 'medium' })])}
                {item.language !== 'English' ? ` · ${item.language}` : ''}
                {item.via === 'google-news' ? <span class="bs-coverage__via"> · {i18n.t('details.viaGoogleNews')}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
