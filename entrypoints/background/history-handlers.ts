import { exportHistory, parseHistoryImport } from '../../lib/memory/history';
import { normalizeSite } from '../../lib/settings/settings';
import type { BackgroundHandlers } from '../../utils/messaging';
import { history } from './memory';

/** The options page's reading-history commands: export, import, clear, forget a site. */
export const historyHandlers: Pick<BackgroundHandlers, 'options/history-export' | 'options/history-import' | 'options/history-clear' | 'options/history-forget-site'> = {
  async 'options/history-export'() {
    const records = await (await history()).all();
    return { ok: true, value: JSON.stringify(exportHistory(records, Date.now()), null, 2) };
  },

  async 'options/history-import'({ text }) {
    const parsed = parseHistoryImport(text);
    if (!parsed.ok) return parsed;
    return { ok: true, value: { count: await (await history()).importRecords(parsed.value) } };
  },

  async 'options/history-clear'() {
    await (await history()).clear();
    return { ok: true, value: null };
  },

  async 'options/history-forget-site'({ site }) {
    const normalized = normalizeSite(site);
    if (!normalized) return { ok: false, error: 'invalid' };
    return { ok: true, value: { count: await (await history()).forgetSite(normalized) } };
  },
};
