import { useStore } from '../island-kit/use-store';
import { $hasSaved, $saveStatus, deleteSavedComparison, printComparison, saveComparison } from '../../stores/compare';
import { useCompareView } from './compare-context';

/** Print, and keep or delete the comparison in this browser: only when asked. */
export function CompareActions() {
  const { t } = useCompareView();
  const status = useStore($saveStatus);
  const hasSaved = useStore($hasSaved);
  const messages = {
    'idle': '',
    'saved': t('compare.saved'),
    'deleted': t('compare.deleted'),
    'not-saving': t('compare.notSaving'),
  };
  return (
    <div data-print="hide">
      <div class="button-group">
        <button type="button" class="button" onClick={printComparison}>
          {t('compare.print')}
        </button>
        <button type="button" class="button button--secondary" onClick={saveComparison}>
          {t('compare.save')}
        </button>
        {hasSaved && (
          <button type="button" class="button button--secondary" onClick={deleteSavedComparison}>
            {t('compare.deleteSaved')}
          </button>
        )}
      </div>
      <p class="meta" role="status">
        {messages[status]}
      </p>
    </div>
  );
}
