// A matching run for one-to-one pairs (see run.ts), in a module of its own so that the page can match
// pairs without loading the groups' code.

import { matchPairs } from './match';
import type { MatchingJob, MatchingResult } from './run';
import type { MatchingCatalogue } from './types';

/** Matches the job's list in pairs. */
export function runPairs(
  catalogue: Pick<MatchingCatalogue, 'fit'>,
  job: MatchingJob,
): Extract<MatchingResult, { readonly format: 'pairs' }> {
  return {
    format: 'pairs',
    pairs: matchPairs(catalogue.fit, job.people, {
      setting: job.setting,
      locks: job.locks,
      excluded: job.excluded,
      setAside: job.setAside,
    }),
  };
}
