// The hard rules: a pair (or group) that breaks one is never made, whatever its fit.
//
// 1. Reporting line: no junior in the senior's own reporting line, directly or through the chain of
//    managers the list shows (Noor reports to Mark, Mark to Ellen: Noor is in Ellen's line too).
//    The other direction counts as well: a senior who reports, up the chain, to the junior.
// 2. Please not with: nobody is paired or grouped with someone either of them asked to avoid.
// 3. Shared time (pairs only): when both gave the half-days they are free, they must share at
//    least one. (Someone who gave no times can be paired with anyone; the pair agrees a time.)
//    A small group meets as a group, so there shared time counts towards the fit only.
// 4. Excluded by the facilitator: a pair the facilitator ruled out.
// One senior per junior and one junior per senior is kept by the assignment itself (assignment.ts).

import { nameKey, personKey } from './names';
import type { PairKey, Person } from './types';

/** Why two people cannot be paired or grouped. */
export type BlockReason = 'reporting-line' | 'please-not' | 'no-shared-time' | 'excluded';

/** Answers "may these two be paired, and if not, why not?" for one list of people. */
export interface PairRules {
  /** The first rule that forbids pairing a and b, or undefined when they may be paired. */
  block(a: Person, b: Person): BlockReason | undefined;
}

/** The managers above a person, up the chain of names on the list (a loop in the data ends it). */
function managerChains(people: readonly Person[]): Map<string, Set<string>> {
  const managerOf = new Map(people.map((person) => [nameKey(person.name), nameKey(person.manager)]));
  const chains = new Map<string, Set<string>>();
  for (const person of people) {
    const self = nameKey(person.name);
    const above = new Set<string>();
    let next = managerOf.get(self) ?? '';
    while (next !== '' && next !== self && !above.has(next)) {
      above.add(next);
      next = managerOf.get(next) ?? '';
    }
    chains.set(self, above);
  }
  return chains;
}

/** True when one of the two is above the other in the reporting line the list shows. */
function inReportingLine(chains: Map<string, Set<string>>, a: Person, b: Person): boolean {
  const ka = personKey(a);
  const kb = personKey(b);
  return Boolean(chains.get(ka)?.has(kb) || chains.get(kb)?.has(ka));
}

const pairId = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Builds the hard rules for a list of people and the pairs the facilitator excluded. */
export function pairRules(
  people: readonly Person[],
  excluded: readonly PairKey[] = [],
  { sharedTime = true }: { readonly sharedTime?: boolean } = {},
): PairRules {
  const chains = managerChains(people);
  const avoid = new Set<string>();
  for (const person of people) {
    for (const other of person.pleaseNotWith) avoid.add(pairId(nameKey(person.name), nameKey(other)));
  }
  const excludedIds = new Set(excluded.map((pair) => pairId(nameKey(pair.senior), nameKey(pair.junior))));
  return {
    block(a, b) {
      if (inReportingLine(chains, a, b)) return 'reporting-line';
      // Most lists have few wishes and exclusions: skip building the pair's id when there are none.
      const id = avoid.size + excludedIds.size > 0 ? pairId(personKey(a), personKey(b)) : '';
      if (avoid.has(id)) return 'please-not';
      if (
        sharedTime &&
        a.availability.length > 0 &&
        b.availability.length > 0 &&
        !a.availability.some((slot) => b.availability.includes(slot))
      ) {
        return 'no-shared-time';
      }
      if (excludedIds.has(id)) return 'excluded';
      return undefined;
    },
  };
}
