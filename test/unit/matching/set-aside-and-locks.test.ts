// Setting someone aside and locking groups: the rules of matching around them.
import { describe, expect, test } from 'vitest';
import { matchGroups } from '../../../src/lib/matching/groups';
import { matchPairs } from '../../../src/lib/matching/match';
import { catalogue, person } from './support';

const names = (pairs: readonly { senior: { name: string }; junior: { name: string } }[]) =>
  pairs.map((pair) => `${pair.senior.name}+${pair.junior.name}`);

describe('someone set aside', () => {
  const ellen = person('senior', 'Ellen', { topics: ['ai'] });
  const mark = person('senior', 'Mark', { manager: 'Ellen', topics: ['ai'] });
  const noor = person('junior', 'Noor', { manager: 'Mark', topics: ['ai'] });
  const bo = person('junior', 'Bo', { topics: ['ai'] });

  test('is not matched, is not listed as unmatched, and their lock waits without being dropped', () => {
    const result = matchPairs(catalogue.fit, [ellen, mark, noor, bo], {
      setting: 'hybrid',
      locks: [{ senior: 'Mark', junior: 'Bo' }],
      setAside: ['mark'],
    });
    expect(names(result.pairs)).toEqual(['Ellen+Bo']);
    expect(result.unmatched.map((item) => item.person.name)).toEqual(['Noor']);
    expect(result.droppedLocks).toEqual([]);
  });

  test('still links the reporting line: Ellen is never paired with Noor, who reports to Mark, who reports to Ellen', () => {
    const result = matchPairs(catalogue.fit, [ellen, mark, noor], { setting: 'hybrid', setAside: ['Mark'] });
    expect(result.pairs).toEqual([]);
    expect(result.unmatched.map((item) => [item.person.name, item.reason.kind])).toEqual([
      ['Ellen', 'no-allowed-partner'],
      ['Noor', 'no-allowed-partner'],
    ]);
  });

  test('joins no group, and still links the reporting line in groups', () => {
    const { groups, ungrouped } = matchGroups(catalogue.groups, [ellen, mark, noor], { setAside: ['Mark'] });
    expect(groups.flatMap((group) => [...group.seniors, ...group.juniors]).map((p) => p.name)).not.toContain('Mark');
    expect(groups.some((group) => group.seniors.includes(ellen) && group.juniors.includes(noor))).toBe(false);
    expect(ungrouped.map((item) => item.person.name)).toContain('Noor');
  });
});

describe('locked groups', () => {
  const people = [
    person('senior', 'Ann', { topics: ['ai'] }),
    person('senior', 'Cas', { topics: ['ai'] }),
    person('junior', 'Bo', { topics: ['ai'] }),
    person('junior', 'Dee', { topics: ['social-media'] }),
    person('junior', 'Eva', { topics: ['ai'] }),
    person('junior', 'Finn'),
  ];
  const sizes = { juniorsPerGroup: 2, maxSeniorsPerGroup: 1 };

  test('are kept as locked, first, and the rest is grouped around them', () => {
    const result = matchGroups(sizes, people, { locks: [{ members: ['ann', 'Dee', 'Finn'] }] });
    const first = result.groups[0];
    expect(first?.locked).toBe(true);
    expect([...(first?.seniors ?? []), ...(first?.juniors ?? [])].map((p) => p.name)).toEqual(['Ann', 'Dee', 'Finn']);
    expect(result.groups.slice(1).every((group) => !group.locked)).toBe(true);
    expect(result.groups[1]?.seniors.map((p) => p.name)).toEqual(['Cas']);
    expect(result.groups[1]?.juniors.map((p) => p.name)).toEqual(['Bo', 'Eva']);
    expect(result.droppedLocks).toEqual([]);
  });

  test.each([
    { case: 'a member left the list', lock: ['Ann', 'Bo', 'Zed'] },
    { case: 'no junior in it', lock: ['Ann', 'Cas'] },
    { case: 'a hard rule between two members', lock: ['Ann', 'Bo'], excluded: [{ senior: 'Ann', junior: 'Bo' }] },
  ])('are dropped, and said to be, when $case', ({ lock, excluded }) => {
    const result = matchGroups(sizes, people, { locks: [{ members: lock }], excluded });
    expect(result.droppedLocks).toEqual([{ members: lock }]);
    expect(result.groups.every((group) => !group.locked)).toBe(true);
  });

  test('a person in two locked groups keeps the first', () => {
    const locks = [{ members: ['Ann', 'Bo'] }, { members: ['Cas', 'Bo'] }];
    const result = matchGroups(sizes, people, { locks });
    expect(result.droppedLocks).toEqual([locks[1]]);
  });

  test('with someone set aside wait, neither kept nor dropped', () => {
    const result = matchGroups(sizes, people, { locks: [{ members: ['Ann', 'Bo'] }], setAside: ['Bo'] });
    expect(result.droppedLocks).toEqual([]);
    expect(result.groups.every((group) => !group.locked)).toBe(true);
  });
});
