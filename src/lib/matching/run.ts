// One matching run, as the page asks for it: everything the result depends on in one plain object,
// so that the same run can happen on the page or in a Web Worker (src/stores/matching-worker.ts)
// and give the same result. Pairs alone are runPairs (run-pairs.ts): the page loads the groups'
// code only when groups are chosen.

import { matchGroups, type GroupingResult, type GroupLock } from './groups';
import type { PairingResult } from './match';
import { runPairs } from './run-pairs';
import type { MatchingCatalogue, MeetingSetting, PairKey, Person } from './types';

/** Pairs or small groups. */
export type MatchingFormat = 'pairs' | 'groups';

/** Everything one run needs. Plain data, so it can be posted to a worker. */
export interface MatchingJob {
  readonly format: MatchingFormat;
  readonly setting: MeetingSetting;
  readonly people: readonly Person[];
  readonly locks: readonly PairKey[];
  readonly groupLocks: readonly GroupLock[];
  readonly excluded: readonly PairKey[];
  readonly setAside: readonly string[];
}

/** The pairs or the groups. */
export type MatchingResult =
  | { readonly format: 'pairs'; readonly pairs: PairingResult }
  | { readonly format: 'groups'; readonly groups: GroupingResult };

/** Matches the list as the job says. */
export function runMatching(catalogue: Pick<MatchingCatalogue, 'fit' | 'groups'>, job: MatchingJob): MatchingResult {
  if (job.format === 'groups') {
    return {
      format: 'groups',
      groups: matchGroups(catalogue.groups, job.people, {
        excluded: job.excluded,
        locks: job.groupLocks,
        setAside: job.setAside,
      }),
    };
  }
  return runPairs(catalogue, job);
}
