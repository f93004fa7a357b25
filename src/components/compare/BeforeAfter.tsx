import { useStore } from '../island-kit/use-store';
import { scoreNumbers } from '../../lib/questionnaire/assess';
import { scoreDimensions } from '../../lib/questionnaire/score';
import { conditionChanges } from '../../lib/compare/change';
import type { DimensionId } from '../../lib/questionnaire/types';
import { $change } from '../../stores/compare';
import { AddResultForm } from './AddResultForm';
import { ChangeReport } from './ChangeReport';
import { CompareActions } from './CompareActions';
import { ComparisonLinkPanel } from './ComparisonLinkPanel';
import { ResultRow } from './ResultList';
import { ScoreChart } from './ScoreChart';
import { ScoreTable } from './ScoreTable';
import { useCompareView } from './compare-context';

const signed = (value: number): string => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');

/** Before and after: one slot for each result, then the scores with their change and the answers that changed. */
export function BeforeAfter() {
  const { questionnaire, t, nameOf } = useCompareView();
  const slots = useStore($change);
  const [before, after] = slots;
  const names = [t('compare.before'), t('compare.after')] as const;

  return (
    <>
      <div class="change-slots" data-print="hide">
        {slots.map((result, index) => (
          <section class="change-slot" aria-labelledby={`slot-${index}-heading`} key={index}>
            <h3 id={`slot-${index}-heading`} tabIndex={-1}>
              {names[index]}
            </h3>
            {result ? (
              <ResultRow result={result} index={index} fallback={names[index]} />
            ) : (
              <AddResultForm
                field={index === 0 ? 'before' : 'after'}
                label={t(index === 0 ? 'compare.pasteBefore' : 'compare.pasteAfter')}
                hint={t(index === 0 ? 'compare.beforeHint' : 'compare.afterHint')}
              />
            )}
          </section>
        ))}
      </div>
      {before && after ? (
        <>
          <section aria-labelledby="scores-heading">
            <h2 id="scores-heading">{t('compare.scoresHeading')}</h2>
            {(() => {
              const series = [before, after].map((result, index) => ({
                name: nameOf(result, index, names[index]),
                scores: scoreNumbers(scoreDimensions(questionnaire, result.answers)),
              }));
              const changes = Object.fromEntries(
                conditionChanges(questionnaire, before.answers, after.answers).map(({ dimension, change }) => [
                  dimension,
                  signed(change),
                ]),
              ) as Record<DimensionId, string>;
              return (
                <>
                  <ScoreChart series={series} />
                  <ScoreTable series={series} extra={[{ heading: t('compare.change'), values: changes }]} />
                </>
              );
            })()}
          </section>
          <ChangeReport before={before} after={after} />
          <ComparisonLinkPanel />
          <CompareActions />
        </>
      ) : (
        <>
          <p data-print="hide">{t('compare.changeNeedBoth')}</p>
          {(before || after) && <ComparisonLinkPanel />}
        </>
      )}
    </>
  );
}
