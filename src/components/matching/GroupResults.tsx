import { explainGroup, explainUngrouped, joinWords } from '../../lib/matching-ui/explain';
import type { Group, GroupingResult } from '../../lib/matching/groups';
import { lockGroup, unlockGroup } from '../../stores/matching';
import { useMatchingView } from './matching-view';

const members = (group: Group): string[] => [...group.seniors, ...group.juniors].map((person) => person.name);

/** One group: who is in it, what it covers, and its lock. */
function GroupCard({ group, number }: { group: Group; number: number }) {
  const view = useMatchingView();
  const { t } = view;
  const name = t('matching.groupName', { number });
  const lockLabel = t(group.locked ? 'matching.unlock' : 'matching.lock');
  return (
    <li class={group.locked ? 'pair-card pair-card--locked' : 'pair-card'} aria-labelledby={`group-${number}`}>
      <h3 class="pair-card__title" id={`group-${number}`}>
        {name}
        {group.locked && <span class="tag">{t('matching.locked')}</span>}
      </h3>
      <ul class="pair-card__reasons">
        {explainGroup(view, group).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <div class="button-group">
        <button
          type="button"
          class="button button--secondary button--small"
          aria-label={`${lockLabel}: ${name}`}
          onClick={() => (group.locked ? unlockGroup(members(group)) : lockGroup(members(group)))}
        >
          {lockLabel}
        </button>
      </div>
    </li>
  );
}

/** The small groups with what each covers, then everyone without a group and why. */
export function GroupResults({ result }: { result: GroupingResult }) {
  const view = useMatchingView();
  const { t } = view;
  const groupName = (names: readonly string[]) => t('matching.groupMembers', { names: joinWords(t, names) });
  return (
    <>
      <p class="matching-summary">
        {t('matching.groupsSummary', { groups: result.groups.length, unmatched: result.ungrouped.length })}
      </p>
      {result.droppedLocks.length > 0 && (
        <p class="notice notice--problem">
          {t('matching.droppedGroupLocks', {
            groups: result.droppedLocks.map((lock) => groupName(lock.members)).join('; '),
          })}
        </p>
      )}
      <ol class="pair-list" aria-labelledby="result-heading">
        {result.groups.map((group, index) => (
          <GroupCard key={members(group).join()} group={group} number={index + 1} />
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
