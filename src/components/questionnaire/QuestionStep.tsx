import { useStore } from '../island-kit/use-store';
import { $answers, $errorAttempt, $ready, $showError, choose, next } from '../../stores/questionnaire';
import type { Question } from '../../lib/questionnaire/types';
import { BackButton } from './BackButton';
import { ErrorSummary } from '../island-kit/ErrorSummary';
import { ProgressIndicator } from './ProgressIndicator';
import { FIRST_QUESTION_ID, HEADING_ID, useFirstScreenView } from './questionnaire-context';

interface Props {
  question: Question;
  /** The question's position, 0 for the first. */
  index: number;
  /** How many questions have an answer, for the progress bar. */
  answered: number;
}

/**
 * One question as a fieldset of radio buttons, with "why we ask", the error, Back and Continue.
 * Until the island wakes up, the first question is the target of Start, shown by CSS (`:target`), and
 * its form does nothing when sent (method "dialog" outside a dialog): its answer is read on waking up.
 */
export function QuestionStep({ question, index, answered }: Props) {
  const { questionCount: total, t, text } = useFirstScreenView();
  const ready = useStore($ready);
  const answers = useStore($answers);
  const showError = useStore($showError);
  // GOV.UK names the question in its error: 'Choose an answer to: Does someone from top management ...?'
  const errorMessage = t('questionnaire.errorChoose', { question: text(question.prompt) });
  const errorAttempt = useStore($errorAttempt);
  const chosen = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;

  const fieldName = `q-${question.id}`;
  const legendId = `${fieldName}-legend`;
  const hintId = `${fieldName}-hint`;
  const errorId = `${fieldName}-error`;
  const why = question.why ? text(question.why) : '';
  const describedBy = [why ? hintId : '', showError ? errorId : ''].filter(Boolean).join(' ');
  const firstOption = question.options[0];

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (ready) next();
  };

  return (
    <div class={ready ? 'question' : 'question question--first'} id={ready ? undefined : FIRST_QUESTION_ID}>
      {ready ? (
        <BackButton />
      ) : (
        // Before the island wakes up, Back leaves the first question's fragment for the start screen.
        // eslint-disable-next-line jsx-a11y/anchor-is-valid -- an empty fragment is the start screen's address
        <a href="#" class="back-link" data-print="hide">
          {t('questionnaire.back')}
        </a>
      )}
      {showError && firstOption && (
        <ErrorSummary
          key={errorAttempt}
          id="error-summary-title"
          title={t('questionnaire.errorTitle')}
          errors={[{ message: errorMessage, fieldId: `${fieldName}-${firstOption.id}`, scrollToId: legendId }]}
        />
      )}
      <ProgressIndicator answered={answered} total={total} />
      <form method="dialog" autocomplete="off" onSubmit={onSubmit} noValidate>
        <div class={showError ? 'field field--error' : 'field'}>
          <fieldset class="fieldset" aria-describedby={describedBy || undefined}>
            <legend class="fieldset__legend" id={legendId}>
              <h1 class="question__heading" id={ready ? HEADING_ID : undefined} tabIndex={-1}>
                <span class="question__step">
                  {t('questionnaire.step', { step: index + 1, count: total })}
                  <span class="visually-hidden">: </span>
                </span>
                <span class="question__prompt">{text(question.prompt)}</span>
              </h1>
            </legend>
            {why && (
              <p class="hint" id={hintId}>
                <strong>{t('questionnaire.whyWeAsk')}</strong> {why}
              </p>
            )}
            {showError && (
              <p class="error-message" id={errorId}>
                <span class="visually-hidden">{t('questionnaire.errorPrefix')} </span>
                {errorMessage}
              </p>
            )}
            <div class="radios">
              {question.options.map((option) => {
                const id = `${fieldName}-${option.id}`;
                return (
                  <div class="radios__item" key={option.id}>
                    <input
                      class="radios__input"
                      type="radio"
                      id={id}
                      name={fieldName}
                      value={option.id}
                      checked={ready ? chosen === option.id : undefined}
                      onChange={ready ? () => choose(question.id, option.id) : undefined}
                    />
                    <label class="radios__label" for={id}>
                      {text(option.label)}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        <button type="submit" class="button">
          {t('questionnaire.continue')}
        </button>
      </form>
    </div>
  );
}
