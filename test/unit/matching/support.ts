// Shared by the matching tests: the real catalogue from content/, and random people for properties.
import fc from 'fast-check';
import { loadMatchingFile } from '../../../src/data/load-matching';
import { catalogueOf } from '../../../src/schemas/matching';
import type { PairKey, Person } from '../../../src/lib/matching/types';

/** The real content file, parsed. */
export const file = loadMatchingFile();
/** The real catalogue. */
export const catalogue = catalogueOf(file);

/** A person with defaults for every field not given. */
export function person(role: Person['role'], name: string, fields: Partial<Person> = {}): Person {
  return {
    role,
    name,
    department: '',
    manager: '',
    topics: [],
    availability: [],
    site: '',
    pleaseNotWith: [],
    ...fields,
  };
}

const NAMES = ['Ann', 'Bo', 'Cas', 'Dee', 'Eva', 'Finn', 'Gus', 'Hal', 'Ida', 'Jo', 'Kai', 'Lou', 'Max', 'Ned'];
const TOPICS = ['ai', 'social-media', 'digital-tools', 'Gardening'];
const SLOTS = ['mon-am', 'tue-am', 'wed-pm'];

/** Up to `maxSeniors` seniors and `maxJuniors` juniors with random topics, times, sites, managers and wishes. */
export function peopleArbitrary(maxSeniors = 7, maxJuniors = 7): fc.Arbitrary<Person[]> {
  return fc
    .tuple(fc.integer({ min: 0, max: maxSeniors }), fc.integer({ min: 0, max: maxJuniors }))
    .chain(([seniors, juniors]) => {
      const names = NAMES.slice(0, seniors + juniors);
      const personAt = (index: number) =>
        fc.record({
          topics: fc.subarray(TOPICS),
          availability: fc.subarray(SLOTS),
          site: fc.constantFrom('', 'Utrecht', 'Rotterdam'),
          department: fc.constantFrom('', 'Sales', 'IT'),
          manager: fc.constantFrom('', 'Outsider', ...names.filter((_, i) => i !== index)),
          pleaseNotWith: fc.oneof(
            { weight: 3, arbitrary: fc.constant([] as string[]) },
            { weight: 1, arbitrary: fc.subarray(names.filter((_, i) => i !== index)).map((list) => list.slice(0, 2)) },
          ),
        });
      return fc
        .tuple(...names.map((_, index) => personAt(index)))
        .map((fields) =>
          fields.map((f, index) => person(index < seniors ? 'senior' : 'junior', names[index] ?? '', f)),
        );
    });
}

/** The managers above a person, by plain recursion over the list (independent of rules.ts). */
function chainOf(people: readonly Person[], name: string, seen: Set<string> = new Set()): Set<string> {
  const manager = people.find((p) => p.name === name)?.manager ?? '';
  if (manager === '' || seen.has(manager) || manager === name) return seen;
  seen.add(manager);
  return chainOf(people, manager, seen);
}

/** Every hard rule a pair breaks, checked from scratch. */
export function brokenRules(
  people: readonly Person[],
  senior: Person,
  junior: Person,
  excluded: readonly PairKey[] = [],
): string[] {
  const broken: string[] = [];
  if (senior.role !== 'senior' || junior.role !== 'junior') broken.push('roles');
  if (chainOf(people, junior.name).has(senior.name) || chainOf(people, senior.name).has(junior.name))
    broken.push('reporting line');
  if (senior.pleaseNotWith.includes(junior.name) || junior.pleaseNotWith.includes(senior.name))
    broken.push('please not with');
  if (
    senior.availability.length > 0 &&
    junior.availability.length > 0 &&
    !senior.availability.some((s) => junior.availability.includes(s))
  ) {
    broken.push('no shared time');
  }
  if (excluded.some((pair) => pair.senior === senior.name && pair.junior === junior.name)) broken.push('excluded');
  return broken;
}
