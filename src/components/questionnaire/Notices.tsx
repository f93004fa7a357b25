import { useStore } from './use-store';
import {
  $answers,
  $savedNotice,
  $shareNotice,
  $storage,
  dismissSavedNotice,
  leaveSharedView,
} from '../../stores/questionnaire';
import { useView } from './questionnaire-context';

/** The messages about what could not be used: thrown-away saved answers, a broken share link, no storage. */
export function Notices() {
  const { t } = useView();
  const savedNotice = useStore($savedNotice);
  const shareNotice = useStore($shareNotice);
  const storage = useStore($storage);
  const hasOwnAnswers = Object.keys(useStore($answers)).length > 0;

  return (
    <>
      {shareNotice && (
        <div class="notice notice--problem" role="alert">
          <h2 class="notice__title">{t('questionnaire.noticeHeading')}</h2>
          <p>
            {t(shareNotice === 'outdated' ? 'questionnaire.noticeShareOutdated' : 'questionnaire.noticeShareInvalid')}
          </p>
          <button type="button" class="button button--secondary" onClick={leaveSharedView}>
            {t(hasOwnAnswers ? 'questionnaire.leaveShared' : 'questionnaire.startFresh')}
          </button>
        </div>
      )}
      {savedNotice && (
        <div class="notice notice--problem" role="alert">
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
        <div class="notice" role="status">
          <h2 class="notice__title">{t('questionnaire.noticeHeading')}</h2>
          <p>{t('questionnaire.noticeStorage')}</p>
        </div>
      )}
    </>
  );
}
