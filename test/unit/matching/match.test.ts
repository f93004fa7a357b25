import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { matchPairs, pairBlock, type Pair } from '../../../src/lib/matching/match';
import { pairFit } from '../../../src/lib/matching/fit';
import { examplePeople } from '../../../src/schemas/matching';
import type { MeetingSetting, PairKey, Person } from '../../../src/lib/matching/types';
import { brokenRules, catalogue, file, peopleArbitrary, person } from './support';

const weights = catalogue.fit;
const match = (
  people: readonly Person[],
  choices: { setting?: MeetingSetting; locks?: PairKey[]; excluded?: PairKey[] } = {},
) => matchPairs(weights, people, { setting: 'hybrid', ...choices });
const names = (pairs: readonly Pair[]): string[] => pairs.map((pair) => `${pair.senior.name}+${pair.junior.name}`);

/** The best (number of pairs, total fit) over every allowed matching, by brute force. */
function bruteForce(
  people: readonly Person[],
  setting: MeetingSetting,
  skip: readonly Person[] = [],
): [number, number] {
  const seniors = people.filter((p) => p.role === 'senior' && !skip.includes(p));
  const juniors = people.filter((p) => p.role === 'junior' && !skip.includes(p));
  let best: [number, number] = [0, 0];
  const walk = (index: number, used: Set<Person>, count: number, fit: number): void => {
    if (count > best[0] || (count === best[0] && fit > best[1])) best = [count, fit];
    if (index === seniors.length) return;
    const senior = seniors[index] as Person;
    walk(index + 1, used, count, fit);
    for (const junior of juniors) {
      if (used.has(junior) || brokenRules(people, senior, junior).length > 0) continue;
      used.add(junior);
      walk(index + 1, used, count + 1, fit + pairFit(weights, setting, senior, junior).points);
      used.delete(junior);
    }
  };
  walk(0, new Set(), 0, 0);
  return best;
}

const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

describe('the hard rules', () => {
  const ellen = person('senior', 'Ellen', { manager: 'Karin' });
  const mark = person('senior', 'Mark', { manager: 'Ellen' });
  const noor = person('junior', 'Noor', { manager: 'Mark' });
  test.each([
    // Noor reports to Mark
    { pair: { senior: 'Mark', junior: 'Noor' }, people: [ellen, mark, noor], reason: 'reporting-line' },
    // Noor reports to Mark, who reports to Ellen
    { pair: { senior: 'Ellen', junior: 'Noor' }, people: [ellen, mark, noor], reason: 'reporting-line' },
    // the other way round: the senior reports to the junior
    {
      pair: { senior: 'Ellen', junior: 'Bo' },
      people: [{ ...ellen, manager: 'Bo' }, person('junior', 'Bo')],
      reason: 'reporting-line',
    },
    // the junior asked not to be paired with the senior
    {
      pair: { senior: 'Ellen', junior: 'Bo' },
      people: [ellen, person('junior', 'Bo', { pleaseNotWith: ['ellen'] })],
      reason: 'please-not',
    },
    // both gave their times and none is shared
    {
      pair: { senior: 'Ellen', junior: 'Bo' },
      people: [{ ...ellen, availability: ['mon-am'] }, person('junior', 'Bo', { availability: ['tue-am'] })],
      reason: 'no-shared-time',
    },
    // no times given by one of them: they agree one
    {
      pair: { senior: 'Ellen', junior: 'Bo' },
      people: [{ ...ellen, availability: ['mon-am'] }, person('junior', 'Bo')],
      reason: undefined,
    },
    // a manager outside the list ends the chain
    {
      pair: { senior: 'Ellen', junior: 'Bo' },
      people: [ellen, person('junior', 'Bo', { manager: 'Karin' })],
      reason: undefined,
    },
    // a loop in the managers does not hang
    {
      pair: { senior: 'Ellen', junior: 'Bo' },
      people: [{ ...ellen, manager: 'Mark' }, mark, person('junior', 'Bo', { manager: 'Ann' })],
      reason: undefined,
    },
  ])('$pair.senior with $pair.junior: $reason', ({ pair, people, reason }) => {
    expect(pairBlock(people, [], pair)).toBe(reason);
  });

  test('an excluded pair is never made', () => {
    const people = [
      person('senior', 'Ann', { topics: ['ai'] }),
      person('junior', 'Bo', { topics: ['ai'] }),
      person('junior', 'Cas'),
    ];
    expect(names(match(people).pairs)).toEqual(['Ann+Bo']);
    expect(names(match(people, { excluded: [{ senior: 'Ann', junior: 'Bo' }] }).pairs)).toEqual(['Ann+Cas']);
  });
});

describe('the example file', () => {
  const result = match(examplePeople(file, 'en'));
  test('six seniors each get a junior; three juniors are left with their reasons', () => {
    expect(result.pairs).toHaveLength(6);
    expect(result.unmatched.map(({ person: p, reason }) => [p.name, reason.kind])).toEqual([
      ['Fatima El Idrissi', 'no-allowed-partner'],
      ['Lucas de Boer', 'no-allowed-partner'],
      ['Noor Hendriks', 'partners-taken'],
    ]);
    expect(result.unmatched[1]?.reason).toEqual({
      kind: 'no-allowed-partner',
      blocked: {
        'reporting-line': ['Ahmed Benali', 'Peter Visser'],
        'no-shared-time': ['Ellen de Vries', 'Linda Mulder', 'Mark Jansen', 'Susan Smit'],
      },
    });
  });
});

describe('matching properties', () => {
  const settings = fc.constantFrom<MeetingSetting>('on-site', 'hybrid', 'remote');

  test('no hard rule is ever broken, and nobody is in two pairs', () => {
    fc.assert(
      fc.property(peopleArbitrary(7, 7), settings, (people, setting) => {
        const { pairs, unmatched } = match(people, { setting });
        for (const pair of pairs) expect(brokenRules(people, pair.senior, pair.junior)).toEqual([]);
        const everyone = [...pairs.flatMap((p) => [p.senior, p.junior]), ...unmatched.map((u) => u.person)];
        expect(everyone).toHaveLength(people.length);
        expect(new Set(everyone).size).toBe(people.length);
      }),
      { numRuns: 300 },
    );
  });

  test('the number of pairs and their total fit equal brute force, up to 7 seniors and 7 juniors', () => {
    fc.assert(
      fc.property(peopleArbitrary(7, 7), settings, (people, setting) => {
        const { pairs, totalFit } = match(people, { setting });
        expect([pairs.length, totalFit]).toEqual(bruteForce(people, setting));
      }),
      { numRuns: 150 },
    );
  });

  test('the order of the rows does not change the pairs', () => {
    fc.assert(
      fc.property(peopleArbitrary(7, 7), fc.integer({ min: 1, max: 1_000_000 }), (people, seed) => {
        const first = match(people);
        const again = match(shuffled(people, seed));
        expect(names(again.pairs)).toEqual(names(first.pairs));
        expect(again.unmatched).toEqual(first.unmatched);
      }),
      { numRuns: 200 },
    );
  });

  test('a locked pair is kept, and the rest is matched around it as well as brute force can', () => {
    fc.assert(
      fc.property(peopleArbitrary(6, 6), fc.nat(), fc.nat(), (people, a, b) => {
        const seniors = people.filter((p) => p.role === 'senior');
        const juniors = people.filter((p) => p.role === 'junior');
        const senior = seniors[a % Math.max(seniors.length, 1)];
        const junior = juniors[b % Math.max(juniors.length, 1)];
        fc.pre(senior !== undefined && junior !== undefined && brokenRules(people, senior, junior).length === 0);
        const lock = { senior: senior.name, junior: junior.name };
        const { pairs, totalFit, droppedLocks } = match(people, { locks: [lock] });
        expect(droppedLocks).toEqual([]);
        expect(pairs.filter((p) => p.locked).map((p) => [p.senior.name, p.junior.name])).toEqual([
          [lock.senior, lock.junior],
        ]);
        const lockedFit = pairFit(weights, 'hybrid', senior, junior).points;
        expect([pairs.length - 1, totalFit - lockedFit]).toEqual(bruteForce(people, 'hybrid', [senior, junior]));
      }),
      { numRuns: 150 },
    );
  });

  test('a lock that breaks a hard rule, or names someone gone, is dropped and reported', () => {
    const people = [person('senior', 'Ann'), person('junior', 'Bo', { manager: 'Ann' }), person('junior', 'Cas')];
    const locks = [
      { senior: 'Ann', junior: 'Bo' },
      { senior: 'Zed', junior: 'Cas' },
    ];
    const result = match(people, { locks });
    expect(result.droppedLocks).toEqual(locks);
    expect(names(result.pairs)).toEqual(['Ann+Cas']);
  });
});

describe('fit', () => {
  test.each([
    // two shared topics, one shared half-day, same site on site, same department
    {
      setting: 'on-site' as const,
      junior: { topics: ['ai', 'social-media'], availability: ['mon-am'], site: 'Utrecht', department: 'Sales' },
      points: 2 * 10 + 3 + 5,
    },
    // the same pair in a remote programme: the site does not count
    {
      setting: 'remote' as const,
      junior: { topics: ['ai', 'social-media'], availability: ['mon-am'], site: 'Utrecht', department: 'Sales' },
      points: 2 * 10 + 3,
    },
    // another department and two shared half-days, no topic
    { setting: 'hybrid' as const, junior: { availability: ['mon-am', 'tue-am'], department: 'IT' }, points: 3 + 1 + 1 },
  ])('$setting: $points points', ({ setting, junior, points }) => {
    const senior = person('senior', 'Ann', {
      topics: ['ai', 'social-media'],
      availability: ['mon-am', 'tue-am'],
      site: 'Utrecht',
      department: 'Sales',
    });
    expect(pairFit(weights, setting, senior, person('junior', 'Bo', junior)).points).toBe(points);
  });
});
