import { useStore } from '../island-kit/use-store';
import { $savedNotice, discardSavedCopy } from '../../stores/matching';
import { downloadText } from '../../stores/matching-reactions';
import { useMatchingView } from './matching-view';

/** A kept list that could not be read: what was lost, a copy to keep, and a way to delete it. */
export function SavedNotice() {
  const { t } = useMatchingView();
  const notice = useStore($savedNotice);
  if (!notice) return null;
  return (
    <div class="notice notice--problem" role="alert">
      <p>{t(`matching.savedUnreadable.${notice.reason}`)}</p>
      <div class="button-group">
        <button
          type="button"
          class="button button--secondary"
          onClick={() => downloadText(t('matching.savedFile'), notice.raw, 'application/json')}
        >
          {t('matching.savedDownload')}
        </button>
        <button type="button" class="button button--warning" onClick={discardSavedCopy}>
          {t('matching.savedDelete')}
        </button>
      </div>
    </div>
  );
}
