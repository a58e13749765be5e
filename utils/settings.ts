import { storage } from '#imports';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/settings';

/**
 * The reader's settings in storage.local, versioned so that later versions can migrate them
 * (WXT storage `version` + `migrations`, https://wxt.dev/storage).
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
