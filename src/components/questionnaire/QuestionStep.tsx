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

/** The id of the question's legend, which the error summary scrolls into view. */
const legendId = (fieldName: string): string => `${fieldName}-legend`;

/**
 * One question as a fieldset of radio buttons, with "why we ask", the error, Back and Continue.
 * Until the island wakes up, the first question is the target of Start, shown by CSS (`:target`), and
 * its form does nothing when sent (method "dialog" outside a dialog): its answer is read on waking up.
 */
export function QuestionStep({ question, index, answered }: Props) {
  const { questionCount: total, t, text } = useFirstScreenView();
  const ready = useStore($ready);
  const showError = useStore($showError);
  // GOV.UK names the question in its error: 'Choose an answer to: Does someone from top management ...?'
  const errorMessage = t('questionnaire.errorChoose', { question: text(question.prompt) });
  const errorAttempt = useStore($errorAttempt);
  const fieldName = `q-${question.id}`;
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
          title={t('form.errorTitle')}
          errors={[
            { message: errorMessage, fieldId: `${fieldName}-${firstOption.id}`, scrollToId: legendId(fieldName) },
          ]}
        />
      )}
      <ProgressIndicator answered={answered} total={total} />
      <form method="dialog" autocomplete="off" onSubmit={onSubmit} noValidate>
        <QuestionFieldset
          question={question}
          index={index}
          fieldName={fieldName}
          ready={ready}
          error={showError ? errorMessage : undefined}
        />
        <button type="submit" class="button">
          {t('questionnaire.continue')}
        </button>
      </form>
    </div>
  );
}

interface FieldsetProps extends Pick<Props, 'question' | 'index'> {
  /** The radio buttons' name, which begins every id in the fieldset. */
  fieldName: string;
  /** False until the island is awake: the server-rendered first question. */
  ready: boolean;
  /** The error message, while the error is shown. */
  error: string | undefined;
}

/**
 * The question as the legend and heading, with its "why we ask" hint, its error and its options. Written
 * out as the kit's Fieldset and ErrorMessage would write it: importing them would add a shared file to
 * the first screens' scripts, past their budget.
 */
function QuestionFieldset({ question, index, fieldName, ready, error }: FieldsetProps) {
  const { questionCount: total, t, text } = useFirstScreenView();
  const why = question.why ? text(question.why) : '';
  const hintId = `${fieldName}-hint`;
  const errorId = `${fieldName}-error`;
  const describedBy = [why ? hintId : '', error !== undefined ? errorId : ''].filter(Boolean).join(' ');

  return (
    <div class={error === undefined ? 'field' : 'field field--error'}>
      <fieldset class="fieldset" aria-describedby={describedBy || undefined}>
        <legend class="fieldset__legend" id={legendId(fieldName)}>
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
        {error !== undefined && (
          <p class="error-message" id={errorId}>
            <span class="visually-hidden">{t('form.errorPrefix')} </span>
            {error}
          </p>
        )}
        <OptionRadios question={question} fieldName={fieldName} ready={ready} />
      </fieldset>
    </div>
  );
}

/** The options as radio buttons; before the island wakes up, the browser alone keeps the choice. */
function OptionRadios({ question, fieldName, ready }: Pick<FieldsetProps, 'question' | 'fieldName' | 'ready'>) {
  const { text } = useFirstScreenView();
  const answers = useStore($answers);
  const chosen = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;

  return (
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
  );
}
