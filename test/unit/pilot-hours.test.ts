// The business case's hours come from the planner's plan and the templates' minutes, so they follow
// the rhythm file. These tests use the real files, then change the rhythm in a copy of the data.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pilotHours } from '../../src/lib/guides/pilot-hours';
import { loadPilotRhythm } from '../../src/data/load-pilot-rhythm';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { parseYaml } from '../../src/lib/yaml-text';
import type { PilotRhythm } from '../../src/schemas/pilot-rhythm';

/** Each template's minutes, read from its frontmatter as the guide page reads them. */
const minutes: Record<string, number> = {};
for (const name of readdirSync('content/templates/en')) {
  const split = splitFrontmatter(readFileSync(`content/templates/en/${name}`, 'utf8'));
  const data = split.ok ? (parseYaml(split.yaml, name) as { duration?: unknown }) : {};
  if (typeof data.duration === 'number') minutes[name.replace(/\.mdx$/, '')] = data.duration;
}

const rhythm = loadPilotRhythm();

/** A copy of the rhythm data with one format's length or rhythm changed. */
function changed(format: 'reverse-pairs' | 'reverse-groups', change: Partial<PilotRhythm['formats']['buddy']>) {
  const copy = structuredClone(rhythm);
  copy.formats[format] = { ...copy.formats[format], ...change };
  return copy;
}

describe('pilot hours', () => {
  test.each([
    // 3 months every two weeks: kickoff 90 + agreement 30 + 6 sessions of 60 + check-in 30 + closing 90 = 600 min
    // each; the owner 90 + 90 + 2 check-ins of 30 = 240; all: 4 × 600 + 240 = 2640 min
    ['reverse-pairs', 2, { months: 3, sessions: 6, perParticipant: 10, owner: 4, total: 44 }],
    // eight pairs: the owner 180 + 8 × 30 = 420; all: 16 × 600 + 420 = 10,020 min
    ['reverse-pairs', 8, { months: 3, sessions: 6, perParticipant: 10, owner: 7, total: 167 }],
    // groups take turns, a group session of 60 then a lunch-and-learn of 45: 90 + 3 × 60 + 3 × 45 + 30 + 90
    // = 525 min, 8.75 h, shown as 9; no total, since group sizes vary
    ['reverse-groups', 1, { months: 3, sessions: 6, perParticipant: 9, owner: 3.5 }],
  ] as const)('the rhythm file gives %s with %i pairs or groups %j hours', (format, units, expected) => {
    expect(pilotHours(format, rhythm, minutes, units)).toEqual(expected);
  });

  test.each([
    // monthly instead of every two weeks: 3 sessions, 600 - 3 × 60 = 420 min each
    [
      'a monthly rhythm',
      changed('reverse-pairs', { rhythm: 'monthly' }),
      { sessions: 3, perParticipant: 7, total: 32 },
    ],
    // six months every two weeks: 12 sessions, 600 + 6 × 60 = 960 min each
    ['a 6-month pilot', changed('reverse-pairs', { lengthMonths: 6 }), { sessions: 12, perParticipant: 16, total: 68 }],
  ])('%s in the rhythm data changes the figures for 2 pairs', (_, data, expected) => {
    expect(pilotHours('reverse-pairs', data, minutes, 2)).toMatchObject(expected);
  });

  test('a meeting sheet without minutes is named, not counted as zero', () => {
    const { kickoff: _dropped, ...withoutKickoff } = minutes;
    expect(() => pilotHours('reverse-groups', rhythm, withoutKickoff, 1)).toThrow(
      '"kickoff" has no duration in minutes',
    );
  });
});
