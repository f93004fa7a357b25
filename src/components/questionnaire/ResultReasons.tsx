import type { DimensionScores, ReadinessAssessment, RuleFinding } from '../../lib/questionnaire/types';
import { decidedByAim } from '../../lib/questionnaire/recommend';
import { answersKeepingDown, changeWords, findingTitle, formatTitle } from '../../lib/questionnaire-ui/rule-words';
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

/** One reason: the organisation's own answer or score, why it holds the format back, and for a score the answers behind it. */
function Reason({ finding, scores }: { finding: RuleFinding; scores: DimensionScores }) {
  const view = useView();
  const keptDown = finding.kind === 'dimension' ? answersKeepingDown(view, scores, finding.dimension) : [];
  return (
    <li class="reason">
      <strong class="reason__title">{findingTitle(view, finding)}</strong>
      <span class="reason__why">
        {view.text(finding.rule.explanation)}
        {keptDown.length > 0 && (
          <>
            {' '}
            {view.t('questionnaire.reason.keptDown', {
              answers: new Intl.ListFormat(view.lang === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' }).format(
                keptDown,
              ),
            })}
          </>
        )}
      </span>
    </li>
  );
}

/** "Why we advise this": every reason, the ones that hold the result at its format first, and what would change it. */
export function ResultReasons({ assessment }: Props) {
  const view = useView();
  const { questionnaire, t, text, guideHref, readMore } = view;
  const { decision, recommendation, changes, scores } = assessment;
  const holding = decision.holding;
  const also = decision.reasons.filter((finding) => !holding.includes(finding));

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
                <Reason key={finding.rule.id} finding={finding} scores={scores} />
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
                <Reason key={finding.rule.id} finding={finding} scores={scores} />
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

      {/* With many holding reasons the board page is full: the change is then on screen only (their
          answers are the reasons above once more). */}
      <section
        aria-labelledby="change-heading"
        data-print={holding.length > PRINTED.explainedReasons ? 'hide' : undefined}
      >
        <h2 id="change-heading">{t('questionnaire.changeHeading')}</h2>
        {changes.length > 0 ? (
          changes.map((change) => (
            <div key={change.format} class="change">
              {/* On paper one line each, so the board summary keeps its page; the screen lists every answer. */}
              <p class="print-only">
                {t('questionnaire.changePrinted', {
                  count: change.answers.length,
                  format: formatTitle(view, change.format),
                })}
              </p>
              <div data-print="hide">
                <p>{t('questionnaire.changeTo', { format: formatTitle(view, change.format) })}</p>
                <ul class="result__list change-list">
                  {change.answers.map((answer) => (
                    <li key={answer.questionId}>{changeWords(view, answer)}</li>
                  ))}
                </ul>
              </div>
            </div>
          ))
        ) : (
          <p>
            {t(
              decidedByAim(questionnaire.rules, decision)
                ? 'questionnaire.changeAim'
                : decision.format === 'reverse-pairs'
                  ? 'questionnaire.changeTop'
                  : 'questionnaire.changeNone',
            )}
          </p>
        )}
      </section>
    </>
  );
}
