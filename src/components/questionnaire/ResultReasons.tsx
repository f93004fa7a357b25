import type { ReadinessAssessment, RuleFinding } from '../../lib/questionnaire/types';
import { decidedByAim } from '../../lib/questionnaire/recommend';
import { findingTarget, findingTitle, formatTitle } from '../../lib/questionnaire-ui/rule-words';
import { useView } from './questionnaire-context';

interface Props {
  assessment: ReadinessAssessment;
}

/**
 * How much of a long list the printed one-page summary keeps, so that it fits one A4 page with as
 * many reasons as the decision list can give (the browser test prints the longest cases). Beyond
 * these, the reasons that hold the format are printed without their explanations, and the milder ones
 * as a count pointing to "How we decide". The screen always shows everything.
 */
const PRINTED = { explainedReasons: 4, namedMilderReasons: 3 };

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
  const { questionnaire, t, text, guideHref, readMore } = view;
  const { decision, recommendation } = assessment;
  const holding = decision.reasons.filter((finding) => finding.rule.caps === decision.format);
  const also = decision.reasons.filter((finding) => finding.rule.caps !== decision.format);
  const { change } = decision;

  return (
    <>
      <section aria-labelledby="why-heading">
        <h2 id="why-heading">{t('questionnaire.whyHeading')}</h2>
        {holding.length === 0 ? (
          <p>{text(assessment.explanation)}</p>
        ) : (
          <>
            <h3>{t('questionnaire.reasonsHolding')}</h3>
            <ul class={holding.length > PRINTED.explainedReasons ? 'reasons reasons--brief' : 'reasons'}>
              {holding.map((finding) => (
                <Reason key={finding.rule.id} finding={finding} />
              ))}
            </ul>
          </>
        )}
        {also.length > 0 && (
          <>
            <h3>{t('questionnaire.reasonsAlso')}</h3>
            <ul
              class={
                also.length > PRINTED.namedMilderReasons
                  ? 'reasons reasons--also reasons--counted'
                  : 'reasons reasons--also'
              }
            >
              {also.map((finding) => (
                <Reason key={finding.rule.id} finding={finding} />
              ))}
            </ul>
            {also.length > PRINTED.namedMilderReasons && (
              <p class="print-only">
                {t('questionnaire.reasonsAlsoCount', {
                  count: also.length,
                  applies: t('questionnaire.rule.applies'),
                  how: t('questionnaire.howHeading'),
                })}
              </p>
            )}
          </>
        )}
        <p data-print="hide">
          <a href={guideHref(recommendation.link)}>{readMore(recommendation.link)}</a>
        </p>
      </section>

      <section aria-labelledby="change-heading">
        <h2 id="change-heading">{t('questionnaire.changeHeading')}</h2>
        {change ? (
          <>
            <p data-print="hide">{t('questionnaire.changeIntro', { format: formatTitle(view, change.format) })}</p>
            {/* On paper the targets are the reasons above once more: one sentence says so. */}
            <p class="print-only">
              {t('questionnaire.changeIntroAll', {
                heading: t('questionnaire.reasonsHolding'),
                format: formatTitle(view, change.format),
              })}
            </p>
            <ul class="result__list change-list" data-print="hide">
              {change.conditions.map((finding) => (
                <li key={finding.rule.id}>{findingTarget(view, finding)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            {t(decidedByAim(questionnaire.rules, decision) ? 'questionnaire.changeAim' : 'questionnaire.changeTop')}
          </p>
        )}
      </section>
    </>
  );
}
