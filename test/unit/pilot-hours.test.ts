import { describe, expect, test } from 'vitest';
import { pilotHours, templatesUsed } from '../../src/lib/guides/pilot-hours';

// Round minutes that make the sums easy to check by hand.
const minutes = {
  'kickoff': 90,
  'agreement': 30,
  'first-meeting': 60,
  'monthly-session': 60,
  'group-session': 60,
  'mid-pilot-check-in': 30,
  'closing-evaluation': 90,
};

describe('pilot hours', () => {
  test.each([
    // 90 + 30 + 60 + 2 × 60 + 30 + 90 = 420 min each; owner 90 + 90 + 2 × 30 = 240; total 4 × 420 + 240
    ['reverse-pairs', 3, 2, { perParticipant: 7, owner: 4, total: 32 }],
    // eight pairs: owner 180 + 8 × 30 = 420; total 16 × 420 + 420 = 7140 min
    ['reverse-pairs', 3, 8, { perParticipant: 7, owner: 7, total: 119 }],
    // a longer pilot adds one monthly session per month
    ['reverse-pairs', 6, 2, { perParticipant: 10, owner: 4, total: 44 }],
    // groups: 90 + 3 × 60 + 30 + 90 = 390 min; no total, since group sizes vary
    ['reverse-groups', 3, 1, { perParticipant: 6.5, owner: 3.5 }],
    // no pilot yet: only the kickoff, agreement, first meeting, check-in and closing remain
    ['reverse-pairs', 0, 1, { perParticipant: 5, owner: 3.5, total: 13.5 }],
  ] as const)('%s for %i months with %i pairs or groups costs %j hours', (format, months, units, expected) => {
    expect(pilotHours(format, months, minutes, units)).toEqual(expected);
  });

  test('a session sheet without minutes is named, not counted as zero', () => {
    const { kickoff: _dropped, ...withoutKickoff } = minutes;
    expect(() => pilotHours('reverse-groups', 3, withoutKickoff, 1)).toThrow('"kickoff" has no duration in minutes');
  });

  test('each format names the sheets its hours depend on', () => {
    expect(templatesUsed('reverse-groups').sort()).toEqual([
      'closing-evaluation',
      'group-session',
      'kickoff',
      'mid-pilot-check-in',
    ]);
  });
});
