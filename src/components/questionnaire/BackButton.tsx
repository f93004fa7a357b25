import { back } from '../../stores/questionnaire';
import { useFirstScreenView } from './questionnaire-context';

/** The "Back" link above a screen; it keeps every answer. */
export function BackButton() {
  const { t } = useFirstScreenView();
  return (
    <button type="button" class="back-link" data-print="hide" onClick={back}>
      {t('questionnaire.back')}
    </button>
  );
}
