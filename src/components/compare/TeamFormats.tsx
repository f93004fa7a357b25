import { assessReadiness } from '../../lib/questionnaire/assess';
import { assessTeam } from '../../lib/compare/team-view';
import type { ComparedResult } from '../../lib/compare/comparison-link';
import { useCompareView } from './compare-context';

interface Props {
  results: readonly ComparedResult[];
}

/** The id of the method section on the compare page, which the team view links to. */
const METHOD_SECTION_ID = 'team-view-method';

/** Each person's advised format, and the team view: the format for the team's answers together. */
export function TeamFormats({ results }: Props) {
  const { questionnaire, t, text, nameOf } = useCompareView();
  const team = assessTeam(
    questionnaire,
    results.map((result) => result.answers),
  );
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
      <div class="panel team-view">
        <h3>{t('compare.teamViewHeading', { format: titleOf(team.decision.format) })}</h3>
        <p>{text(team.recommendation.summary)}</p>
        <p>{text(team.explanation)}</p>
        <p data-print="hide">
          <a href={`#${METHOD_SECTION_ID}`}>{t('compare.teamViewMethod')}</a>
        </p>
      </div>
    </section>
  );
}
