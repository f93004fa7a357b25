import { useStore } from '../island-kit/use-store';
import { $answers, adoptSharedAnswers, leaveSharedView } from '../../stores/questionnaire';
import { useView } from './questionnaire-context';

/** Says the result is a colleague's, shared by link, and offers to take its answers over or to leave it. */
export function SharedResultNotice() {
  const { t } = useView();
  const ownAnswers = useStore($answers);
  const replacesOwn = Object.keys(ownAnswers).length > 0;
  return (
    <div class="notice notice--shared" data-print="hide">
      <h2 class="notice__title">{t('questionnaire.sharedHeading')}</h2>
      <p>{t('questionnaire.sharedText')}</p>
      <div class="button-group">
        <div>
          <button
            type="button"
            class="button button--secondary"
            onClick={adoptSharedAnswers}
            aria-describedby={replacesOwn ? 'replaces-hint' : undefined}
          >
            {t('questionnaire.useShared')}
          </button>
          {replacesOwn && (
            <p class="meta" id="replaces-hint">
              {t('questionnaire.useSharedReplaces')}
            </p>
          )}
        </div>
        <button type="button" class="button button--secondary" onClick={leaveSharedView}>
          {t('questionnaire.leaveShared')}
        </button>
      </div>
    </div>
  );
}
