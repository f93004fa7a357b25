import type { ReadinessAssessment } from '../../lib/questionnaire/types';
import { reasonsFoldKey } from '../../lib/questionnaire-ui/result-report';
import { NextSteps } from './NextSteps';
import { PilotFacts } from './PilotFacts';
import { useView } from './questionnaire-context';
import { ResultBrief } from './ResultBrief';
import { ResultFold } from './ResultFold';
import { ResultQuickActions } from './ResultQuickActions';
import { ResultReasons } from './ResultReasons';
import { ScoreStrip } from './ScoreStrip';

interface Props {
  assessment: ReadinessAssessment;
  /** True when the answers came from a share link rather than from this browser. */
  shared: boolean;
}

/** Fields for the board to fill in by hand, on paper only. */
function RecordFields() {
  const { t } = useView();
  return (
    <section class="print-only record-fields" aria-labelledby="fields-heading">
      <h2 id="fields-heading">{t('questionnaire.fieldsHeading')}</h2>
      <p class="record-fields__field">{t('questionnaire.fieldOrganisation')}</p>
      <p class="record-fields__field">{t('questionnaire.fieldAnsweredBy')}</p>
      <p class="record-fields__field">{t('questionnaire.fieldDate')}</p>
    </section>
  );
}

/**
 * The summary, the first printed page, for a board. On screen: what holds the format (one line
 * each), the next steps, each reason explained (folded), Print, Share and Change, the pilot and the
 * six scores. On paper: the reasons explained, as ResultReasons prints them, and fields to fill in.
 */
export function ResultBoard({ assessment, shared }: Props) {
  const { t } = useView();
  return (
    <div class="result__board">
      <ResultBrief assessment={assessment} />
      <NextSteps steps={assessment.nextSteps} />
      <ResultFold title={t(reasonsFoldKey(assessment.decision))}>
        <ResultReasons assessment={assessment} />
      </ResultFold>
      <ResultQuickActions shared={shared} />
      <PilotFacts pilot={assessment.pilot} />
      <section class="result__strip" aria-labelledby="strip-heading">
        <h2 id="strip-heading">{t('questionnaire.scoresHeading')}</h2>
        <ScoreStrip scores={assessment.scores} />
      </section>
      <RecordFields />
    </div>
  );
}
