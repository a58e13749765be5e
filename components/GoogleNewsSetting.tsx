import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The one host Google News needs; optional in the manifest, so installing or updating asks for nothing. */
export const GOOGLE_NEWS_ORIGINS = ['https://news.google.com/*'];

/** Asks the browser for access to Google News; must run inside the click that switches the option on. */
export const requestGoogleNewsAccess = async (): Promise<boolean> => {
  try {
    return await browser.permissions.request({ origins: GOOGLE_NEWS_ORIGINS });
  } catch {
    return false;
  }
};

interface GoogleNewsSettingProps {
  checked: boolean;
  /** Google News is part of related coverage: without coverage lookups it is not asked either. */
  disabled: boolean;
  onChange: (googleNews: boolean) => void;
  /**
   * The knowledge sources' mirror (advanced option), if set: Google News is then asked there, not at
   * news.google.com, so the browser's permission for Google is not needed and not asked for.
   */
  mirror?: string | null;
  /** Injected in tests; the browser's permission prompt otherwise. */
  requestAccess?: () => Promise<boolean>;
}

/** Opt-in to Google News RSS in related coverage, off by default; says what is sent and on what terms. */
export function GoogleNewsSetting({ checked, disabled, onChange, mirror = null, requestAccess = requestGoogleNewsAccess }: GoogleNewsSettingProps) {
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <label class="bs-check">
        <input
          type="checkbox"
          name="googleNews"
          checked={checked}
          disabled={disabled}
          aria-describedby="bs-google-news-hint"
          onChange={(event) => {
            const on = (event.target as HTMLInputElement).checked;
            if (!on || mirror) {
              onChange(on);
              return;
            }
            // Called in the click itself: browsers only show the permission prompt for a reader's gesture.
            void requestAccess().then((granted) => {
              setStatus(granted ? null : i18n.t('options.googleNewsDenied'));
              onChange(granted);
            });
          }}
        />
        <span>{i18n.t('options.googleNews')}</span>
      </label>
      <p id="bs-google-news-hint" class="bs-muted">
        {i18n.t('options.googleNewsHint')}
      </p>
      {status ? (
        <p class="bs-muted" role="status">
          {status}
        </p>
      ) : null}
    </>
  );
}
