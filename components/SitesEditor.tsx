import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { normalizeSite } from '../lib/settings/settings';

interface SitesEditorProps {
  sites: readonly string[];
  onChange: (sites: string[]) => void;
}

/** The list of sites where Backstory never runs: add by typing a site or URL, remove with a button. */
export function SitesEditor({ sites, onChange }: SitesEditorProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (event: Event): void => {
    event.preventDefault();
    const site = normalizeSite(draft);
    if (!site) {
      setError(i18n.t('options.invalidSite', [draft]));
      return;
    }
    setError(null);
    setDraft('');
    if (!sites.includes(site)) onChange([...sites, site].sort());
  };

  return (
    <div class="bs-sites">
      <form class="bs-sites__form" onSubmit={add}>
        <label for="bs-site-input">{i18n.t('options.siteLabel')}</label>
        <input
          id="bs-site-input"
          name="site"
          type="text"
          inputMode="url"
          autoComplete="off"
          placeholder="example.com"
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'bs-site-error' : 'bs-sites-hint'}
          onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
        />
        <button type="submit">{i18n.t('options.addSite')}</button>
      </form>
      {error && (
        <p id="bs-site-error" class="bs-error" role="alert">
          {error}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="bs-muted">{i18n.t('options.noSites')}</p>
      ) : (
        <ul class="bs-sites__list">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" aria-label={i18n.t('options.removeSite', [site])} onClick={() => onChange(sites.filter((s) => s !== site))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
