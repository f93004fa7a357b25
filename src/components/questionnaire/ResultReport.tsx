import { useStore } from '../island-kit/use-store';
import { useMemo } from 'preact/hooks';
import { $shareUrl } from '../../stores/questionnaire-result';
import type { Answers, ReadinessAssessment } from '../../lib/questionnaire/types';
import { sharedVariant } from '../../lib/questionnaire-ui/shared-voice';
import { PrintHeading } from './PrintHeading';
import { ResultBoard } from './ResultBoard';
import { ResultDetails } from './ResultDetails';
import { ResultHeading } from './ResultHeading';
import { SharedResultNotice } from './SharedResultNotice';
import { SharePanel } from './SharePanel';
import { useView, ViewContext, type QuestionnaireView } from './questionnaire-context';
import { StartAgainButton } from './StartAgainButton';

interface Props {
  assessment: ReadinessAssessment;
  /** The answers the result is for. */
  answers: Answers;
  /** True when the answers came from a share link rather than from this browser. */
  shared: boolean;
}

/** The view for a colleague's shared result: its strings speak of "they" where they would say "you". */
const sharedResultView = (view: QuestionnaireView): QuestionnaireView => ({
  ...view,
  t: (key, values) => view.t(sharedVariant(view.strings, key), values),
});

/** The result, in the voice that fits whose answers it shows. */
export function ResultReport(props: Props) {
  const view = useView();
  const shown = useMemo(() => (props.shared ? sharedResultView(view) : view), [view, props.shared]);
  return (
    <ViewContext.Provider value={shown}>
      <Report {...props} />
    </ViewContext.Provider>
  );
}

/**
 * The result, summary first: the format and its summary, then the board (ResultBoard), then every
 * detail folded under its heading (ResultDetails), then the share link. On paper the first page is
 * the summary for a board, and the folded details follow, open.
 */
function Report({ assessment, answers, shared }: Props) {
  const { t } = useView();
  const shareUrl = useStore($shareUrl);
  return (
    <article class="result">
      <PrintHeading />
      {shared && <SharedResultNotice />}
      <ResultHeading assessment={assessment} shared={shared} />
      <ResultBoard assessment={assessment} shared={shared} />
      <ResultDetails assessment={assessment} answers={answers} />
      <SharePanel />
      <p class="print-only result__print-link">
        {t('questionnaire.shareLabel')}: {shareUrl}
      </p>
      {!shared && (
        <div class="button-group result__actions" data-print="hide">
          <StartAgainButton />
        </div>
      )}
    </article>
  );
}
