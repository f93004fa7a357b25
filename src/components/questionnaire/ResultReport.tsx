import { useStore } from '../island-kit/use-store';
import { useEffect, useState } from 'preact/hooks';
import { $answers, adoptSharedAnswers, leaveSharedView, review } from '../../stores/questionnaire';
import { $shareUrl, printResult } from '../../stores/questionnaire-result';
import type { Answers, NextStep, ReadinessAssessment } from '../../lib/questionnaire/types';
import { localeTag, type Lang } from '../../lib/language';
import { decidedByAim } from '../../lib/questionnaire/recommend';
import { AnswersByCondition } from './AnswersByCondition';
import { DecisionList } from './DecisionList';
import { DimensionChart } from './DimensionChart';
import { IMPROVE_HEADING_ID, ImprovementList } from './ImprovementList';
import { PilotTools } from './PilotTools';
import { ResultReasons } from './ResultReasons';
import { SharePanel } from './SharePanel';
import { HEADING_ID, useView } from './questionnaire-context';
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

/** The absolute address of a page, so a reader of the printout can type it in. */
const absolute = (href: string): string =>
  typeof window === 'undefined' ? href : new URL(href, window.location.href).href;

/**
 * The result. Its first part is the one-page summary for a board: the format, every reason that holds
 * it (on paper, many milder ones are counted; see ResultReasons), what would change the advice, the
 * three most important next steps, the pilot and fields to fill in by hand.
 * The details follow: scores with their lines, how we decide, risks, all next steps, templates, what
 * to improve and every answer.
 */
export function ResultReport({ assessment, answers, shared }: Props) {
  const { questionnaire, lang, t, text, guideHref, readMore, templateHref, templateTitles } = useView();
  // The date on the printed report: set when the result shows, renewed when the user prints.
  const [printedOn, setPrintedOn] = useState(() => today(lang));
  useEffect(() => {
    const renew = () => setPrintedOn(today(lang));
    window.addEventListener('beforeprint', renew);
    return () => window.removeEventListener('beforeprint', renew);
  }, [lang]);
  const ownAnswers = useStore($answers);
  const shareUrl = useStore($shareUrl);
  const { recommendation, pilot } = assessment;
  const templates = assessment.templates.filter((slug) => templateTitles[slug] !== undefined);
  // Functions, not shared elements: each place gets its own element.
  const printButton = () => (
    <button type="button" class="button" onClick={printResult}>
      {t('questionnaire.print')}
    </button>
  );
  const changeButton = () => (
    <button type="button" class="button button--secondary" onClick={review}>
      {t('questionnaire.changeAnswers')}
    </button>
  );

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
            <a href={guideHref(step.link)}>{readMore(step.link)}</a>
          </>
        )}
        {step.template && templateTitle && (
          <>
            {' '}
            <a href={templateHref(step.template)}>{t('questionnaire.useTemplate', { title: templateTitle })}</a>
          </>
        )}
      </>
    );
  };

  // A jump within the result that leaves the address alone: its #a=... is the shared result.
  const jumpWithinPage = (event: MouseEvent) => {
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  };

  return (
    <article class="result">
      <p class="print-only result__print-heading">{t('questionnaire.printHeading', { date: printedOn })}</p>
      {shared && (
        <div class="notice" data-print="hide">
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
      <div
        class="button-group result__quick-actions"
        role="group"
        aria-label={t('questionnaire.resultActions')}
        data-print="hide"
      >
        {printButton()}
        <a class="button button--secondary" href={`#${SHARE_HEADING_ID}`} onClick={jumpWithinPage}>
          {t('questionnaire.jumpToShare')}
        </a>
        {!shared && changeButton()}
      </div>

      <div class="result__board">
        <ResultReasons assessment={assessment} />

        <section aria-labelledby="top-steps-heading">
          <h2 id="top-steps-heading">{t('questionnaire.topStepsHeading')}</h2>
          <ol class="result__list">
            {assessment.nextSteps.slice(0, 3).map((step, index) => (
              <li key={index}>{stepContent(step)}</li>
            ))}
          </ol>
          {assessment.nextSteps.length > 3 && (
            <p data-print="hide">
              <a href="#next-heading" onClick={jumpWithinPage}>
                {t('questionnaire.allStepsLink')}
              </a>
            </p>
          )}
        </section>

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

        <section class="print-only record-fields" aria-labelledby="fields-heading">
          <h2 id="fields-heading">{t('questionnaire.fieldsHeading')}</h2>
          <p class="record-fields__field">{t('questionnaire.fieldOrganisation')}</p>
          <p class="record-fields__field">{t('questionnaire.fieldAnsweredBy')}</p>
          <p class="record-fields__field">{t('questionnaire.fieldDate')}</p>
        </section>
      </div>

      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading">{t('questionnaire.scoresHeading')}</h2>
        <p>{t('questionnaire.scoresIntro', questionnaire.bands)}</p>
        {decidedByAim(questionnaire.rules, assessment.decision) && <p>{t('questionnaire.scoresAim')}</p>}
        <DimensionChart scores={assessment.scores} />
        <p class="meta">{t('questionnaire.linesLegend')}</p>
      </section>

      <DecisionList decision={assessment.decision} />

      <section aria-labelledby="risks-heading">
        <h2 id="risks-heading">{t('questionnaire.risksHeading')}</h2>
        {assessment.risks.length === 0 ? (
          <p>{t('questionnaire.noRisks')}</p>
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

      <section aria-labelledby="next-heading">
        <h2 id="next-heading" tabIndex={-1}>
          {t('questionnaire.nextStepsHeading')}
        </h2>
        <ol class="result__list">
          {assessment.nextSteps.map((step, index) => (
            <li key={index}>{stepContent(step)}</li>
          ))}
        </ol>
        <h3>{t('questionnaire.pilotMeasure')}</h3>
        <ul class="result__list">
          {pilot.measure.map((item, index) => (
            <li key={index}>{text(item)}</li>
          ))}
        </ul>
      </section>

      <PilotTools assessment={assessment} answers={answers} />

      <section aria-labelledby="templates-heading">
        <h2 id="templates-heading">{t('questionnaire.templatesHeading')}</h2>
        {templates.length === 0 ? (
          <p>{t('questionnaire.templatesSoon')}</p>
        ) : (
          <ul class="result__list">
            {templates.map((slug) => (
              <li key={slug}>
                <a href={templateHref(slug)}>{templateTitles[slug]}</a>
                <span class="print-only">
                  {' '}
                  {t('questionnaire.templateAddress', { address: absolute(templateHref(slug)) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ImprovementList improvements={assessment.improvements} answers={answers} />
      <AnswersByCondition answers={answers} />

      <SharePanel />
      <p class="print-only result__print-link">
        {t('questionnaire.shareLabel')}: {shareUrl}
      </p>

      <div class="button-group result__actions" data-print="hide">
        {printButton()}
        {!shared && (
          <>
            {changeButton()}
            <StartAgainButton />
          </>
        )}
      </div>
    </article>
  );
}
