import { assessReadiness } from '../../lib/questionnaire/assess';
import { answerChanges } from '../../lib/compare/change';
import type { ComparedResult } from '../../lib/compare/comparison-link';
import { useCompareView } from './compare-context';

interface Props {
  before: ComparedResult;
  after: ComparedResult;
}

/** Before and after: the advised format then and now, and every answer that changed with its effect. */
export function ChangeReport({ before, after }: Props) {
  const { questionnaire, t, text, answerText } = useCompareView();
  const changes = answerChanges(questionnaire, before.answers, after.answers);
  const titleOf = (result: ComparedResult): string =>
    text(questionnaire.recommendations[assessReadiness(questionnaire, result.answers).decision.format].title);
  const questionById = new Map(questionnaire.questions.map((question) => [question.id, question]));

  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('compare.changeHeading')}</h2>
      <p class="panel">{t('compare.changeFormat', { before: titleOf(before), after: titleOf(after) })}</p>
      <h3 id="change-answers-heading">{t('compare.changeAnswersHeading')}</h3>
      {changes.length === 0 ? (
        <p>{t('compare.changeNone')}</p>
      ) : (
        <ol class="agenda__questions" aria-labelledby="change-answers-heading">
          {changes.map((change) => {
            const question = questionById.get(change.questionId);
            if (!question) return null;
            const points = Math.round(Math.abs(change.change));
            const condition =
              question.kind === 'readiness'
                ? text(questionnaire.dimensions.find((d) => d.id === question.dimension)?.label ?? { en: '', nl: '' })
                : '';
            let effect = t('compare.agendaContext');
            if (question.kind === 'readiness') {
              effect = t(change.change >= 0 ? 'compare.changeUp' : 'compare.changeDown', { points, condition });
            }
            return (
              <li key={change.questionId} class="agenda__question">
                <p class="agenda__prompt">{text(question.prompt)}</p>
                <ul class="agenda__answers">
                  <li>
                    <strong>{t('compare.before')}:</strong> {answerText(question, change.before)}
                  </li>
                  <li>
                    <strong>{t('compare.after')}:</strong> {answerText(question, change.after)}
                  </li>
                </ul>
                <p
                  class={`change change--${question.kind === 'context' ? 'none' : change.change >= 0 ? 'up' : 'down'}`}
                >
                  {effect}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
