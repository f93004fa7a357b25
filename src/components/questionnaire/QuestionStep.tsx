import { useStore } from '@nanostores/preact';
import { $answers, $errorAttempt, $showError, choose, next } from '../../stores/questionnaire';
import { answeredCount } from '../../lib/questionnaire/answers';
import type { Question } from '../../lib/questionnaire/types';
import { BackButton } from './BackButton';
import { ErrorSummary } from './ErrorSummary';
import { ProgressIndicator } from './ProgressIndicator';
import { HEADING_ID, useView } from './questionnaire-context';

interface Props {
  question: Question;
  /** The question's position, 0 for the first. */
  index: number;
}

/** One question as a fieldset of radio buttons, with "why we ask", the error, Back and Continue. */
export function QuestionStep({ question, index }: Props) {
  const { questionnaire, t, text } = useView();
  const answers = useStore($answers);
  const showError = useStore($showError);
  const errorAttempt = useStore($errorAttempt);
  const chosen = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
  const total = questionnaire.questions.length;

  const fieldName = `q-${question.id}`;
  const legendId = `${fieldName}-legend`;
  const hintId = `${fieldName}-hint`;
  const errorId = `${fieldName}-error`;
  const why = question.why ? text(question.why) : '';
  const describedBy = [why ? hintId : '', showError ? errorId : ''].filter(Boolean).join(' ');
  const firstOption = question.options[0];

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    next();
  };

  return (
    <div class="question">
      <BackButton />
      {showError && firstOption && (
        <ErrorSummary key={errorAttempt} fieldId={`${fieldName}-${firstOption.id}`} legendId={legendId} />
      )}
      <ProgressIndicator answered={answeredCount(questionnaire, answers)} total={total} />
      <form onSubmit={onSubmit} noValidate>
        <div class={showError ? 'field field--error' : 'field'}>
          <fieldset class="fieldset" aria-describedby={describedBy || undefined}>
            <legend class="fieldset__legend" id={legendId}>
              <h1 class="question__heading" id={HEADING_ID} tabIndex={-1}>
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
                {t('questionnaire.errorChoose')}
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
                      checked={chosen === option.id}
                      onChange={() => choose(question.id, option.id)}
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
