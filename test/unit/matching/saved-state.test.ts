import { describe, expect, test } from 'vitest';
import { parseSavedMatching, serializeSavedMatching, type SavedMatching } from '../../../src/lib/matching/saved-state';
import { person } from './support';

const state: SavedMatching = {
  people: [person('senior', 'Ann', { topics: ['ai', 'Gardening'] }), person('junior', 'Bo')],
  locks: [{ senior: 'Ann', junior: 'Bo' }],
  excluded: [],
  format: 'pairs',
  setting: 'on-site',
};

describe('the saved matching list', () => {
  test('a saved list reads back the same', () => {
    expect(parseSavedMatching(serializeSavedMatching(state))).toEqual({ ok: true, value: state });
  });

  test.each([
    { case: 'text that is not JSON', raw: '{"schemaVersion":1,', reason: 'malformed' },
    { case: 'nothing stored', raw: undefined, reason: 'malformed' },
    {
      case: 'an older or newer shape',
      raw: serializeSavedMatching(state).replace('"schemaVersion":1', '"schemaVersion":2'),
      reason: 'version',
    },
    {
      case: 'a person with an unknown role',
      raw: serializeSavedMatching(state).replace('"role":"senior"', '"role":"boss"'),
      reason: 'malformed',
    },
    {
      case: 'the same name twice',
      raw: serializeSavedMatching({ ...state, people: [person('senior', 'Ann'), person('junior', 'ann')] }),
      reason: 'malformed',
    },
    {
      case: 'a lock that is not two names',
      raw: serializeSavedMatching(state).replace('"junior":"Bo"}]', '"junior":3}]'),
      reason: 'malformed',
    },
    {
      case: 'an unknown format',
      raw: serializeSavedMatching(state).replace('"pairs"', '"trios"'),
      reason: 'malformed',
    },
    { case: 'text far too long to be ours', raw: 'x'.repeat(2_000_001), reason: 'too-long' },
  ])('$case is refused as $reason', ({ raw, reason }) => {
    expect(parseSavedMatching(raw)).toEqual({ ok: false, reason });
  });
});
