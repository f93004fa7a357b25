import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import {
  $answers,
  $shareUrl,
  adoptSharedAnswers,
  leaveSharedView,
  printResult,
  review,
} from '../../stores/questionnaire';
import { chosenOption } from '../../lib/questionnaire/answers';
import type { Answers, ReadinessAssessment } from '../../lib/questionnaire/types';
import { DimensionChart } from './DimensionChart';
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
const today = (lang: string): string =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date());

/** The result: the advice in one sentence, the scores, why, risks, next steps, pilot, improvements and answers. */
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
  const dimensionLabel = new Map(questionnaire.dimensions.map((d) => [d.id, text(d.label)]));
  const questionById = new Map(questionnaire.questions.map((q) => [q.id, q]));
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

  // A jump to the share section that leaves the address alone: its #a=... is the shared result.
  const jumpToShare = (event: MouseEvent) => {
    const target = document.getElementById(SHARE_HEADING_ID);
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
      <div class="button-group result__quick-actions" role="group" aria-label={t('questionnaire.resultActions')} data-print="hide">
        {printButton()}
        <a class="button button--secondary" href={`#${SHARE_HEADING_ID}`} onClick={jumpToShare}>
          {t('questionnaire.jumpToShare')}
        </a>
        {!shared && changeButton()}
      </div>

      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading">{t('questionnaire.scoresHeading')}</h2>
        <p>{t('questionnaire.scoresIntro', questionnaire.bands)}</p>
        <DimensionChart scores={assessment.scores} />
      </section>

      <section aria-labelledby="why-heading">
        <h2 id="why-heading">{t('questionnaire.whyHeading')}</h2>
        <p>{text(assessment.explanation)}</p>
        <p data-print="hide">
          <a href={guideHref(recommendation.link)}>{readMore(recommendation.link)}</a>
        </p>
      </section>

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
        <h2 id="next-heading">{t('questionnaire.nextStepsHeading')}</h2>
        <ol class="result__list">
          {assessment.nextSteps.map((step, index) => {
            const templateTitle = step.template ? templateTitles[step.template] : undefined;
            return (
              <li key={index}>
                {text(step.text)}
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
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="pilot-heading">
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
          <div class="facts__row">
            <dt>{t('questionnaire.pilotMeasure')}</dt>
            <dd>
              <ul>
                {pilot.measure.map((item, index) => (
                  <li key={index}>{text(item)}</li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="templates-heading">
        <h2 id="templates-heading">{t('questionnaire.templatesHeading')}</h2>
        {templates.length === 0 ? (
          <p>{t('questionnaire.templatesSoon')}</p>
        ) : (
          <ul class="result__list">
            {templates.map((slug) => (
              <li key={slug}>
                <a href={templateHref(slug)}>{templateTitles[slug]}</a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="result__long" aria-labelledby="improve-heading">
        <h2 id="improve-heading">{t('questionnaire.improveHeading')}</h2>
        {assessment.improvements.length === 0 ? (
          <p>{t('questionnaire.improveNone')}</p>
        ) : (
          <>
            <p>{t('questionnaire.improveIntro')}</p>
            <ul class="improvements">
              {assessment.improvements.map((improvement) => {
                const question = questionById.get(improvement.questionId);
                const option = question ? chosenOption(question, answers) : undefined;
                return (
                  <li class="improvements__item" key={improvement.questionId}>
                    <h3>{question ? text(question.prompt) : improvement.questionId}</h3>
                    <p class="meta">
                      {t('questionnaire.improveCondition', { condition: dimensionLabel.get(improvement.dimension) ?? '' })}
                      {option && (
                        <>
                          <br />
                          {t('questionnaire.improveYouAnswered', { answer: text(option.label) })}
                        </>
                      )}
                    </p>
                    <p>{text(improvement.text)}</p>
                    <p data-print="hide">
                      <a href={guideHref(improvement.link)}>{readMore(improvement.link)}</a>
                    </p>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <section class="result__long" aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t('questionnaire.answersHeading')}</h2>
        <dl class="answer-list">
          {questionnaire.questions.map((question) => {
            const option = chosenOption(question, answers);
            return (
              <div class="answer-list__row" key={question.id}>
                <dt>{text(question.prompt)}</dt>
                <dd>
                  <strong>{option ? text(option.label) : t('questionnaire.notAnswered')}</strong>
                  {option && <p>{text(option.meaning)}</p>}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>

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
