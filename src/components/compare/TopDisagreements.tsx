import { contextDifferences, questionSpreads } from '../../lib/compare/spread';
import type { ComparedResult } from '../../lib/compare/comparison-link';
import { useCompareView } from './compare-context';

/** How many of the widest disagreements lead the page; the full agenda is folded below. */
const LEADING = 3;

interface Props {
  results: readonly ComparedResult[];
}

/**
 * The three questions the team answered furthest apart, each answer given with the people who gave
 * it (so twelve people still read in a few lines), and a split aim first: talk about these before
 * anything else.
 */
export function TopDisagreements({ results }: Props) {
  const { questionnaire, t, text, nameOf, answerText } = useCompareView();
  const answerSets = results.map((result) => result.answers);
  const aimSplit = contextDifferences(questionnaire, answerSets).some(({ questionId }) => questionId === 'aim');
  const widest = questionSpreads(questionnaire, answerSets)
    .filter(({ spread }) => spread > 0)
    .slice(0, LEADING);

  return (
    <section class="top-disagreements" aria-labelledby="top-disagreements-heading">
      <h2 id="top-disagreements-heading">{t('compare.topHeading')}</h2>
      {aimSplit && <p class="agenda__aim">{t('compare.agendaAim')}</p>}
      {widest.length === 0 ? (
        <p>{t('compare.agendaNone')}</p>
      ) : (
        <ol class="top-disagreements__list">
          {widest.map(({ questionId, optionIds }) => {
            const question = questionnaire.questions.find((q) => q.id === questionId);
            if (!question) return null;
            // Each answer given, in the question's own order, with everyone who gave it.
            const given = question.options
              .map((option) => ({
                option,
                people: results.flatMap((result, index) =>
                  optionIds[index] === option.id ? [nameOf(result, index)] : [],
                ),
              }))
              .filter(({ people }) => people.length > 0);
            return (
              <li key={questionId}>
                <p class="agenda__prompt">{text(question.prompt)}</p>
                <ul class="top-disagreements__answers">
                  {given.map(({ option, people }) => (
                    <li key={option.id}>
                      <strong>{answerText(question, option.id)}:</strong> {people.join(', ')}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
