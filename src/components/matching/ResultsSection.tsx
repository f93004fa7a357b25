import { useMemo } from 'preact/hooks';
import { $busy, $people, $result } from '../../stores/matching';
import { useStore } from '../island-kit/use-store';
import { GroupResults } from './GroupResults';
import { PairResults } from './PairResults';
import { useMatchingView } from './matching-view';

/**
 * The pairs or groups, with the busy status while a large list is matched. The results are drawn
 * again only when they change: the busy status alone redraws only itself, so it shows at once.
 */
export function ResultsSection() {
  const { t } = useMatchingView();
  const result = useStore($result);
  const busy = useStore($busy);
  const count = useStore($people).length;
  const body = useMemo(
    () =>
      result?.format === 'pairs' ? (
        <PairResults result={result.pairs} />
      ) : result?.format === 'groups' ? (
        <GroupResults result={result.groups} />
      ) : null,
    [result],
  );
  if (count === 0) return null;
  return (
    <section class="matching-section" aria-labelledby="result-heading" aria-busy={busy} data-print="hide">
      <h2 id="result-heading">{t(result?.format === 'groups' ? 'matching.groupsHeading' : 'matching.pairsHeading')}</h2>
      <p class="hint">{t('matching.howItWorks')}</p>
      <p role="status" class="matching-status">
        {busy ? t('matching.busy', { count }) : ''}
      </p>
      {body}
    </section>
  );
}
