import { defineConfig } from 'wxt';
import { readabilityWithoutInnerHtml } from './build/readability-without-innerhtml';

/** Pinned Firefox add-on id: the e2e tests map it to a fixed moz-extension:// uuid. */
export const GECKO_ID = 'backstory@backstory.example';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports only: the lint boundary rules need an `import` line to check (docs/architecture.md).
  imports: false,
  vite: () => ({ plugins: [readabilityWithoutInnerHtml()] }),
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings (on/off, blocked sites) and per-tab results; tabs: which tab the panel describes;
    // offscreen (Chrome, no install warning): a DOM for Readability, which a service worker lacks.
    permissions: ['storage', 'tabs', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The knowledge sources, called from the background only, with names and ids only (docs/knowledge.md).
    host_permissions: ['https://*.wikipedia.org/*', 'https://www.wikidata.org/*', 'https://api.gdeltproject.org/*'],
    // Google News (off by default): asked for when the reader switches it on, so installs and updates ask nothing.
    ...(browser === 'firefox' ? { optional_permissions: ['https://news.google.com/*'] } : { optional_host_permissions: ['https://news.google.com/*'] }),
    action: { default_title: 'Backstory' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Nothing is collected: article text never leaves the device.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
