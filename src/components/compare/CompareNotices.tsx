import { useStore } from '../island-kit/use-store';
import { resultsHeld } from '../../lib/compare/comparison-link';
import { $refused, $savedNotice, dismissRefused, dismissSavedNotice } from '../../stores/compare';
import { useCompareView } from './compare-context';

/** The messages about what could not be used: left-out entries of a link, a saved comparison. */
export function CompareNotices() {
  const { t } = useCompareView();
  const refused = useStore($refused);
  const savedNotice = useStore($savedNotice);
  const savedText = {
    opened: t('compare.savedOpened'),
    outdated: t('compare.savedOutdated'),
    unreadable: t('compare.savedUnreadable'),
  };

  return (
    <>
      {refused && (
        <div class="notice notice--problem" role="alert" data-print="hide">
          <h2 class="notice__title">{t('compare.refusedHeading')}</h2>
          {refused.problem ? (
            <p>{t('compare.refusedLinkTooLong')}</p>
          ) : (
            <ul>
              {refused.refused.map((entry) => (
                <li key={entry.position}>
                  {t('compare.refusedEntry', {
                    position: entry.position,
                    label: entry.label ? ` (${entry.label})` : '',
                    problem: t(`compare.refused.${entry.reason}`, {
                      other: entry.duplicateOf ?? '',
                      max: resultsHeld(refused.mode),
                    }),
                  })}
                </li>
              ))}
            </ul>
          )}
          <button type="button" class="button button--secondary" onClick={dismissRefused}>
            {t('compare.dismiss')}
          </button>
        </div>
      )}
      {savedNotice && (
        <div
          class={savedNotice === 'opened' ? 'notice' : 'notice notice--problem'}
          role={savedNotice === 'opened' ? 'status' : 'alert'}
          data-print="hide"
        >
          <h2 class="notice__title">{t('compare.noticeHeading')}</h2>
          <p>{savedText[savedNotice]}</p>
          <button type="button" class="button button--secondary" onClick={dismissSavedNotice}>
            {t('compare.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
