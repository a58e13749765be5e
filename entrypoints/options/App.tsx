import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { SitesEditor } from '../../components/SitesEditor';
import type { Settings } from '../../lib/settings/settings';
import { settingsItem } from '../../utils/settings';

/** The options page: the one on/off switch, the never-run sites, and the credits. Saves on every change. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch((value) => setSettings(value));
  }, []);

  if (!settings) return <main class="bs-options" aria-busy="true" />;

  const update = (patch: Partial<Settings>): void => {
    const next = { ...settings, ...patch };
    setSettings(next);
    void settingsItem.setValue(next);
  };

  return (
    <main class="bs-options">
      <h1>{i18n.t('options.title')}</h1>
      <section>
        <label class="bs-switch">
          <input
            type="checkbox"
            role="switch"
            name="enabled"
            checked={settings.enabled}
            aria-describedby="bs-enabled-hint"
            onChange={(event) => update({ enabled: (event.target as HTMLInputElement).checked })}
          />
          <span>{i18n.t('options.enabled')}</span>
        </label>
        <p id="bs-enabled-hint" class="bs-muted">
          {i18n.t('options.enabledHint')}
        </p>
      </section>
      <section aria-labelledby="bs-sites-heading">
        <h2 id="bs-sites-heading">{i18n.t('options.sites')}</h2>
        <p id="bs-sites-hint" class="bs-muted">
          {i18n.t('options.sitesHint')}
        </p>
        <SitesEditor sites={settings.blockedSites} onChange={(blockedSites) => update({ blockedSites })} />
      </section>
      <section aria-labelledby="bs-credits-heading">
        <h2 id="bs-credits-heading">{i18n.t('options.credits')}</h2>
        <p class="bs-muted">{i18n.t('options.creditsText')}</p>
      </section>
    </main>
  );
}
