import { useStore } from '../island-kit/use-store';
import { $status, $undo, undo } from '../../stores/matching';
import { useMatchingView } from './matching-view';

/** What the last change to the list did, with "Undo" after a removal or "Delete everything". */
export function ListStatus() {
  const { t } = useMatchingView();
  const status = useStore($status);
  const canUndo = useStore($undo) !== undefined;
  const name = status && 'name' in status ? status.name : '';
  const messages: Partial<Record<NonNullable<typeof status>['kind'], string>> = {
    'added': t('matching.added', { name }),
    'removed': t('matching.removed', { name }),
    'changed': t('matching.changed', { name }),
    'set-aside': t('matching.setAsideDone', { name }),
    'brought-back': t('matching.broughtBack', { name }),
    'undone': t('matching.undone', { name }),
    'deleted': t('matching.deleted'),
    'restored': t('matching.restored'),
  };
  const message = status ? (messages[status.kind] ?? '') : '';
  return (
    <div class="matching-list-status">
      <p role="status" class="matching-status">
        {message}
      </p>
      {canUndo && message !== '' && (
        <button type="button" class="button button--secondary button--small" onClick={undo}>
          {t('matching.undo')}
        </button>
      )}
    </div>
  );
}
