import { useEffect, useRef, useState } from 'preact/hooks';
import { startAgain } from '../../stores/questionnaire';
import { useView } from './questionnaire-context';

/** "Start again", which asks once before it deletes every answer for good. */
export function StartAgainButton() {
  const { t } = useView();
  const [asking, setAsking] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmButton.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" class="button button--secondary" onClick={() => setAsking(true)}>
        {t('questionnaire.startAgain')}
      </button>
    );
  }
  return (
    <div class="start-again" role="group" aria-labelledby="start-again-question">
      <p id="start-again-question">{t('questionnaire.startAgainConfirm')}</p>
      <div class="button-group">
        <button ref={confirmButton} type="button" class="button" onClick={startAgain}>
          {t('questionnaire.startAgainYes')}
        </button>
        <button type="button" class="button button--secondary" onClick={() => setAsking(false)}>
          {t('questionnaire.startAgainCancel')}
        </button>
      </div>
    </div>
  );
}
