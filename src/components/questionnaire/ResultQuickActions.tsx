import { review } from '../../stores/questionnaire';
import { printResult } from '../../stores/questionnaire-result';
import { useView } from './questionnaire-context';
import { jumpWithinPage } from './ResultFold';
import { SHARE_HEADING_ID } from './SharePanel';

/** The result's actions at hand on screen: Print, a jump to the share link, and Change for one's own answers. */
export function ResultQuickActions({ shared }: { shared: boolean }) {
  const { t } = useView();
  return (
    <div
      class="button-group result__quick-actions"
      role="group"
      aria-label={t('questionnaire.resultActions')}
      data-print="hide"
    >
      <button type="button" class="button" onClick={printResult}>
        {t('questionnaire.print')}
      </button>
      <a class="button button--secondary" href={`#${SHARE_HEADING_ID}`} onClick={jumpWithinPage}>
        {t('questionnaire.jumpToShare')}
      </a>
      {!shared && (
        <button type="button" class="button button--secondary" onClick={review}>
          {t('questionnaire.changeAnswers')}
        </button>
      )}
    </div>
  );
}
