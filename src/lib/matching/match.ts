// One-to-one pairs: which senior with which junior, and why; who is left unmatched, and why.
//
// 1. Locked pairs are kept as they are (when the hard rules still allow them); the rest is
//    matched around them.
// 2. Among the pairs the hard rules allow (rules.ts), the assignment makes as many pairs as it can,
//    and among those the highest total fit (fit.ts). Each possible pair weighs a fixed bonus, larger
//    than any total fit, plus its fit; the Hungarian algorithm (assignment.ts) finds the maximum.
// 3. Tie-breaking rule: before matching, seniors and juniors are put in alphabetical order of name
//    (ignoring case and extra spaces). The same people therefore always give the same pairs, in
//    whatever order the rows came.
// Age is never an input: a Person has no age.

import { maxWeightAssignment } from './assignment';
import { maxPairFit, pairFit, type PairFit } from './fit';
import { compareNames, nameKey } from './names';
import { pairRules, type BlockReason, type PairRules } from './rules';
import type { FitWeights, MeetingSetting, PairKey, Person } from './types';

/** A senior and a junior matched, with what makes them fit. */
export interface Pair {
  readonly senior: Person;
  readonly junior: Person;
  readonly fit: PairFit;
  /** Kept because the facilitator locked it. */
  readonly locked: boolean;
}

/** Why someone has no partner. */
type UnmatchedReason =
  /** Nobody on the other side of the list at all. */
  | { readonly kind: 'no-one-on-other-side' }
  /** Every person on the other side is ruled out by a hard rule; the names per rule. */
  | { readonly kind: 'no-allowed-partner'; readonly blocked: Readonly<Partial<Record<BlockReason, readonly string[]>>> }
  /** Some could be their partner, but each of them is paired with someone else (the names). */
  | { readonly kind: 'partners-taken'; readonly partners: readonly string[] };

/** Someone without a partner, and why. */
export interface Unmatched {
  readonly person: Person;
  readonly reason: UnmatchedReason;
}

/** The pairs, the unmatched, and the locks that could not be kept. */
export interface PairingResult {
  /** In alphabetical order of the seniors' names. */
  readonly pairs: readonly Pair[];
  /** Seniors first, then juniors, each in alphabetical order. */
  readonly unmatched: readonly Unmatched[];
  /** Locks whose people are gone, are on the wrong side, are locked twice, or break a hard rule now. */
  readonly droppedLocks: readonly PairKey[];
  /** The sum of the pairs' fit. */
  readonly totalFit: number;
}

/** What the facilitator decided, besides the list itself. */
export interface MatchingChoices {
  readonly setting: MeetingSetting;
  readonly locks?: readonly PairKey[];
  readonly excluded?: readonly PairKey[];
  /** Names of people set aside: on the list (their place in reporting lines counts) but not matched. */
  readonly setAside?: readonly string[];
}

const byName = (a: Person, b: Person): number => compareNames(a.name, b.name);

/** The people to match: everyone on the list except those set aside. */
export function inMatching(people: readonly Person[], setAside: readonly string[] = []): readonly Person[] {
  if (setAside.length === 0) return people;
  const aside = new Set(setAside.map(nameKey));
  return people.filter((person) => !aside.has(nameKey(person.name)));
}

/** The hard-rule check (over the whole list) and the people of each side to match, in canonical order. */
function prepare(people: readonly Person[], choices: MatchingChoices) {
  const matched = inMatching(people, choices.setAside);
  const seniors = matched.filter((person) => person.role === 'senior').sort(byName);
  const juniors = matched.filter((person) => person.role === 'junior').sort(byName);
  return { seniors, juniors, rules: pairRules(people, choices.excluded ?? []) };
}

/** Keeps the locks that still hold, each person in at most one, in canonical order. */
function validLocks(
  seniors: readonly Person[],
  juniors: readonly Person[],
  rules: PairRules,
  locks: readonly PairKey[],
) {
  const seniorByKey = new Map(seniors.map((person) => [nameKey(person.name), person]));
  const juniorByKey = new Map(juniors.map((person) => [nameKey(person.name), person]));
  const kept: { senior: Person; junior: Person }[] = [];
  const dropped: PairKey[] = [];
  const taken = new Set<Person>();
  const sorted = [...locks].sort((a, b) => compareNames(a.senior, b.senior) || compareNames(a.junior, b.junior));
  for (const lock of sorted) {
    const senior = seniorByKey.get(nameKey(lock.senior));
    const junior = juniorByKey.get(nameKey(lock.junior));
    if (!senior || !junior || taken.has(senior) || taken.has(junior) || rules.block(senior, junior)) {
      dropped.push(lock);
      continue;
    }
    taken.add(senior);
    taken.add(junior);
    kept.push({ senior, junior });
  }
  return { kept, dropped, taken };
}

/** Why a person has no partner, given everyone who is paired. */
function unmatchedReason(person: Person, others: readonly Person[], rules: PairRules): UnmatchedReason {
  if (others.length === 0) return { kind: 'no-one-on-other-side' };
  const blocked: Partial<Record<BlockReason, string[]>> = {};
  const partners: string[] = [];
  for (const other of others) {
    const reason = rules.block(person, other);
    if (reason) (blocked[reason] ??= []).push(other.name);
    else partners.push(other.name);
  }
  return partners.length === 0 ? { kind: 'no-allowed-partner', blocked } : { kind: 'partners-taken', partners };
}

/** Matches seniors and juniors one to one: as many pairs as the hard rules allow, with the highest total fit. */
export function matchPairs(weights: FitWeights, people: readonly Person[], choices: MatchingChoices): PairingResult {
  const { seniors, juniors, rules } = prepare(people, choices);
  // A lock with someone set aside waits for their return: it is neither kept nor reported as dropped.
  const aside = new Set((choices.setAside ?? []).map(nameKey));
  const waiting = (lock: PairKey): boolean => aside.has(nameKey(lock.senior)) || aside.has(nameKey(lock.junior));
  const locks = validLocks(
    seniors,
    juniors,
    rules,
    (choices.locks ?? []).filter((lock) => !waiting(lock)),
  );
  const pairs: Pair[] = locks.kept.map(({ senior, junior }) => ({
    senior,
    junior,
    fit: pairFit(weights, choices.setting, senior, junior),
    locked: true,
  }));

  const freeSeniors = seniors.filter((person) => !locks.taken.has(person));
  const freeJuniors = juniors.filter((person) => !locks.taken.has(person));
  // Any extra pair must outweigh every possible difference in total fit.
  const bonus = maxPairFit(weights) * Math.min(freeSeniors.length, freeJuniors.length) + 1;
  const fits = freeSeniors.map((senior) =>
    freeJuniors.map((junior) =>
      rules.block(senior, junior) ? undefined : pairFit(weights, choices.setting, senior, junior),
    ),
  );
  const table = fits.map((row) => row.map((fit) => (fit ? bonus + fit.points : 0)));
  for (const { row, column } of maxWeightAssignment(table)) {
    const fit = fits[row]?.[column];
    const senior = freeSeniors[row];
    const junior = freeJuniors[column];
    if (fit && senior && junior) pairs.push({ senior, junior, fit, locked: false });
  }
  pairs.sort((a, b) => byName(a.senior, b.senior));

  const paired = new Set(pairs.flatMap((pair) => [pair.senior, pair.junior]));
  const unmatched: Unmatched[] = [
    ...seniors
      .filter((person) => !paired.has(person))
      .map((person) => ({ person, reason: unmatchedReason(person, juniors, rules) })),
    ...juniors
      .filter((person) => !paired.has(person))
      .map((person) => ({ person, reason: unmatchedReason(person, seniors, rules) })),
  ];
  const totalFit = pairs.reduce((sum, pair) => sum + pair.fit.points, 0);
  return { pairs, unmatched, droppedLocks: locks.dropped, totalFit };
}

/** Checks a pair the facilitator wants to make by hand (a swap): the hard rule it breaks, if any. */
export function pairBlock(
  people: readonly Person[],
  excluded: readonly PairKey[],
  pair: PairKey,
): BlockReason | undefined {
  const senior = people.find((person) => person.role === 'senior' && nameKey(person.name) === nameKey(pair.senior));
  const junior = people.find((person) => person.role === 'junior' && nameKey(person.name) === nameKey(pair.junior));
  if (!senior || !junior) return undefined;
  return pairRules(people, excluded).block(senior, junior);
}
