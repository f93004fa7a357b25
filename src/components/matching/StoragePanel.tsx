import { useStore } from '../island-kit/use-store';
import {
  $confirmingDelete,
  $keep,
  $storage,
  askDeleteEverything,
  cancelDeleteEverything,
  deleteEverything,
  setKeep,
} from '../../stores/matching';
import { useMatchingView } from './matching-view';

/** "Delete everything", asked once more before it happens. */
function DeleteEverything() {
  const { t } = useMatchingView();
  const confirming = useStore($confirmingDelete);
  if (!confirming) {
    return (
      <button type="button" class="button button--warning" onClick={askDeleteEverything}>
        {t('matching.deleteButton')}
      </button>
    );
  }
  return (
    <div class="notice notice--problem" role="alert">
      <p>
        <strong>{t('matching.deleteConfirm')}</strong>
      </p>
      <div class="button-group">
        <button type="button" class="button button--warning" onClick={deleteEverything}>
          {t('matching.deleteYes')}
        </button>
        <button type="button" class="button button--secondary" onClick={cancelDeleteEverything}>
          {t('matching.deleteNo')}
        </button>
      </div>
    </div>
  );
}

/** "Keep the list on this device" and "Delete everything". */
export function StoragePanel() {
  const { t } = useMatchingView();
  const keep = useStore($keep);
  const storage = useStore($storage);
  return (
    <section class="matching-section panel" aria-labelledby="storage-heading" data-print="hide">
      <h2 id="storage-heading">{t('matching.storageHeading')}</h2>
      <p>{t('matching.private')}</p>
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            checked={keep}
            aria-describedby="keep-hint"
            onChange={(event) => setKeep(event.currentTarget.checked)}
          />
          {t('matching.keepLabel')}
        </label>
        <p class="hint" id="keep-hint">
          {t('matching.keepHint')}
        </p>
        {storage === 'not-saving' && keep && <p class="notice notice--problem">{t('matching.notSaving')}</p>}
        {storage === 'too-large' && keep && (
          <p class="notice notice--problem" role="alert">
            {t('matching.tooLarge')}
          </p>
        )}
      </div>
      <DeleteEverything />
    </section>
  );
}
