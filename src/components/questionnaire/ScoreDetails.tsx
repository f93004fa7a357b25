import type { ReadinessAssessment } from '../../lib/questionnaire/types';
import { decidedByAim } from '../../lib/questionnaire/recommend';
import { DimensionChart } from './DimensionChart';
import { useView } from './questionnaire-context';

/** The six scores against their lines, with how to read them. */
export function ScoreDetails({ assessment }: { assessment: ReadinessAssessment }) {
  const { questionnaire, t } = useView();
  return (
    <section aria-labelledby="scores-heading">
      <h2 id="scores-heading">{t('questionnaire.scoresDetailHeading')}</h2>
      <p>{t('questionnaire.scoresIntro', questionnaire.bands)}</p>
      {decidedByAim(questionnaire.rules, assessment.decision) && <p>{t('questionnaire.scoresAim')}</p>}
      <DimensionChart scores={assessment.scores} />
      <p class="meta">{t('questionnaire.linesLegend')}</p>
    </section>
  );
}
