import { useStore } from '../island-kit/use-store';
import { $keep, $storage, deleteEverything, setKeep } from '../../stores/matching';
import { useMatchingView } from './matching-view';

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
      </div>
      <button type="button" class="button button--warning" onClick={deleteEverything}>
        {t('matching.deleteButton')}
      </button>
    </section>
  );
}
