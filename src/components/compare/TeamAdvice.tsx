import { assessTeam } from '../../lib/compare/team-view';
import type { ComparedResult } from '../../lib/compare/comparison-link';
import { useCompareView } from './compare-context';

/** The id of the method section on the compare page, which the team view links to. */
const METHOD_SECTION_ID = 'team-view-method';

/** The team's advice: the format for the team's answers taken together, first on the page and on paper. */
export function TeamAdvice({ results }: { results: readonly ComparedResult[] }) {
  const { questionnaire, t, text } = useCompareView();
  const team = assessTeam(
    questionnaire,
    results.map((result) => result.answers),
  );
  return (
    <section class="panel team-view" aria-labelledby="team-advice-heading">
      <h2 id="team-advice-heading">
        {t('compare.teamViewHeading', { format: text(questionnaire.recommendations[team.decision.format].title) })}
      </h2>
      <p>{text(team.recommendation.summary)}</p>
      <p>{text(team.explanation)}</p>
      <p data-print="hide">
        <a href={`#${METHOD_SECTION_ID}`}>{t('compare.teamViewMethod')}</a>
      </p>
    </section>
  );
}
