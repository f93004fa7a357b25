// How well a possible pair fits, in points; every weight comes from content/matching/matching.yaml.
// Topics weigh most: what the senior wants to learn and the junior can teach. Then shared free
// half-days, the same site when the programme meets on site, and a different department.

import { topicKey } from './catalogue';
import { nameKey } from './names';
import type { FitWeights, MeetingSetting, Person } from './types';

/** A pair's fit and what it is made of, for the explanation. */
export interface PairFit {
  readonly points: number;
  /** Topics the senior wants and the junior offers, in the senior's order. */
  readonly sharedTopics: readonly string[];
  /** Half-days both are free, in catalogue order of the senior's list. */
  readonly sharedSlots: readonly string[];
  /** Whether they work at the same site; undefined when either gave none. */
  readonly sameSite: boolean | undefined;
  /** Whether they work in the same department; undefined when either gave none. */
  readonly sameDepartment: boolean | undefined;
}

const offeredTopics = new WeakMap<Person, Set<string>>();

/** The compared forms of a person's topics, worked out once per person. */
function topicKeys(person: Person): Set<string> {
  let keys = offeredTopics.get(person);
  if (!keys) {
    keys = new Set(person.topics.map(topicKey));
    offeredTopics.set(person, keys);
  }
  return keys;
}

const sameText = (a: string, b: string): boolean | undefined =>
  a === '' || b === '' ? undefined : nameKey(a) === nameKey(b);

/** Scores a senior and a junior who may be paired. */
export function pairFit(weights: FitWeights, setting: MeetingSetting, senior: Person, junior: Person): PairFit {
  const offered = topicKeys(junior);
  const sharedTopics = senior.topics.filter((topic) => offered.has(topicKey(topic)));
  const sharedSlots = senior.availability.filter((slot) => junior.availability.includes(slot));
  const sameSite = sameText(senior.site, junior.site);
  const sameDepartment = sameText(senior.department, junior.department);
  let points = weights.perSharedTopic * Math.min(sharedTopics.length, weights.maxCountedTopics);
  if (sharedSlots.length > 0) {
    points +=
      weights.sharedTime + weights.perExtraSharedSlot * Math.min(sharedSlots.length - 1, weights.maxExtraSharedSlots);
  }
  if (sameSite === true && setting === 'on-site') points += weights.sameSiteOnSite;
  if (sameSite === true && setting === 'hybrid') points += weights.sameSiteHybrid;
  if (sameDepartment === false) points += weights.otherDepartment;
  return { points, sharedTopics, sharedSlots, sameSite, sameDepartment };
}

/** The highest fit any pair can reach with these weights. */
export function maxPairFit(weights: FitWeights): number {
  return (
    weights.perSharedTopic * weights.maxCountedTopics +
    weights.sharedTime +
    weights.perExtraSharedSlot * weights.maxExtraSharedSlots +
    Math.max(weights.sameSiteOnSite, weights.sameSiteHybrid) +
    weights.otherDepartment
  );
}
