import { useStore } from '../island-kit/use-store';
import { $format, $setting, setFormat, setSetting } from '../../stores/matching';
import type { MatchingFormat } from '../../lib/matching/run';
import type { MeetingSetting } from '../../lib/matching/types';
import { useMatchingView } from './matching-view';

const FORMATS: readonly MatchingFormat[] = ['pairs', 'groups'];
const SETTINGS: readonly MeetingSetting[] = ['on-site', 'hybrid', 'remote'];

/** Pairs or small groups, and how the programme meets. */
export function SettingsPanel() {
  const { t } = useMatchingView();
  const format = useStore($format);
  const setting = useStore($setting);
  return (
    <section class="matching-section" aria-labelledby="settings-heading" data-print="hide">
      <h2 id="settings-heading">{t('matching.settingsHeading')}</h2>
      <div class="field-row">
        <fieldset class="fieldset field">
          <legend class="fieldset__legend label">{t('matching.formatLegend')}</legend>
          <div class="choices">
            {FORMATS.map((value) => (
              <label class="choice" key={value}>
                <input
                  type="radio"
                  name="format"
                  value={value}
                  checked={format === value}
                  onChange={() => setFormat(value)}
                />
                {t(value === 'pairs' ? 'matching.formatPairs' : 'matching.formatGroups')}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class="fieldset field" aria-describedby="setting-hint">
          <legend class="fieldset__legend label">{t('matching.settingLegend')}</legend>
          <p class="hint" id="setting-hint">
            {t('matching.settingHint')}
          </p>
          <div class="choices choices--inline">
            {SETTINGS.map((value) => (
              <label class="choice" key={value}>
                <input
                  type="radio"
                  name="setting"
                  value={value}
                  checked={setting === value}
                  onChange={() => setSetting(value)}
                />
                {t(`matching.setting.${value}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </section>
  );
}
