import { explainGroup, explainUngrouped } from '../../lib/matching-ui/explain';
import type { GroupingResult } from '../../lib/matching/groups';
import { useMatchingView } from './matching-view';

/** The small groups with what each covers, then everyone without a group and why. */
export function GroupResults({ result }: { result: GroupingResult }) {
  const view = useMatchingView();
  const { t } = view;
  return (
    <>
      <p class="matching-summary">
        {t('matching.groupsSummary', { groups: result.groups.length, unmatched: result.ungrouped.length })}
      </p>
      <ol class="pair-list">
        {result.groups.map((group, index) => (
          <li class="pair-card" key={group.seniors.map((p) => p.name).join()} aria-labelledby={`group-${index + 1}`}>
            <h3 class="pair-card__title" id={`group-${index + 1}`}>
              {t('matching.groupName', { number: index + 1 })}
            </h3>
            <ul class="pair-card__reasons">
              {explainGroup(view, group).map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h3>{t('matching.ungroupedHeading')}</h3>
      {result.ungrouped.length === 0 ? (
        <p>{t('matching.ungroupedNone')}</p>
      ) : (
        <ul class="unmatched-list">
          {result.ungrouped.map((item) => (
            <li key={item.person.name}>
              <strong>{item.person.name}</strong>
              {explainUngrouped(view, item).map((sentence) => (
                <span class="unmatched-list__reason" key={sentence}>
                  {' '}
                  {sentence}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
