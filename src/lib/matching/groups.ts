// Small groups: a few juniors with one or two seniors, under the same hard rules as pairs (rules.ts),
// now between every two members of a group; shared time only counts towards the choice of group. Balanced on topics: each junior joins the group where
// they add the most topics its seniors want that nobody in it offers yet.
//
// 1. The number of groups: one per `juniorsPerGroup` juniors (rounded up), at least enough for every
//    senior to sit in a group of at most `maxSeniorsPerGroup`, and never more than the seniors.
// 2. Seniors, in alphabetical order, each join the allowed group with the fewest seniors (then the
//    first such group).
// 3. Juniors, those with the fewest groups open to them first (then alphabetically), each join the allowed group that is not full (at most
//    ceil(juniors / groups)) and scores best on: new wanted topics, then wanted topics at all, then
//    half-days shared with the group's seniors, then fewest juniors, then the first group. Name order, not row order, breaks every tie.
// Someone who fits in no group is left out with the reason, as in pairs.
// Locked groups are kept as they are (when every member is still on the list, matched, in no other
// locked group, and the hard rules still allow them together) and come first; the rest is grouped
// around them by the steps above. People set aside count for the reporting lines but join no group.

import { topicKey } from './catalogue';
import { compareNames, nameKey } from './names';
import { inMatching } from './match';
import { pairRules, type BlockReason, type PairRules } from './rules';
import type { PairKey, Person } from './types';

/** A group of seniors and juniors. */
export interface Group {
  readonly seniors: readonly Person[];
  readonly juniors: readonly Person[];
  /** Kept because the facilitator locked it. */
  readonly locked: boolean;
  /** Topics the seniors want that a junior in the group offers. */
  readonly coveredTopics: readonly string[];
  /** Topics the seniors want that no junior in the group offers. */
  readonly missingTopics: readonly string[];
}

/** Why someone is in no group. */
type UngroupedReason =
  | { readonly kind: 'no-groups' }
  | { readonly kind: 'no-allowed-group'; readonly blocked: Readonly<Partial<Record<BlockReason, readonly string[]>>> }
  | { readonly kind: 'groups-full' };

/** Someone in no group, and why. */
export interface Ungrouped {
  readonly person: Person;
  readonly reason: UngroupedReason;
}

/** The groups and who is in none. */
export interface GroupingResult {
  readonly groups: readonly Group[];
  readonly ungrouped: readonly Ungrouped[];
  /** Locked groups that could not be kept (someone gone, locked twice, or a hard rule between two members). */
  readonly droppedLocks: readonly GroupLock[];
}

/** A group the facilitator locked: its members' names. */
export interface GroupLock {
  readonly members: readonly string[];
}

/** What the facilitator decided for groups, besides the list itself. */
export interface GroupChoices {
  readonly excluded?: readonly PairKey[] | undefined;
  readonly locks?: readonly GroupLock[];
  /** Names of people set aside. */
  readonly setAside?: readonly string[];
}

/** The group sizes, from content/matching/matching.yaml. */
interface GroupSizes {
  readonly juniorsPerGroup: number;
  readonly maxSeniorsPerGroup: number;
}

interface Draft {
  seniors: Person[];
  juniors: Person[];
}

/** The first hard rule that keeps a person out of a group, with the member it concerns. */
function groupBlock(rules: PairRules, person: Person, group: Draft): { reason: BlockReason; with: string } | undefined {
  for (const member of [...group.seniors, ...group.juniors]) {
    const reason = rules.block(person, member);
    if (reason) return { reason, with: member.name };
  }
  return undefined;
}

const wanted = (group: Draft): Set<string> => new Set(group.seniors.flatMap((senior) => senior.topics.map(topicKey)));
const offered = (group: Draft): Set<string> => new Set(group.juniors.flatMap((junior) => junior.topics.map(topicKey)));

/** Compares two scores lexicographically: true when a is the better one. */
function isGreater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}

const byName = (a: Person, b: Person): number => compareNames(a.name, b.name);

/** What a group covers of what its seniors want. */
function finish(group: Draft, locked: boolean): Group {
  const have = offered(group);
  const want = [...new Set(group.seniors.flatMap((senior) => senior.topics))];
  return {
    seniors: group.seniors,
    juniors: group.juniors,
    locked,
    coveredTopics: want.filter((topic) => have.has(topicKey(topic))),
    missingTopics: want.filter((topic) => !have.has(topicKey(topic))),
  };
}

/** Keeps the locked groups that still hold, each person in at most one, and waits on those with someone set aside. */
function lockedGroups(people: readonly Person[], rules: PairRules, choices: GroupChoices) {
  const aside = new Set((choices.setAside ?? []).map(nameKey));
  const byKey = new Map(people.map((person) => [nameKey(person.name), person]));
  const taken = new Set<Person>();
  const kept: Draft[] = [];
  const dropped: GroupLock[] = [];
  for (const lock of choices.locks ?? []) {
    if (lock.members.some((name) => aside.has(nameKey(name)))) continue;
    const members = lock.members.map((name) => byKey.get(nameKey(name)));
    const found = members.filter((member): member is Person => member !== undefined);
    const group: Draft = {
      seniors: found.filter((member) => member.role === 'senior').sort(byName),
      juniors: found.filter((member) => member.role === 'junior').sort(byName),
    };
    const allowed =
      found.length === members.length &&
      group.seniors.length > 0 &&
      group.juniors.length > 0 &&
      found.every(
        (member, index) => !taken.has(member) && found.slice(index + 1).every((other) => !rules.block(member, other)),
      );
    if (!allowed) {
      dropped.push(lock);
      continue;
    }
    for (const member of found) taken.add(member);
    kept.push(group);
  }
  return { kept, dropped, taken };
}

/** Forms small groups of juniors with one or two seniors each, under the hard rules. */
export function matchGroups(sizes: GroupSizes, people: readonly Person[], choices: GroupChoices = {}): GroupingResult {
  const rules = pairRules(people, choices.excluded ?? [], { sharedTime: false });
  const locks = lockedGroups(people, rules, choices);
  const free = inMatching(people, choices.setAside).filter((person) => !locks.taken.has(person));
  const rest = groupTheRest(sizes, free, rules);
  return {
    groups: [...locks.kept.map((group) => finish(group, true)), ...rest.groups],
    ungrouped: rest.ungrouped,
    droppedLocks: locks.dropped,
  };
}

/** Groups the people not in a locked group, by the steps at the top of this file. */
function groupTheRest(
  sizes: GroupSizes,
  people: readonly Person[],
  rules: PairRules,
): { groups: Group[]; ungrouped: Ungrouped[] } {
  const seniors = people.filter((person) => person.role === 'senior').sort(byName);
  const juniors = people.filter((person) => person.role === 'junior').sort(byName);
  const ungrouped: Ungrouped[] = [];
  if (seniors.length === 0 || juniors.length === 0) {
    return {
      groups: [],
      ungrouped: [...seniors, ...juniors].map((person) => ({ person, reason: { kind: 'no-groups' } })),
    };
  }
  const count = Math.min(
    seniors.length,
    Math.max(Math.ceil(juniors.length / sizes.juniorsPerGroup), Math.ceil(seniors.length / sizes.maxSeniorsPerGroup)),
  );
  const drafts: Draft[] = Array.from({ length: count }, () => ({ seniors: [], juniors: [] }));

  const why = (person: Person, open: readonly Draft[]): UngroupedReason => {
    const blocked: Partial<Record<BlockReason, string[]>> = {};
    for (const group of open) {
      const block = groupBlock(rules, person, group);
      if (block) (blocked[block.reason] ??= []).push(block.with);
    }
    return open.length === 0 ? { kind: 'groups-full' } : { kind: 'no-allowed-group', blocked };
  };

  for (const senior of seniors) {
    const open = drafts.filter((group) => group.seniors.length < sizes.maxSeniorsPerGroup);
    const allowed = open.filter((group) => !groupBlock(rules, senior, group));
    const best = allowed.reduce<Draft | undefined>(
      (chosen, group) => (!chosen || group.seniors.length < chosen.seniors.length ? group : chosen),
      undefined,
    );
    if (best) best.seniors.push(senior);
    else ungrouped.push({ person: senior, reason: why(senior, open) });
  }

  const capacity = Math.ceil(juniors.length / count);
  const seated = drafts.filter((group) => group.seniors.length > 0);
  // The juniors with the fewest groups open to them choose first, so nobody is left out who need not be.
  const choices = new Map(
    juniors.map((junior) => [junior, seated.filter((group) => !groupBlock(rules, junior, group)).length]),
  );
  const queue = [...juniors].sort((a, b) => (choices.get(a) ?? 0) - (choices.get(b) ?? 0) || byName(a, b));
  for (const junior of queue) {
    const open = seated.filter((group) => group.juniors.length < capacity);
    let best: { group: Draft; score: readonly number[] } | undefined;
    for (const group of open) {
      if (groupBlock(rules, junior, group)) continue;
      const want = wanted(group);
      const have = offered(group);
      const topics = junior.topics.map(topicKey).filter((topic) => want.has(topic));
      const sharedTime = group.seniors.filter((senior) =>
        senior.availability.some((slot) => junior.availability.includes(slot)),
      );
      const score = [
        topics.filter((topic) => !have.has(topic)).length,
        topics.length,
        sharedTime.length,
        -group.juniors.length,
      ];
      if (!best || isGreater(score, best.score)) best = { group, score };
    }
    if (best) best.group.juniors.push(junior);
    else ungrouped.push({ person: junior, reason: why(junior, open) });
  }

  return { groups: seated.map((group) => finish(group, false)), ungrouped };
}
