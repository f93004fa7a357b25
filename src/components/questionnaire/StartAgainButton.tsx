import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { startAgain } from '../../stores/questionnaire';
import { useView } from './questionnaire-context';

/**
 * "Start again", which asks once before it deletes every answer for good. Focus lands on the safe
 * choice, so pressing Enter twice never deletes anything, and Escape cancels.
 */
export function StartAgainButton() {
  const { t } = useView();
  const [asking, setAsking] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  const startAgainButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useLayoutEffect(() => {
    if (asking) keepButton.current?.focus();
    else if (wasAsking.current) startAgainButton.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={startAgainButton} type="button" class="button button--secondary" onClick={() => setAsking(true)}>
        {t('questionnaire.startAgain')}
      </button>
    );
  }
  return (
    // The group itself takes no focus: Escape pressed on either button bubbles up to it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      class="start-again"
      role="group"
      aria-labelledby="start-again-question"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setAsking(false);
      }}
    >
      <p id="start-again-question">{t('questionnaire.startAgainConfirm')}</p>
      <div class="button-group">
        <button ref={keepButton} type="button" class="button" onClick={() => setAsking(false)}>
          {t('questionnaire.startAgainCancel')}
        </button>
        <button type="button" class="button button--danger" onClick={startAgain}>
          {t('questionnaire.startAgainYes')}
        </button>
      </div>
    </div>
  );
}
