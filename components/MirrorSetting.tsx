import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { safeUrl } from '../lib/ui/safe-url';

interface MirrorSettingProps {
  origin: string | null;
  onSave: (origin: string | null) => void;
}

/** The advanced option that points every knowledge source at one origin (a mirror, or a test server). */
export function MirrorSetting({ origin, onSave }: MirrorSettingProps) {
  const [draft, setDraft] = useState(origin ?? '');
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => setDraft(origin ?? ''), [origin]);
  return (
    <form
      class="bs-sites__form"
      onSubmit={(event) => {
        event.preventDefault();
        const value = draft.trim();
        const url = safeUrl(value);
        if (value && !url) {
          setStatus(i18n.t('options.mirrorInvalid'));
          return;
        }
        onSave(url ? new URL(url).origin : null);
        setStatus(i18n.t('options.mirrorSaved'));
      }}
    >
      <label for="bs-mirror">{i18n.t('options.mirror')}</label>
      <input id="bs-mirror" type="url" placeholder="https://" value={draft} aria-describedby="bs-mirror-hint" onInput={(event) => setDraft((event.target as HTMLInputElement).value)} />
      <button type="submit">{i18n.t('options.mirrorSave')}</button>
      <p id="bs-mirror-hint" class="bs-muted">
        {i18n.t('options.mirrorHint')}
      </p>
      <p class="bs-muted" role="status">
        {status}
      </p>
    </form>
  );
}
