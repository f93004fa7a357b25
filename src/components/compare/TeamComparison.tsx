import { useStore } from '../island-kit/use-store';
import { scoreNumbers } from '../../lib/questionnaire/assess';
import { scoreDimensions } from '../../lib/questionnaire/score';
import { COMPARISON_SIZE, type ComparedResult } from '../../lib/compare/comparison-link';
import { conditionSpreads } from '../../lib/compare/spread';
import { assessTeam } from '../../lib/compare/team-view';
import type { DimensionId } from '../../lib/questionnaire/types';
import { localeTag, type Lang } from '../../lib/language';
import { $link } from '../../stores/compare';
import { AddResultForm } from './AddResultForm';
import { CompareActions } from './CompareActions';
import { ComparisonLinkPanel } from './ComparisonLinkPanel';
import { DisagreementAgenda } from './DisagreementAgenda';
import { ResultList } from './ResultList';
import { ScoreChart } from './ScoreChart';
import { ScoreTable } from './ScoreTable';
import { TeamAdvice } from './TeamAdvice';
import { TeamFormats } from './TeamFormats';
import { TopDisagreements } from './TopDisagreements';
import { useCompareView } from './compare-context';

/** Today's date written out in the page's language, e.g. '23 November 2026'. */
const today = (lang: Lang): string =>
  new Intl.DateTimeFormat(localeTag(lang), { dateStyle: 'long' }).format(new Date());

/**
 * A team side by side, results first: the team's advice and the three widest disagreements (on paper
 * one page, with the date and the link to the comparison), then the scores, the full agenda folded,
 * each person's format, and the results to label or add to. With fewer than two results, only the
 * list and the form to add one.
 */
export function TeamComparison({ team }: { team: readonly ComparedResult[] }) {
  const { questionnaire, lang, t, nameOf } = useCompareView();
  const link = useStore($link);

  const answerSets = team.map((result) => result.answers);
  const enough = team.length >= COMPARISON_SIZE.min;
  const editing = (
    <>
      <p class="meta" role="status" data-print="hide">
        {t('compare.resultsCount', { count: team.length, max: COMPARISON_SIZE.max })}
      </p>
      {team.length > 0 && <ResultList results={team} />}
      {team.length < COMPARISON_SIZE.max && (
        <AddResultForm field="team" label={t('compare.pasteLabel')} hint={t('compare.pasteHint')} />
      )}
    </>
  );
  if (!enough) {
    return (
      <>
        {editing}
        <p data-print="hide">{t('compare.needMore')}</p>
        {team.length > 0 && <ComparisonLinkPanel />}
      </>
    );
  }

  const series = team.map((result, index) => ({
    name: nameOf(result, index),
    scores: scoreNumbers(scoreDimensions(questionnaire, result.answers)),
  }));
  const teamScores = scoreNumbers(assessTeam(questionnaire, answerSets).scores);
  const spreads = Object.fromEntries(
    conditionSpreads(questionnaire, answerSets).map(({ dimension, spread }) => [dimension, spread]),
  ) as Record<DimensionId, number>;

  return (
    <>
      <div class="compare-summary">
        {/* The date of the page's last redraw: every change of the comparison redraws it. */}
        <p class="print-only compare-summary__heading">{t('compare.printHeading', { date: today(lang) })}</p>
        <TeamAdvice results={team} />
        <TopDisagreements results={team} />
        <p class="print-only compare-summary__link">
          {t('compare.linkLabel')}: {link.url}
        </p>
      </div>
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
      {/* Folded as the result's details are (questionnaire.css, "Folds"); open on paper. */}
      <details class="fold result__details">
        <summary class="fold__summary">
          <h2 class="fold__heading">{t('compare.agendaHeading')}</h2>
          <span class="fold__hint">{t('compare.agendaHint')}</span>
        </summary>
        <DisagreementAgenda results={team} />
      </details>
      <TeamFormats results={team} />
      <h2 class="compare-edit__heading" data-print="hide">
        {t('compare.editHeading')}
      </h2>
      {editing}
      <ComparisonLinkPanel />
      <CompareActions />
    </>
  );
}
