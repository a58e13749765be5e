import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../lib/settings/settings';
import { settingsItem } from './settings';

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates version 1 settings and keeps what the reader chose', async () => {
    // What version 0.1.0 stored: the switch and the sites list, at version 1.
    await fakeBrowser.storage.local.set({ settings: { enabled: false, blockedSites: ['example.com'] }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      enabled: false,
      blockedSites: ['example.com'],
      highlightStyle: 'underline',
      coverage: true,
      history: { paused: false, retentionDays: 365 },
      lookups: 'automatic',
      googleNews: false,
    });
  });

  it('migrates version 2 settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, history: undefined, highlightStyle: 'none' }, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toMatchObject({ highlightStyle: 'none', history: { paused: false, retentionDays: 365 } });
  });

  it('migrates version 3 settings: everything the reader chose stays, lookups stay automatic', async () => {
    const chosen = { enabled: false, blockedSites: ['a.example'], highlightStyle: 'background', coverage: false, history: { paused: true, retentionDays: 30 } };
    await fakeBrowser.storage.local.set({ settings: chosen, settings$: { v: 3 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({ ...chosen, lookups: 'automatic', googleNews: false });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 5 } });
  });

  it('stores the on-demand choice', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, lookups: 'on-demand' });
    expect((await settingsItem.getValue()).lookups).toBe('on-demand');
  });

  it('falls back to the defaults on a fresh install', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});
