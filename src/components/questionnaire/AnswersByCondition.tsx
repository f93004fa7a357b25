import type { Answers } from '../../lib/questionnaire/types';
import { chosenOption } from '../../lib/questionnaire/answers';
import { groupQuestions } from '../../lib/questionnaire-ui/question-groups';
import { useView } from './questionnaire-context';

interface Props {
  answers: Answers;
}

/** Every answer with what it means, grouped under the six conditions. */
export function AnswersByCondition({ answers }: Props) {
  const { questionnaire, t, text } = useView();
  const label = new Map(questionnaire.dimensions.map((d) => [d.id, text(d.label)]));

  return (
    <section class="result__long" aria-labelledby="answers-heading">
      <h2 id="answers-heading">{t('questionnaire.answersHeading')}</h2>
      {groupQuestions(questionnaire).map((group) => (
        <section key={group.dimension ?? group.about} class="answer-group">
          <h3>
            {group.dimension
              ? label.get(group.dimension)
              : t(group.about === 'respondent' ? 'questionnaire.aboutRespondent' : 'questionnaire.aboutYou')}
          </h3>
          <dl class="answer-list">
            {group.questions.map(({ question }) => {
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
      ))}
    </section>
  );
}
