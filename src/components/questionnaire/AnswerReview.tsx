import { useStore } from '../island-kit/use-store';
import { $answers, changeAnswer, showResult } from '../../stores/questionnaire';
import { chosenOption } from '../../lib/questionnaire/answers';
import { groupQuestions } from '../../lib/questionnaire-ui/question-groups';
import { BackButton } from './BackButton';
import { HEADING_ID, useView } from './questionnaire-context';

/** "Check your answers": every question with its answer and a Change link, grouped by condition, then on to the result. */
export function AnswerReview() {
  const { questionnaire, t, text } = useView();
  const answers = useStore($answers);
  const labels = new Map(questionnaire.dimensions.map((d) => [d.id, d.label]));

  return (
    <div class="review">
      <BackButton />
      <h1 id={HEADING_ID} tabIndex={-1}>
        {t('questionnaire.reviewTitle')}
      </h1>
      <p>{t('questionnaire.reviewLead')}</p>
      {groupQuestions(questionnaire).map((group) => (
        <section key={group.dimension ?? group.about} class="review__group">
          <h2>
            {group.dimension
              ? text(labels.get(group.dimension)!)
              : t(group.about === 'respondent' ? 'questionnaire.aboutRespondent' : 'questionnaire.aboutYou')}
          </h2>
          <dl class="summary-list">
            {group.questions.map(({ question, index }) => {
              const option = chosenOption(question, answers);
              const prompt = text(question.prompt);
              return (
                <div class="summary-list__row" key={question.id}>
                  <dt class="summary-list__key">{prompt}</dt>
                  <dd class="summary-list__value">{option ? text(option.label) : t('questionnaire.notAnswered')}</dd>
                  <dd class="summary-list__actions">
                    <button type="button" class="link-button" onClick={() => changeAnswer(index)}>
                      {t('questionnaire.change')}
                      <span class="visually-hidden"> {t('questionnaire.changeHidden', { question: prompt })}</span>
                    </button>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      <button type="button" class="button" onClick={showResult}>
        {t('questionnaire.seeResult')}
      </button>
    </div>
  );
}
