import type { ReadinessAssessment, RuleFinding } from '../../lib/questionnaire/types';
import { findingTarget, findingTitle, formatTitle } from '../../lib/questionnaire-ui/rule-words';
import { useView } from './questionnaire-context';

interface Props {
  assessment: ReadinessAssessment;
}

/** One reason: the organisation's own answer or score, and why it holds the format back. */
function Reason({ finding }: { finding: RuleFinding }) {
  const view = useView();
  return (
    <li class="reason">
      <strong class="reason__title">{findingTitle(view, finding)}</strong>
      <span class="reason__why">{view.text(finding.rule.explanation)}</span>
    </li>
  );
}

/** "Why we advise this": every reason, the ones that hold the result at its format first, and what would change it. */
export function ResultReasons({ assessment }: Props) {
  const view = useView();
  const { t, text, guideHref, readMore } = view;
  const { decision, recommendation } = assessment;
  const holding = decision.reasons.filter((finding) => finding.rule.caps === decision.format);
  const also = decision.reasons.filter((finding) => finding.rule.caps !== decision.format);

  return (
    <>
      <section aria-labelledby="why-heading">
        <h2 id="why-heading">{t('questionnaire.whyHeading')}</h2>
        {holding.length === 0 ? (
          <p>{text(assessment.explanation)}</p>
        ) : (
          <>
            <h3>{t('questionnaire.reasonsHolding')}</h3>
            <ul class="reasons">
              {holding.map((finding) => (
                <Reason key={finding.rule.id} finding={finding} />
              ))}
            </ul>
          </>
        )}
        {also.length > 0 && (
          <>
            <h3>{t('questionnaire.reasonsAlso')}</h3>
            <ul class="reasons reasons--also">
              {also.map((finding) => (
                <Reason key={finding.rule.id} finding={finding} />
              ))}
            </ul>
          </>
        )}
        <p data-print="hide">
          <a href={guideHref(recommendation.link)}>{readMore(recommendation.link)}</a>
        </p>
      </section>

      <section aria-labelledby="change-heading">
        <h2 id="change-heading">{t('questionnaire.changeHeading')}</h2>
        {decision.change ? (
          <>
            <p>{t('questionnaire.changeIntro', { format: formatTitle(view, decision.change.format) })}</p>
            <ul class="result__list change-list">
              {decision.change.conditions.map((finding) => (
                <li key={finding.rule.id}>{findingTarget(view, finding)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t(decision.format === 'reverse-pairs' ? 'questionnaire.changeTop' : 'questionnaire.changeAim')}</p>
        )}
      </section>
    </>
  );
}
