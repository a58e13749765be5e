import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { RETENTION_CHOICES } from '../lib/memory/history';
import type { Settings } from '../lib/settings/settings';

/** What the history section asks of the options page (which talks to the background). */
export interface HistoryActions {
  exportHistory: () => Promise<string | null>;
  importHistory: (text: string) => Promise<number | null>;
  clearHistory: () => Promise<boolean>;
  forgetSite: (site: string) => Promise<number | null>;
}

interface HistorySettingsProps {
  history: Settings['history'];
  onChange: (history: Settings['history']) => void;
  actions: HistoryActions;
}

/** The reading history's settings: pause, retention, export / import, clear, forget a site. */
export function HistorySettings({ history, onChange, actions }: HistorySettingsProps) {
  const [status, setStatus] = useState<string | null>(null);
  const [site, setSite] = useState('');

  const download = async (): Promise<void> => {
    const text = await actions.exportHistory();
    if (text === null) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    link.download = `backstory-history-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const upload = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const count = await actions.importHistory(await file.text());
    setStatus(count === null ? i18n.t('options.historyInvalid') : i18n.t('options.historyImported', [count]));
  };

  return (
    <section aria-labelledby="bs-history-heading">
      <h2 id="bs-history-heading">{i18n.t('options.history')}</h2>
      <p class="bs-muted">{i18n.t('options.historyHint')}</p>
      <label class="bs-check">
        <input type="checkbox" name="historyPaused" checked={history.paused} onChange={(event) => onChange({ ...history, paused: (event.target as HTMLInputElement).checked })} />
        <span>{i18n.t('options.historyPause')}</span>
      </label>
      <label class="bs-check">
        <span>{i18n.t('options.retention')}</span>
        <select name="retentionDays" value={String(history.retentionDays)} onChange={(event) => onChange({ ...history, retentionDays: Number((event.target as HTMLSelectElement).value) })}>
          {RETENTION_CHOICES.map((days) => (
            <option key={days} value={String(days)}>
              {days === 0 ? i18n.t('options.retentionForever') : i18n.t('options.retentionDays', [days])}
            </option>
          ))}
        </select>
      </label>
      <div class="bs-buttons">
        <button type="button" onClick={() => void download()}>
          {i18n.t('options.historyExport')}
        </button>
        <label class="bs-file">
          <span>{i18n.t('options.historyImport')}</span>
          <input type="file" accept="application/json,.json" onChange={(event) => void upload((event.target as HTMLInputElement).files?.[0])} />
        </label>
        <button type="button" onClick={() => void actions.clearHistory().then((done) => done && setStatus(i18n.t('options.historyCleared')))}>
          {i18n.t('options.historyClear')}
        </button>
      </div>
      <form
        class="bs-sites__form"
        onSubmit={(event) => {
          event.preventDefault();
          void actions.forgetSite(site).then((count) => setStatus(count === null ? i18n.t('options.invalidSite', [site]) : i18n.t('options.forgotSite', [count, site])));
        }}
      >
        <label for="bs-forget-site">{i18n.t('options.forgetSite')}</label>
        <input id="bs-forget-site" type="text" inputMode="url" placeholder="example.com" value={site} onInput={(event) => setSite((event.target as HTMLInputElement).value)} />
        <button type="submit">{i18n.t('options.forgetSiteButton')}</button>
      </form>
      <p class="bs-muted" role="status">
        {status}
      </p>
    </section>
  );
}
