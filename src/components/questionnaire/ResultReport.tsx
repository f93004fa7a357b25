import { useStore } from '../island-kit/use-store';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { $answers, adoptSharedAnswers, leaveSharedView, review } from '../../stores/questionnaire';
import { $shareUrl, printResult } from '../../stores/questionnaire-result';
import type { Answers, NextStep, ReadinessAssessment, RuleFinding } from '../../lib/questionnaire/types';
import { localeTag, type Lang } from '../../lib/language';
import { decidedByAim } from '../../lib/questionnaire/recommend';
import { findingTitle } from '../../lib/questionnaire-ui/rule-words';
import { sharedVariant } from '../../lib/questionnaire-ui/shared-voice';
import { AnswersByCondition } from './AnswersByCondition';
import { DecisionList } from './DecisionList';
import { DimensionChart } from './DimensionChart';
import { IMPROVE_HEADING_ID, ImprovementList } from './ImprovementList';
import { PilotTools } from './PilotTools';
import { PrintedLink } from './PrintedLink';
import { jumpWithinPage, ResultFold } from './ResultFold';
import { ResultReasons } from './ResultReasons';
import { ScoreStrip } from './ScoreStrip';
import { SharePanel } from './SharePanel';
import { HEADING_ID, useView, ViewContext, type QuestionnaireView } from './questionnaire-context';
import { SHARE_HEADING_ID } from './SharePanel';
import { StartAgainButton } from './StartAgainButton';

interface Props {
  assessment: ReadinessAssessment;
  /** The answers the result is for. */
  answers: Answers;
  /** True when the answers came from a share link rather than from this browser. */
  shared: boolean;
}

/** Today's date written out in the page's language, e.g. '23 November 2026' or '23 november 2026'. */
const today = (lang: Lang): string =>
  new Intl.DateTimeFormat(localeTag(lang), { dateStyle: 'long' }).format(new Date());

/** The view for a colleague's shared result: its strings speak of "they" where they would say "you". */
const sharedResultView = (view: QuestionnaireView): QuestionnaireView => ({
  ...view,
  t: (key, values) => view.t(sharedVariant(view.strings, key), values),
});

/** A reason in one short line: the condition and the answer given, or the score against its line. */
function briefReason(view: QuestionnaireView, finding: RuleFinding): string {
  const { questionnaire, t, text } = view;
  if (finding.kind === 'answer') {
    const question = questionnaire.questions.find((q) => q.id === finding.questionId);
    const option = question?.options.find((o) => o.id === finding.optionId);
    const dimension =
      question?.kind === 'readiness' ? questionnaire.dimensions.find((d) => d.id === question.dimension) : undefined;
    if (option && dimension) {
      return t('questionnaire.briefAnswer', { condition: text(dimension.label), answer: text(option.label) });
    }
  }
  return findingTitle(view, finding);
}

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
 * The result, summary first. On screen: the format, what holds it there (one line each), the next
 * steps, each reason explained (folded), Print, Share and Change, the pilot and the six scores; every detail (each reason explained
 * and what would change the advice, the scores with their lines, how we decide, risks, what to
 * measure and improve, templates, every answer) folded under its heading. On paper the first page is
 * the summary for a board (the reasons explained, as ResultReasons prints them, with fields to fill
 * in by hand), and the folded details follow, open.
 */
function Report({ assessment, answers, shared }: Props) {
  const view = useView();
  const { questionnaire, lang, t, text, guideHref, readMore, templateHref, templateTitles } = view;
  // The date on the printed report: set when the result shows, renewed when the user prints.
  const [printedOn, setPrintedOn] = useState(() => today(lang));
  useEffect(() => {
    const renew = () => setPrintedOn(today(lang));
    window.addEventListener('beforeprint', renew);
    return () => window.removeEventListener('beforeprint', renew);
  }, [lang]);
  const ownAnswers = useStore($answers);
  const shareUrl = useStore($shareUrl);
  const { recommendation, pilot, decision } = assessment;
  const templates = assessment.templates.filter((slug) => templateTitles[slug] !== undefined);
  const { holding } = decision;
  const milder = decision.reasons.length - holding.length;

  // A next step with its guide, template or "what to improve" link.
  const stepContent = (step: NextStep) => {
    const templateTitle = step.template ? templateTitles[step.template] : undefined;
    return (
      <>
        {step.toImprovements ? (
          <a href={`#${IMPROVE_HEADING_ID}`} onClick={jumpWithinPage}>
            {text(step.text)}
          </a>
        ) : (
          text(step.text)
        )}
        {step.link && (
          <>
            {' '}
            <PrintedLink href={guideHref(step.link)}>{readMore(step.link)}</PrintedLink>
          </>
        )}
        {step.template && templateTitle && (
          <>
            {' '}
            <PrintedLink href={templateHref(step.template)}>
              {t('questionnaire.useTemplate', { title: templateTitle })}
            </PrintedLink>
          </>
        )}
      </>
    );
  };

  return (
    <article class="result">
      <p class="print-only result__print-heading">{t('questionnaire.printHeading', { date: printedOn })}</p>
      {shared && (
        <div class="notice notice--shared" data-print="hide">
          <h2 class="notice__title">{t('questionnaire.sharedHeading')}</h2>
          <p>{t('questionnaire.sharedText')}</p>
          <div class="button-group">
            <div>
              <button
                type="button"
                class="button button--secondary"
                onClick={adoptSharedAnswers}
                aria-describedby={Object.keys(ownAnswers).length > 0 ? 'replaces-hint' : undefined}
              >
                {t('questionnaire.useShared')}
              </button>
              {Object.keys(ownAnswers).length > 0 && (
                <p class="meta" id="replaces-hint">
                  {t('questionnaire.useSharedReplaces')}
                </p>
              )}
            </div>
            <button type="button" class="button button--secondary" onClick={leaveSharedView}>
              {t('questionnaire.leaveShared')}
            </button>
          </div>
        </div>
      )}

      <h1 id={HEADING_ID} tabIndex={-1}>
        <span class="result__caption">
          {t(shared ? 'questionnaire.sharedResultCaption' : 'questionnaire.resultCaption')}
          <span class="visually-hidden">: </span>
        </span>
        <span class="result__title">{text(recommendation.title)}</span>
      </h1>
      <p class="lead result__summary">{text(recommendation.summary)}</p>

      <div class="result__board">
        {/* On screen, what holds the format in one line each; paper prints each reason explained (below). */}
        <section class="result__brief" aria-labelledby="brief-heading" data-print="hide">
          <h2 id="brief-heading">
            {holding.length > 0 ? t('questionnaire.briefHeading') : t('questionnaire.briefWhyHeading')}
          </h2>
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

        <section aria-labelledby="next-heading">
          <h2 id="next-heading">{t('questionnaire.nextStepsHeading')}</h2>
          <ol class="result__list">
            {assessment.nextSteps.map((step, index) => (
              <li key={index}>{stepContent(step)}</li>
            ))}
          </ol>
        </section>

        <ResultFold title={t(holding.length > 0 ? 'questionnaire.reasonsFold' : 'questionnaire.changeHeading')}>
          <ResultReasons assessment={assessment} />
        </ResultFold>

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

        <section class="result__pilot" aria-labelledby="pilot-heading">
          <h2 id="pilot-heading">{t('questionnaire.pilotHeading')}</h2>
          <dl class="facts">
            <div class="facts__row">
              <dt>{t('questionnaire.pilotLength')}</dt>
              <dd>
                {pilot.lengthMonths === 0
                  ? t('questionnaire.pilotNone')
                  : t('questionnaire.pilotMonths', { months: pilot.lengthMonths })}
              </dd>
            </div>
            <div class="facts__row">
              <dt>{t('questionnaire.pilotRhythm')}</dt>
              <dd>{text(pilot.rhythm)}</dd>
            </div>
            <div class="facts__row">
              <dt>{t('questionnaire.pilotSize')}</dt>
              <dd>{text(pilot.size)}</dd>
            </div>
          </dl>
        </section>

        <section class="result__strip" aria-labelledby="strip-heading">
          <h2 id="strip-heading">{t('questionnaire.scoresHeading')}</h2>
          <ScoreStrip scores={assessment.scores} />
        </section>

        <section class="print-only record-fields" aria-labelledby="fields-heading">
          <h2 id="fields-heading">{t('questionnaire.fieldsHeading')}</h2>
          <p class="record-fields__field">{t('questionnaire.fieldOrganisation')}</p>
          <p class="record-fields__field">{t('questionnaire.fieldAnsweredBy')}</p>
          <p class="record-fields__field">{t('questionnaire.fieldDate')}</p>
        </section>
      </div>

      <div class="result__details">
        <ResultFold title={t('questionnaire.scoresDetailHeading')} hint={t('questionnaire.scoresDetailHint')}>
          <section aria-labelledby="scores-heading">
            <h2 id="scores-heading">{t('questionnaire.scoresDetailHeading')}</h2>
            <p>{t('questionnaire.scoresIntro', questionnaire.bands)}</p>
            {decidedByAim(questionnaire.rules, decision) && <p>{t('questionnaire.scoresAim')}</p>}
            <DimensionChart scores={assessment.scores} />
            <p class="meta">{t('questionnaire.linesLegend')}</p>
          </section>
        </ResultFold>

        <ResultFold
          title={t('questionnaire.howHeading')}
          hint={t('questionnaire.howHint', { count: questionnaire.rules.length })}
        >
          <DecisionList decision={decision} />
        </ResultFold>

        <ResultFold
          title={t('questionnaire.risksHeading')}
          hint={t('questionnaire.risksHint', { count: assessment.risks.length })}
        >
          <section aria-labelledby="risks-heading">
            <h2 id="risks-heading">{t('questionnaire.risksHeading')}</h2>
            {assessment.risks.length === 0 ? (
              // No pilot yet: "no particular risks" would read as an all-clear beside "Build the foundations first".
              <p>{t(decision.format === 'foundations' ? 'questionnaire.noRisksYet' : 'questionnaire.noRisks')}</p>
            ) : (
              <ul class="result__list">
                {assessment.risks.map((risk) => (
                  <li key={risk.id}>
                    {text(risk.text)}{' '}
                    {risk.link && (
                      <a href={guideHref(risk.link)} data-print="hide">
                        {readMore(risk.link)}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </ResultFold>

        {pilot.measure.length > 0 && (
          <ResultFold title={t('questionnaire.pilotMeasure')}>
            <section aria-labelledby="measure-heading">
              <h2 id="measure-heading">{t('questionnaire.pilotMeasure')}</h2>
              <ul class="result__list">
                {pilot.measure.map((item, index) => (
                  <li key={index}>{text(item)}</li>
                ))}
              </ul>
            </section>
          </ResultFold>
        )}

        <ResultFold
          title={t('questionnaire.improveHeading')}
          hint={t('questionnaire.improveHint', { count: assessment.improvements.length })}
        >
          <ImprovementList improvements={assessment.improvements} answers={answers} />
        </ResultFold>

        <ResultFold
          title={t('questionnaire.templatesHeading')}
          hint={t('questionnaire.templatesHint', { count: templates.length })}
        >
          <section aria-labelledby="templates-heading">
            <h2 id="templates-heading">{t('questionnaire.templatesHeading')}</h2>
            {templates.length === 0 ? (
              <p>{t('questionnaire.templatesSoon')}</p>
            ) : (
              <ul class="result__list">
                {templates.map((slug) => (
                  <li key={slug}>
                    <PrintedLink href={templateHref(slug)}>{templateTitles[slug] ?? slug}</PrintedLink>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </ResultFold>

        <ResultFold
          title={t('questionnaire.answersHeading')}
          hint={t('questionnaire.answersHint', { count: questionnaire.questions.length })}
        >
          <AnswersByCondition answers={answers} />
        </ResultFold>

        <ResultFold
          title={t('questionnaire.toolsHeading')}
          hint={t(decision.format === 'foundations' ? 'questionnaire.toolsHintCompare' : 'questionnaire.toolsHint')}
        >
          <PilotTools assessment={assessment} answers={answers} />
        </ResultFold>
      </div>

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
