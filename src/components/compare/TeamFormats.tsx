import { assessReadiness } from '../../lib/questionnaire/assess';
import type { ComparedResult } from '../../lib/compare/comparison-link';
import { useCompareView } from './compare-context';

interface Props {
  results: readonly ComparedResult[];
}

/** Each person's advised format (the team's advice leads the page: TeamAdvice). */
export function TeamFormats({ results }: Props) {
  const { questionnaire, t, text, nameOf } = useCompareView();
  const titleOf = (format: keyof typeof questionnaire.recommendations): string =>
    text(questionnaire.recommendations[format].title);

  return (
    <section aria-labelledby="formats-heading">
      <h2 id="formats-heading">{t('compare.formatsHeading')}</h2>
      <p>{t('compare.formatsIntro')}</p>
      <ul class="format-list">
        {results.map((result, index) => (
          <li key={result.code}>
            <strong>{nameOf(result, index)}:</strong>{' '}
            {titleOf(assessReadiness(questionnaire, result.answers).decision.format)}
          </li>
        ))}
      </ul>
    </section>
  );
}
