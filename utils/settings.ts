import { storage } from '#imports';
import { DEFAULT_SETTINGS, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings } from '../lib/settings/settings';

/**
 * The reader's settings in storage.local, versioned so that later versions can migrate them
 * (WXT storage `version` + `migrations`, https://wxt.dev/storage).
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/**
 * Developer override: one origin that answers for Wikipedia, Wikidata and GDELT (the e2e tests' fixture
 * server). Unset for readers; only the extension itself can write its storage.
 */
export const knowledgeOriginItem = storage.defineItem<string | null>('local:knowledgeOrigin', { fallback: null });
