/** How names are marked in articles. */
export type HighlightStyle = 'underline' | 'background' | 'none';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'none'];

/**
 * When names go to Wikipedia, Wikidata and GDELT: as soon as the reader hovers a name or opens the panel
 * ('automatic'), or only when the reader presses a "Look up" button ('on-demand').
 */
export type LookupMode = 'automatic' | 'on-demand';
export const LOOKUP_MODES: readonly LookupMode[] = ['automatic', 'on-demand'];

/** The reader's settings (stored by utils/settings.ts, versioned: see SETTINGS_MIGRATIONS). */
export interface Settings {
  /** The one switch: false turns Backstory off everywhere. */
  enabled: boolean;
  /** Sites where Backstory never runs, as host names ("example.com" also covers "www.example.com"). */
  blockedSites: string[];
  /** Since version 2. */
  highlightStyle: HighlightStyle;
  /** Since version 2: related coverage and news volume from GDELT (names go to one more service). */
  coverage: boolean;
  /** Since version 3: the reading history (on the device only). */
  history: { paused: boolean; retentionDays: number };
  /** Since version 4: look names up automatically, or only when the reader asks (nothing is sent before). */
  lookups: LookupMode;
  /**
   * Since version 5: Google News RSS merged into related coverage (names go to Google). Off by default: the
   * feed's terms allow only personal feed-reader use, and the reader chooses to send names to one more company.
   */
  googleNews: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  blockedSites: [],
  highlightStyle: 'underline',
  coverage: true,
  history: { paused: false, retentionDays: 365 },
  lookups: 'automatic',
  googleNews: false,
};

/** The stored settings' current version. */
export const SETTINGS_VERSION = 5;

/** Upgrades stored settings from the version before each key; every step keeps what the reader chose. */
export const SETTINGS_MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  2: (old) => ({ ...old, highlightStyle: old['highlightStyle'] ?? DEFAULT_SETTINGS.highlightStyle, coverage: old['coverage'] ?? DEFAULT_SETTINGS.coverage }),
  3: (old) => ({ ...old, history: old['history'] ?? { ...DEFAULT_SETTINGS.history } }),
  4: (old) => ({ ...old, lookups: old['lookups'] === 'on-demand' ? 'on-demand' : DEFAULT_SETTINGS.lookups }),
  // Only an explicit true (never set before version 5) switches Google on.
  5: (old) => ({ ...old, googleNews: old['googleNews'] === true }),
};

/**
 * Whether a request may go to the knowledge sources now: always when the reader asked for it (pressed
 * "Look up"), otherwise only in automatic mode.
 */
export function mayLookUp(mode: LookupMode, asked: boolean): boolean {
  return asked || mode === 'automatic';
}

/**
 * Normalizes what a reader types into the sites list: a URL, a host, "www." or not, any case.
 * Returns null for input that is not a host name.
 */
export function normalizeSite(input: string): string | null {
  let value = input.trim().toLowerCase();
  if (!value) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(value)) value = `https://${value}`;
  let host: string;
  try {
    host = new URL(value).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) || /^\[[0-9a-f:]+\]$/.test(host) ? host : null;
}

/** The site of a page URL as the sites list stores it, or null for URLs without a host (file:, data:). */
export function siteOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** True when the page's host is a blocked site or a subdomain of one. */
export function isSiteBlocked(url: string, blockedSites: readonly string[]): boolean {
  const site = siteOf(url);
  if (!site) return false;
  return blockedSites.some((blocked) => site === blocked || site.endsWith(`.${blocked}`));
}

/** Why Backstory may not run on a page, or null when it may. */
export function refusal(url: string, settings: Settings): 'off' | 'site' | null {
  if (!settings.enabled) return 'off';
  return isSiteBlocked(url, settings.blockedSites) ? 'site' : null;
}
