import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { matchGroups } from '../../../src/lib/matching/groups';
import { examplePeople } from '../../../src/schemas/matching';
import type { Person } from '../../../src/lib/matching/types';
import { brokenRules, catalogue, file, peopleArbitrary, person } from './support';

const sizes = catalogue.groups;
const members = (people: readonly Person[]) => {
  const { groups } = matchGroups(sizes, people);
  return groups.map((group) => [...group.seniors, ...group.juniors].map((p) => p.name));
};

describe('small groups', () => {
  test('the example file makes three groups of two seniors and three juniors, everyone placed', () => {
    const { groups, ungrouped } = matchGroups(sizes, examplePeople(file, 'en'));
    expect(groups.map((g) => [g.seniors.length, g.juniors.length])).toEqual([
      [2, 3],
      [2, 3],
      [2, 3],
    ]);
    expect(ungrouped).toEqual([]);
  });

  test('a junior goes to the group whose senior wants what they teach', () => {
    const people = [
      person('senior', 'Ann', { topics: ['ai'] }),
      person('senior', 'Bo', { topics: ['social-media'] }),
      person('junior', 'Cas', { topics: ['social-media'] }),
      person('junior', 'Dee', { topics: ['ai'] }),
    ];
    expect(
      matchGroups({ juniorsPerGroup: 1, maxSeniorsPerGroup: 1 }, people).groups.map((g) => g.juniors[0]?.name),
    ).toEqual(['Dee', 'Cas']);
  });

  test('someone every group is closed to is left out with the reason', () => {
    const people = [person('senior', 'Ann'), person('junior', 'Bo', { manager: 'Ann' })];
    expect(matchGroups(sizes, people).ungrouped).toEqual([
      { person: people[1], reason: { kind: 'no-allowed-group', blocked: { 'reporting-line': ['Ann'] } } },
    ]);
  });

  test('no two members of a group break a hard rule (shared time aside), and nobody is in two groups', () => {
    fc.assert(
      fc.property(peopleArbitrary(7, 7), (people) => {
        const { groups, ungrouped } = matchGroups(sizes, people);
        for (const group of groups) {
          expect(group.seniors.length).toBeGreaterThanOrEqual(1);
          expect(group.seniors.length).toBeLessThanOrEqual(sizes.maxSeniorsPerGroup);
          const all = [...group.seniors, ...group.juniors];
          for (const a of all) {
            for (const b of all) {
              if (a === b) continue;
              const broken = brokenRules(people, { ...a, role: 'senior' }, { ...b, role: 'junior' }).filter(
                (rule) => rule !== 'no shared time',
              );
              expect(broken).toEqual([]);
            }
          }
        }
        const everyone = [...groups.flatMap((g) => [...g.seniors, ...g.juniors]), ...ungrouped.map((u) => u.person)];
        expect(new Set(everyone).size).toBe(people.length);
        expect(everyone).toHaveLength(people.length);
      }),
      { numRuns: 300 },
    );
  });

  test('the order of the rows does not change the groups', () => {
    fc.assert(
      fc.property(peopleArbitrary(7, 7), (people) => {
        expect(members([...people].reverse())).toEqual(members(people));
      }),
    );
  });
});
