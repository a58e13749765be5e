import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { GoogleNewsSetting } from '../../components/GoogleNewsSetting';
import { HistorySettings, type HistoryActions } from '../../components/HistorySettings';
import { LookupSetting } from '../../components/LookupSetting';
import { MirrorSetting } from '../../components/MirrorSetting';
import { SitesEditor } from '../../components/SitesEditor';
import { HIGHLIGHT_STYLES, type HighlightStyle, type Settings } from '../../lib/settings/settings';
import { sendToBackground } from '../../utils/messaging';
import { knowledgeOriginItem, settingsItem } from '../../utils/settings';

/** The history section's commands, answered by the background. */
const historyActions: HistoryActions = {
  exportHistory: async () => {
    const result = await sendToBackground('options/history-export', {});
    return result?.ok ? result.value : null;
  },
  importHistory: async (text) => {
    const result = await sendToBackground('options/history-import', { text });
    return result?.ok ? result.value.count : null;
  },
  clearHistory: async () => (await sendToBackground('options/history-clear', {}))?.ok ?? false,
  forgetSite: async (site) => {
    const result = await sendToBackground('options/history-forget-site', { site });
    return result?.ok ? result.value.count : null;
  },
};

const STYLE_LABELS: Record<HighlightStyle, () => string> = {
  underline: () => i18n.t('options.highlightUnderline'),
  background: () => i18n.t('options.highlightBackground'),
  none: () => i18n.t('options.highlightNone'),
};

/** The options page: the one on/off switch, the never-run sites, and the credits. Saves on every change. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [cacheStatus, setCacheStatus] = useState<string | null>(null);
  const [mirror, setMirror] = useState<string | null>(null);

  useEffect(() => {
    void knowledgeOriginItem.getValue().then(setMirror);
  }, []);

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
      <section aria-labelledby="bs-highlight-heading">
        <h2 id="bs-highlight-heading">{i18n.t('options.highlight')}</h2>
        <div role="radiogroup" aria-labelledby="bs-highlight-heading" class="bs-radios">
          {HIGHLIGHT_STYLES.map((style) => (
            <label key={style}>
              <input type="radio" name="highlightStyle" value={style} checked={settings.highlightStyle === style} onChange={() => update({ highlightStyle: style })} />
              <span class={`bs-sample bs-sample--${style}`}>{STYLE_LABELS[style]()}</span>
            </label>
          ))}
        </div>
      </section>
      <section aria-labelledby="bs-sources-heading">
        <h2 id="bs-sources-heading">{i18n.t('options.sources')}</h2>
        <LookupSetting mode={settings.lookups} onChange={(lookups) => update({ lookups })} />
        <label class="bs-check">
          <input
            type="checkbox"
            name="coverage"
            checked={settings.coverage}
            aria-describedby="bs-coverage-hint"
            onChange={(event) => update({ coverage: (event.target as HTMLInputElement).checked })}
          />
          <span>{i18n.t('options.coverage')}</span>
        </label>
        <p id="bs-coverage-hint" class="bs-muted">
          {i18n.t('options.coverageHint')}
        </p>
        <GoogleNewsSetting checked={settings.googleNews} disabled={!settings.coverage} mirror={mirror} onChange={(googleNews) => update({ googleNews })} />
        <button
          type="button"
          onClick={() =>
            void sendToBackground('options/clear-cache', {}).then((result) =>
              setCacheStatus(result?.ok ? i18n.t('options.cacheCleared') : i18n.t('options.cacheFailed')),
            )
          }
        >
          {i18n.t('options.clearCache')}
        </button>
        <p class="bs-muted" role="status">
          {cacheStatus}
        </p>
      </section>
      <HistorySettings history={settings.history} onChange={(history) => update({ history })} actions={historyActions} />
      <section aria-labelledby="bs-advanced-heading">
        <h2 id="bs-advanced-heading">{i18n.t('options.advanced')}</h2>
        <MirrorSetting
          origin={mirror}
          onSave={(origin) => {
            setMirror(origin);
            void knowledgeOriginItem.setValue(origin);
          }}
        />
      </section>
      <section aria-labelledby="bs-credits-heading">
        <h2 id="bs-credits-heading">{i18n.t('options.credits')}</h2>
        <p class="bs-muted">{i18n.t('options.creditsText')}</p>
      </section>
    </main>
  );
}
