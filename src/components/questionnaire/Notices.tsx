import { useStore } from '../island-kit/use-store';
import {
  $answers,
  $savedNotice,
  $shareNotice,
  $storage,
  dismissSavedNotice,
  leaveSharedView,
} from '../../stores/questionnaire';
import { answeredCount } from '../../lib/questionnaire/answers';
import { useView } from './questionnaire-context';
import { StartAgainButton } from './StartAgainButton';

/** The messages about what could not be used: thrown-away saved answers, a broken share link, no storage. */
export function Notices() {
  const { t, questionnaire } = useView();
  const savedNotice = useStore($savedNotice);
  const shareNotice = useStore($shareNotice);
  const storage = useStore($storage);
  const answers = useStore($answers);
  const hasOwnAnswers = Object.keys(answers).length > 0;

  return (
    <>
      {shareNotice && (
        <div class="notice notice--problem" role="alert" data-print="hide">
          <h2 class="notice__title">{t('questionnaire.noticeHeading')}</h2>
          <p>
            {t(shareNotice === 'outdated' ? 'questionnaire.noticeShareOutdated' : 'questionnaire.noticeShareInvalid')}
          </p>
          <button type="button" class="button button--secondary" onClick={leaveSharedView}>
            {t(hasOwnAnswers ? 'questionnaire.leaveShared' : 'questionnaire.startFresh')}
          </button>
        </div>
      )}
      {savedNotice === 'resumed' && (
        <div class="notice" role="status" data-print="hide">
          <h2 class="notice__title">{t('questionnaire.resumedHeading')}</h2>
          <p>
            {t('questionnaire.resumedText', {
              answered: answeredCount(questionnaire, answers),
              count: questionnaire.questions.length,
            })}
          </p>
          <div class="button-group">
            <button type="button" class="button button--secondary" onClick={dismissSavedNotice}>
              {t('questionnaire.resumedCarryOn')}
            </button>
            <StartAgainButton />
          </div>
        </div>
      )}
      {savedNotice && savedNotice !== 'resumed' && (
        <div class="notice notice--problem" role="alert" data-print="hide">
          <h2 class="notice__title">{t('questionnaire.noticeHeading')}</h2>
          <p>
            {t(
              savedNotice === 'outdated' ? 'questionnaire.noticeSavedOutdated' : 'questionnaire.noticeSavedUnreadable',
            )}
          </p>
          <button type="button" class="button button--secondary" onClick={dismissSavedNotice}>
            {t('questionnaire.dismiss')}
          </button>
        </div>
      )}
      {storage === 'not-saving' && (
        <div class="notice" role="status" data-print="hide">
          <h2 class="notice__title">{t('questionnaire.noticeHeading')}</h2>
          <p>{t('questionnaire.noticeStorage')}</p>
        </div>
      )}
    </>
  );
}
