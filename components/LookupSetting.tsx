import { i18n } from '#i18n';
import { LOOKUP_MODES, type LookupMode } from '../lib/settings/settings';

interface LookupSettingProps {
  mode: LookupMode;
  onChange: (mode: LookupMode) => void;
}

const LABELS: Record<LookupMode, () => string> = {
  automatic: () => i18n.t('options.lookupsAutomatic'),
  'on-demand': () => i18n.t('options.lookupsOnDemand'),
};
const HINTS: Record<LookupMode, () => string> = {
  automatic: () => i18n.t('options.lookupsAutomaticHint'),
  'on-demand': () => i18n.t('options.lookupsOnDemandHint'),
};

/**
 * When names go to Wikipedia, Wikidata and GDELT: when the reader hovers a name or opens the panel, or only when
 * the reader presses "Look up". A native radio group in a fieldset, so its legend is read with each choice.
 */
export function LookupSetting({ mode, onChange }: LookupSettingProps) {
  return (
    <fieldset class="bs-radios bs-lookups">
      <legend>{i18n.t('options.lookups')}</legend>
      {LOOKUP_MODES.map((value) => (
        <div key={value} class="bs-lookups__choice">
          <label>
            <input type="radio" name="lookups" value={value} checked={mode === value} aria-describedby={`bs-lookups-${value}-hint`} onChange={() => onChange(value)} />
            <span>{LABELS[value]()}</span>
          </label>
          <p id={`bs-lookups-${value}-hint`} class="bs-muted bs-lookups__hint">
            {HINTS[value]()}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
