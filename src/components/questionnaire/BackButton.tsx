import { back } from '../../stores/questionnaire';
import { useView } from './questionnaire-context';

/** The "Back" link above a screen; it keeps every answer. */
export function BackButton() {
  const { t } = useView();
  return (
    <button type="button" class="back-link" data-print="hide" onClick={back}>
      {t('questionnaire.back')}
    </button>
  );
}
