import type { ReadinessAssessment } from '../../lib/questionnaire/types';
import { milderReasons } from '../../lib/questionnaire/recommend';
import { briefReason } from '../../lib/questionnaire-ui/rule-words';
import { briefHeadingKey } from '../../lib/questionnaire-ui/result-report';
import { useView } from './questionnaire-context';

/**
 * On screen, what holds the format in one line each, or why in short when nothing does, and how many
 * milder reasons there are. Paper prints each reason explained instead (ResultReasons).
 */
export function ResultBrief({ assessment }: { assessment: ReadinessAssessment }) {
  const view = useView();
  const { t, text } = view;
  const { decision } = assessment;
  const { holding } = decision;
  const milder = milderReasons(decision).length;
  return (
    <section class="result__brief" aria-labelledby="brief-heading" data-print="hide">
      <h2 id="brief-heading">{t(briefHeadingKey(decision))}</h2>
      {holding.length > 0 ? (
        <ul class="brief-reasons">
          {holding.map((finding) => (
            <li key={finding.rule.id}>{briefReason(view, finding)}</li>
          ))}
        </ul>
      ) : (
        <p>{text(assessment.explanation)}</p>
      )}
      {milder > 0 && <p class="meta">{t('questionnaire.reasonsMilder', { count: milder })}</p>}
    </section>
  );
}
