import { describe, expect, test } from 'vitest';
import { parseSavedMatching, serializeSavedMatching, type SavedMatching } from '../../../src/lib/matching/saved-state';
import { person } from './support';

const state: SavedMatching = {
  people: [person('senior', 'Ann', { topics: ['ai', 'Gardening'] }), person('junior', 'Bo')],
  locks: [{ senior: 'Ann', junior: 'Bo' }],
  excluded: [],
  format: 'pairs',
  setting: 'on-site',
  groupLocks: [{ members: ['Ann', 'Bo'] }],
  setAside: ['Bo'],
};
const text = (value: SavedMatching): string => {
  const saved = serializeSavedMatching(value);
  if (!saved.ok) throw new Error('not saved');
  return saved.text;
};

describe('the saved matching list', () => {
  test('a list saved before group locks and setting aside existed reads back with none', () => {
    const older = text(state).replace(/,"groupLocks".*\}$/, '}');
    expect(older).not.toContain('setAside');
    expect(parseSavedMatching(older)).toEqual({ ok: true, value: { ...state, groupLocks: [], setAside: [] } });
  });

  test('a saved list reads back the same', () => {
    expect(parseSavedMatching(text(state))).toEqual({ ok: true, value: state });
  });

  test.each([
    { case: 'text that is not JSON', raw: '{"schemaVersion":1,', reason: 'malformed' },
    { case: 'nothing stored', raw: undefined, reason: 'malformed' },
    {
      case: 'an older or newer shape',
      raw: text(state).replace('"schemaVersion":1', '"schemaVersion":2'),
      reason: 'version',
    },
    {
      case: 'a person with an unknown role',
      raw: text(state).replace('"role":"senior"', '"role":"boss"'),
      reason: 'malformed',
    },
    {
      case: 'the same name twice',
      raw: text({ ...state, people: [person('senior', 'Ann'), person('junior', 'ann')] }),
      reason: 'malformed',
    },
    {
      case: 'a lock that is not two names',
      raw: text(state).replace('"junior":"Bo"}]', '"junior":3}]'),
      reason: 'malformed',
    },
    {
      case: 'an unknown format',
      raw: text(state).replace('"pairs"', '"trios"'),
      reason: 'malformed',
    },
    { case: 'text far too long to be ours', raw: 'x'.repeat(2_000_001), reason: 'too-long' },
  ])('$case is refused as $reason', ({ raw, reason }) => {
    expect(parseSavedMatching(raw)).toEqual({ ok: false, reason });
  });
});

describe('a list too large to read back', () => {
  const long = 'x'.repeat(2500);
  const big: SavedMatching = {
    ...state,
    locks: [],
    people: Array.from({ length: 1000 }, (_, i) => person('junior', `Person ${i}`, { department: long })),
  };

  test('is never stored in a form the reader refuses: saving says it is too long instead', () => {
    const saved = serializeSavedMatching(big);
    expect(saved).toEqual({ ok: false, reason: 'too-long' });
  });

  test('a list just under the limit is stored and read back', () => {
    const fits = { ...big, people: big.people.slice(0, 700) };
    const saved = serializeSavedMatching(fits);
    expect(saved.ok && parseSavedMatching(saved.text)).toEqual({ ok: true, value: fits });
  });
});
