import { conditionSpreads, contextDifferences, questionSpreads } from '../../lib/compare/spread';
import type { ComparedResult } from '../../lib/compare/comparison-link';
import { useCompareView } from './compare-context';

interface Props {
  results: readonly ComparedResult[];
}

/**
 * Where the team disagrees, as the agenda for the talk: the conditions and the questions furthest
 * apart, then the context answers, each with every person's answer in words. (A split aim is said
 * at the top of the page, with the widest disagreements: TopDisagreements.)
 */
export function DisagreementAgenda({ results }: Props) {
  const { questionnaire, t, text, nameOf, answerText } = useCompareView();
  const answerSets = results.map((result) => result.answers);
  const conditions = conditionSpreads(questionnaire, answerSets).filter(({ spread }) => spread > 0);
  const context = contextDifferences(questionnaire, answerSets);
  const items = [
    ...questionSpreads(questionnaire, answerSets).filter(({ spread }) => spread > 0),
    ...context.map((difference) => ({ ...difference, dimension: undefined })),
  ];
  const dimensionLabel = (id: string): string =>
    text(questionnaire.dimensions.find((d) => d.id === id)?.label ?? { en: id, nl: id });

  return (
    <section class="agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('compare.agendaHeading')}</h2>
      {items.length === 0 ? (
        <p>{t('compare.agendaNone')}</p>
      ) : (
        <>
          <p>{t('compare.agendaIntro')}</p>
          {conditions.length > 0 && (
            <>
              <h3>{t('compare.agendaConditions')}</h3>
              <ol>
                {conditions.map(({ dimension, spread }) => (
                  <li key={dimension}>
                    {t('compare.agendaConditionItem', { condition: dimensionLabel(dimension), spread })}
                  </li>
                ))}
              </ol>
            </>
          )}
          <h3 id="agenda-questions-heading">{t('compare.agendaQuestions')}</h3>
          <ol class="agenda__questions" aria-labelledby="agenda-questions-heading">
            {items.map(({ questionId, dimension, optionIds }) => {
              const question = questionnaire.questions.find((q) => q.id === questionId);
              if (!question) return null;
              return (
                <li key={questionId} class="agenda__question">
                  <p class="agenda__prompt">{text(question.prompt)}</p>
                  <p class="meta">
                    {dimension
                      ? t('compare.countsFor', { condition: dimensionLabel(dimension) })
                      : t('compare.agendaContext')}
                  </p>
                  <ul class="agenda__answers">
                    {optionIds.map((optionId, index) => (
                      <li key={index}>
                        <strong>{nameOf(results[index] ?? { answers: {}, label: '' }, index)}:</strong>{' '}
                        {answerText(question, optionId)}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
