import { explainGroup, explainUngrouped, joinWords } from '../../lib/matching-ui/explain';
import type { Group, GroupingResult } from '../../lib/matching/groups';
import { lockGroup, unlockGroup } from '../../stores/matching';
import { LeftOverList, MatchCard } from './MatchCard';
import { useMatchingView } from './matching-view';

const members = (group: Group): string[] => [...group.seniors, ...group.juniors].map((person) => person.name);

/** One group: who is in it, what it covers, and its lock. */
function GroupCard({ group, number }: { group: Group; number: number }) {
  const view = useMatchingView();
  return (
    <MatchCard
      headingId={`group-${number}`}
      name={view.t('matching.groupName', { number })}
      locked={group.locked}
      reasons={explainGroup(view, group)}
      onToggleLock={() => (group.locked ? unlockGroup(members(group)) : lockGroup(members(group)))}
    />
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
      <LeftOverList
        heading={t('matching.ungroupedHeading')}
        none={t('matching.ungroupedNone')}
        people={result.ungrouped.map((item) => ({
          name: item.person.name,
          label: item.person.name,
          reasons: explainUngrouped(view, item),
        }))}
      />
    </>
  );
}
