import { scoreNumbers } from '../../lib/questionnaire/assess';
import { scoreDimensions } from '../../lib/questionnaire/score';
import { COMPARISON_SIZE, type ComparedResult } from '../../lib/compare/comparison-link';
import { conditionSpreads } from '../../lib/compare/spread';
import { assessTeam } from '../../lib/compare/team-view';
import type { DimensionId } from '../../lib/questionnaire/types';
import { AddResultForm } from './AddResultForm';
import { CompareActions } from './CompareActions';
import { ComparisonLinkPanel } from './ComparisonLinkPanel';
import { DisagreementAgenda } from './DisagreementAgenda';
import { ResultList } from './ResultList';
import { ScoreChart } from './ScoreChart';
import { ScoreTable } from './ScoreTable';
import { TeamFormats } from './TeamFormats';
import { useCompareView } from './compare-context';

/** A team side by side: the results to label, then scores, the disagreement agenda and the formats. */
export function TeamComparison({ team }: { team: readonly ComparedResult[] }) {
  const { questionnaire, t, nameOf } = useCompareView();
  const answerSets = team.map((result) => result.answers);
  const series = team.map((result, index) => ({
    name: nameOf(result, index),
    scores: scoreNumbers(scoreDimensions(questionnaire, result.answers)),
  }));
  const enough = team.length >= COMPARISON_SIZE.min;
  const teamScores = enough ? scoreNumbers(assessTeam(questionnaire, answerSets).scores) : undefined;
  const spreads = Object.fromEntries(
    conditionSpreads(questionnaire, answerSets).map(({ dimension, spread }) => [dimension, spread]),
  ) as Record<DimensionId, number>;

  return (
    <>
      <p class="meta" role="status" data-print="hide">
        {t('compare.resultsCount', { count: team.length, max: COMPARISON_SIZE.max })}
      </p>
      {team.length > 0 && <ResultList results={team} />}
      {team.length < COMPARISON_SIZE.max && (
        <AddResultForm field="team" label={t('compare.pasteLabel')} hint={t('compare.pasteHint')} />
      )}
      {!enough && <p data-print="hide">{t('compare.needMore')}</p>}
      {teamScores && (
        <>
          <section aria-labelledby="scores-heading">
            <h2 id="scores-heading">{t('compare.scoresHeading')}</h2>
            <p>{t('compare.scoresIntro')}</p>
            <ScoreChart series={series} team={teamScores} />
            <ScoreTable
              series={series}
              extra={[
                { heading: t('compare.teamView'), values: teamScores },
                { heading: t('compare.apart'), values: spreads },
              ]}
            />
          </section>
          <DisagreementAgenda results={team} />
          <TeamFormats results={team} />
        </>
      )}
      {team.length > 0 && <ComparisonLinkPanel />}
      {teamScores && <CompareActions />}
    </>
  );
}
