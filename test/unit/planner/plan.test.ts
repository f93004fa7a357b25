// Plan dates as a facilitator needs them: on working days, in order, in the rhythm chosen, and
// never a day off when the clocks change. The whole file runs in Amsterdam's time zone.
process.env.TZ = 'Europe/Amsterdam';

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addDays,
  addMonths,
  sameWeekdayMonthsLater,
  compareDates,
  daysBetween,
  formatIsoDate,
  isoWeekday,
  parseIsoDate,
} from '../../../src/lib/planner/local-date';
import { buildPlan, onOpenDaysOnly, planSheets, sessionCount } from '../../../src/lib/planner/plan';
import { copiesFor, kitCopies } from '../../../src/lib/planner/kit';
import { workCalendar } from '../../../src/lib/planner/holidays';
import { HOLIDAY_REGIONS, PLANNED_FORMATS, RHYTHMS, WEEKDAYS, type LocalDate } from '../../../src/lib/planner/types';
import { holidays, inputFor, minutes, rhythm } from './support';

const date = (iso: string): LocalDate => {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new Error(`not a date: ${iso}`);
  return parsed;
};
const iso = formatIsoDate;

describe('local dates', () => {
  test('this file really runs in Amsterdam, with summer time from 28 March 2027', () => {
    expect(new Date(2027, 2, 27, 12).getTimezoneOffset()).toBe(-60);
    expect(new Date(2027, 2, 28, 12).getTimezoneOffset()).toBe(-120);
  });

  test.each([
    // A day the next month lacks becomes its last day.
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-03-31', 1, '2027-04-30'],
    ['2027-08-31', 6, '2028-02-29'],
    // Across the year's end, both ways.
    ['2027-12-15', 1, '2028-01-15'],
    ['2027-01-15', -1, '2026-12-15'],
  ])('%s plus %i month(s) is %s', (from, months, expected) => {
    expect(iso(addMonths(date(from), months))).toBe(expected);
  });

  test.each([
    ['2027-03-09', 1, '2027-04-13'], // the second Tuesday
    ['2027-02-01', 1, '2027-03-01'], // the first Monday
    ['2027-01-29', 1, '2027-02-26'], // the fifth Friday becomes the last
    ['2027-01-29', 2, '2027-03-26'],
    ['2027-12-14', 1, '2028-01-11'], // across the year's end
  ])('the weekday of %s in the same week of the month, %i month(s) on, is %s', (from, months, expected) => {
    expect(iso(sameWeekdayMonthsLater(date(from), months))).toBe(expected);
  });

  test('a month later the weekday is the same, and the date lies in that month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 24 }), (offset, months) => {
        const from = addDays(date('2026-01-01'), offset);
        const later = sameWeekdayMonthsLater(from, months);
        expect(isoWeekday(later)).toBe(isoWeekday(from));
        expect(later.month).toBe(addMonths({ ...from, day: 1 }, months).month);
        // The same week of the month; from a fifth week, the month's last of that weekday.
        const week = Math.ceil(from.day / 7);
        if (week <= 4) expect(Math.ceil(later.day / 7)).toBe(week);
        else expect(addDays(later, 7).month).not.toBe(later.month);
      }),
    );
  });

  test.each([
    ['2027-03-29', 1], // the Monday after the change to summer time
    ['2027-03-28', 7],
    ['2027-10-31', 7], // the change back
    ['2000-01-01', 6],
  ])('%s is ISO weekday %i', (day, weekday) => {
    expect(isoWeekday(date(day))).toBe(weekday);
  });

  test.each(['2027-02-29', '2027-13-01', '2027-00-10', '27-03-01', ''])('"%s" is not a date', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
});

describe('the plan', () => {
  test('a one-to-one pilot of 3 months meets every two weeks: six sessions, a check-in after the third', () => {
    const plan = buildPlan(inputFor('reverse-pairs', date('2027-03-02')), rhythm, minutes);
    expect(plan.moments.map((m) => [m.kind, m.number, iso(m.date), m.sheets.join('+')])).toEqual([
      ['preparation', 0, '2027-02-09', 'attendance-log'],
      ['kickoff', 0, '2027-03-02', 'kickoff+agreement'],
      ['session', 1, '2027-03-09', 'first-meeting'],
      ['session', 2, '2027-03-23', 'monthly-session'],
      // The clocks go forward on 28 March: still Tuesday the 6th, 14 calendar days later.
      ['session', 3, '2027-04-06', 'monthly-session'],
      ['check-in', 0, '2027-04-13', 'mid-pilot-check-in'],
      ['session', 4, '2027-04-20', 'monthly-session'],
      ['session', 5, '2027-05-04', 'monthly-session'],
      ['session', 6, '2027-05-18', 'monthly-session'],
      ['closing', 0, '2027-06-01', 'closing-evaluation'],
      ['retake', 0, '2027-09-01', ''],
    ]);
    expect(plan.sessions).toBe(6);
  });

  test('small groups take turns: a group conversation, then a lunch-and-learn', () => {
    const plan = buildPlan(inputFor('reverse-groups', date('2027-03-02')), rhythm, minutes);
    const sessions = plan.moments.filter((m) => m.kind === 'session');
    expect(sessions.map((m) => m.sheets[0])).toEqual([
      'group-session',
      'lunch-and-learn',
      'group-session',
      'lunch-and-learn',
      'group-session',
      'lunch-and-learn',
    ]);
    expect(sessions.map((m) => m.minutes)).toEqual([60, 45, 60, 45, 60, 45]);
  });

  test('traditional mentoring meets monthly for 6 months, every time on the chosen Friday', () => {
    // The first Friday a week after a kickoff on 22 January 2027 is 29 January, the month's fifth:
    // the sessions after it fall on each month's last Friday.
    const plan = buildPlan(inputFor('traditional', date('2027-01-22'), { weekday: 'fri' }), rhythm, minutes);
    const sessions = plan.moments.filter((m) => m.kind === 'session').map((m) => iso(m.date));
    expect(sessions).toEqual(['2027-01-29', '2027-02-26', '2027-03-26', '2027-04-30', '2027-05-28', '2027-06-25']);
    expect(sessions.map((day) => isoWeekday(date(day)))).toEqual([5, 5, 5, 5, 5, 5]);
  });

  test('a monthly plan keeps the week of the month: the second Tuesday stays the second Tuesday', () => {
    const kickoff = date('2027-03-02'); // a Tuesday; the first Tuesday a week later is 9 March, the second
    const plan = buildPlan(inputFor('reverse-pairs', kickoff, { rhythm: 'monthly', weekday: 'tue' }), rhythm, minutes);
    const sessions = plan.moments.filter((m) => m.kind === 'session').map((m) => iso(m.date));
    expect(sessions).toEqual(['2027-03-09', '2027-04-13', '2027-05-11']);
  });

  test('a buddy pilot meets weekly in the first month, then every two weeks', () => {
    const plan = buildPlan(inputFor('buddy', date('2027-03-01'), { weekday: 'mon' }), rhythm, minutes);
    const sessions = plan.moments.filter((m) => m.kind === 'session');
    const gaps = sessions.slice(1).map((m, i) => daysBetween((sessions[i] as typeof m).date, m.date));
    expect(gaps).toEqual([7, 7, 7, 14, 14, 14, 14]);
    expect(sessions[0]?.sheets).toEqual(['buddy-checklist']);
    expect(sessions[1]?.sheets).toEqual([]);
    expect(sessions[0]?.minutes).toBe(30);
  });

  test('a kickoff chosen on a Saturday moves to the Monday after', () => {
    const plan = buildPlan(inputFor('reverse-pairs', date('2027-03-06')), rhythm, minutes);
    expect(iso(plan.moments[1]?.date ?? date('2000-01-01'))).toBe('2027-03-08');
  });

  test.each([
    ['weekly', 3, 12],
    ['fortnightly', 3, 6],
    ['monthly', 6, 6],
    ['weekly-then-fortnightly', 3, 8],
  ] as const)('%s for %i months gives %i sessions', (sessionRhythm, months, count) => {
    expect(sessionCount(sessionRhythm, months)).toBe(count);
  });

  test('every sheet a plan names is printed, and copies scale with the number of pairs', () => {
    const plan = buildPlan(inputFor('reverse-pairs', date('2027-03-02')), rhythm, minutes);
    expect(planSheets(plan)).toEqual([
      'attendance-log',
      'kickoff',
      'agreement',
      'first-meeting',
      'monthly-session',
      'mid-pilot-check-in',
      'closing-evaluation',
    ]);
    expect(
      Object.fromEntries(kitCopies('reverse-pairs', rhythm, plan.input).map((row) => [row.sheet, copiesFor(row, 3)])),
    ).toEqual({
      'attendance-log': 3,
      'kickoff': 1,
      'agreement': 3,
      'first-meeting': 3,
      'monthly-session': 15, // five later sessions for each of three pairs
      'mid-pilot-check-in': 3,
      'closing-evaluation': 3,
    });
  });
});

describe('holidays', () => {
  // Every plan the form offers from a Monday 14 December 2026 kickoff: format x rhythm x weekday.
  const offered = PLANNED_FORMATS.flatMap((format) =>
    rhythm.formats[format].rhythms.flatMap((sessionRhythm) =>
      WEEKDAYS.map((weekday) => ({ format, sessionRhythm, weekday })),
    ),
  );

  test('the form offers 45 plans', () => {
    expect(offered).toHaveLength(45);
  });

  test.each([
    // [the page's language, the holidays it starts with]
    ['en', 'england-wales'],
    ['nl', 'nl'],
  ] as const)('%s: none of the 45 plans from Monday 14 December 2026 meets on a holiday', (_, region) => {
    const calendar = workCalendar(holidays, region, false);
    const off: string[] = [];
    for (const { format, sessionRhythm, weekday } of offered) {
      const input = inputFor(format, date('2026-12-14'), { rhythm: sessionRhythm, weekday, holidays: region });
      const plan = buildPlan(input, rhythm, minutes, holidays);
      for (const m of plan.moments)
        if (calendar.dayOff(m.date) || isoWeekday(m.date) > 5)
          off.push(`${format} ${sessionRhythm} ${weekday}: ${iso(m.date)}`);
    }
    expect(off).toEqual([]);
  });

  test('a Friday session on Christmas Day moves to the next working day, and says so', () => {
    const friday = (region: 'nl' | 'england-wales') =>
      buildPlan(
        inputFor('reverse-pairs', date('2026-12-14'), { weekday: 'fri', holidays: region }),
        rhythm,
        minutes,
        holidays,
      ).moments.find((m) => m.kind === 'session' && m.number === 1);
    expect(friday('nl')).toMatchObject({
      date: date('2026-12-28'),
      moved: { date: date('2026-12-25'), reason: { kind: 'holiday', id: 'christmas' } },
    });
    // In England and Wales Monday 28 December is the substitute for Boxing Day.
    expect(iso(friday('england-wales')?.date ?? date('2000-01-01'))).toBe('2026-12-29');
  });

  test('a closed Christmas week pauses a weekly series, which keeps its weekday', () => {
    const input = inputFor('buddy', date('2026-12-14'), {
      weekday: 'mon',
      rhythm: 'weekly',
      holidays: 'nl',
      christmasWeek: true,
    });
    const sessions = buildPlan(input, rhythm, minutes, holidays).moments.filter((m) => m.kind === 'session');
    expect(sessions.slice(0, 3).map((m) => iso(m.date))).toEqual(['2026-12-21', '2027-01-04', '2027-01-11']);
    expect(sessions[1]?.moved).toEqual({ date: date('2026-12-28'), reason: { kind: 'christmas-week' } });
    expect(sessions[2]?.moved).toBeUndefined();
  });

  test('a monthly session in a closed Christmas week moves a week on, on its weekday; the others keep their dates', () => {
    // Fourth Mondays from 27 September 2027: the fourth Monday of December, the 27th, is in the closed week.
    const input = inputFor('traditional', date('2027-09-20'), { weekday: 'mon', christmasWeek: true });
    const sessions = buildPlan(input, rhythm, minutes, holidays).moments.filter((m) => m.kind === 'session');
    expect(sessions.map((m) => iso(m.date))).toEqual([
      '2027-09-27',
      '2027-10-25',
      '2027-11-22',
      '2028-01-03',
      '2028-01-24',
      '2028-02-28',
    ]);
    expect(sessions[3]?.moved).toEqual({ date: date('2027-12-27'), reason: { kind: 'christmas-week' } });
    expect(sessions[4]?.moved).toBeUndefined();
  });

  test('without holidays chosen, Christmas Day is a working day like any other', () => {
    const plan = buildPlan(
      inputFor('reverse-pairs', date('2026-12-14'), { weekday: 'fri' }),
      rhythm,
      minutes,
      holidays,
    );
    expect(iso(plan.moments.find((m) => m.kind === 'session')?.date ?? date('2000-01-01'))).toBe('2026-12-25');
  });
});

describe('plan properties', () => {
  const anyDate = fc.record({
    year: fc.integer({ min: 2000, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  });
  const anyInput = fc
    .record({
      format: fc.constantFrom(...PLANNED_FORMATS),
      units: fc.integer({ min: 1, max: 12 }),
      weekday: fc.constantFrom(...WEEKDAYS),
      start: anyDate,
      choice: fc.nat(),
      holidays: fc.constantFrom('none' as const, ...HOLIDAY_REGIONS),
      christmasWeek: fc.boolean(),
    })
    .map(({ format, units, weekday, start, choice, holidays, christmasWeek }) => {
      const own = rhythm.formats[format];
      return {
        format,
        units: Math.min(units, own.maxUnits),
        weekday,
        start,
        months: own.lengths[choice % own.lengths.length] ?? own.lengthMonths,
        rhythm: own.rhythms[choice % own.rhythms.length] ?? own.rhythm,
        holidays,
        christmasWeek,
      };
    });

  test('every plan falls on working days that are not holidays, in order, with the sessions its rhythm promises', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const plan = buildPlan(input, rhythm, minutes, holidays);
        expect(onOpenDaysOnly(plan, holidays)).toBe(true);
        const dates = plan.moments.map((m) => m.date);
        expect(dates.slice(1).every((d, i) => compareDates(dates[i] as LocalDate, d) < 0)).toBe(true);
        expect(plan.sessions).toBe(sessionCount(input.rhythm, input.months));
        const sessions = plan.moments.filter((m) => m.kind === 'session');
        expect(sessions.length).toBe(plan.sessions);
        // The check-in comes after half of the sessions, and before the rest.
        const checkIn = plan.moments.findIndex((m) => m.kind === 'check-in');
        expect(plan.moments.slice(0, checkIn).filter((m) => m.kind === 'session').length).toBe(
          Math.ceil(plan.sessions / 2),
        );
        // Every session, monthly ones too, keeps the chosen weekday, unless a holiday moved it, which it says.
        const kept = sessions.filter((m) => m.moved?.reason.kind !== 'holiday');
        expect(kept.every((m) => isoWeekday(m.date) === WEEKDAYS.indexOf(input.weekday) + 1)).toBe(true);
        // A moved moment names a day that really was off.
        for (const m of plan.moments.filter((each) => each.moved))
          expect(compareDates(m.moved?.date ?? m.date, m.date)).toBeLessThan(0);
      }),
    );
  });

  test('a session moved off the Christmas week onto a bank holiday names the holiday, as its weekday changed', () => {
    // 2032: Monday 27 December is in the closed week, and Monday 3 January 2033 is the substitute for New Year's Day.
    const plan = buildPlan(
      inputFor(
        'buddy',
        { year: 2032, month: 10, day: 1 },
        {
          weekday: 'mon',
          months: 3,
          rhythm: 'weekly',
          holidays: 'england-wales',
          christmasWeek: true,
        },
      ),
      rhythm,
      minutes,
      holidays,
    );
    const moved = plan.moments.find((m) => m.kind === 'session' && m.date.year === 2033);
    expect(moved?.date).toEqual({ year: 2033, month: 1, day: 4 });
    expect(moved?.moved?.reason.kind).toBe('holiday');
  });

  test('a check-in whose halfway day falls in the closed Christmas week comes before the session after it', () => {
    // Found by the property above: weekly on Thursdays from 1 November 2030, the sixth session on
    // 19 December, the seventh moved to 2 January; the check-in used to land on 2 January as well.
    const plan = buildPlan(
      inputFor(
        'buddy',
        { year: 2030, month: 11, day: 1 },
        { weekday: 'thu', months: 3, rhythm: 'weekly', holidays: 'nl', christmasWeek: true },
      ),
      rhythm,
      minutes,
      holidays,
    );
    const at = plan.moments.findIndex((m) => m.kind === 'check-in');
    expect(plan.moments[at - 1]?.date).toEqual({ year: 2030, month: 12, day: 19 });
    expect(plan.moments[at]?.date).toEqual({ year: 2030, month: 12, day: 24 });
    expect(plan.moments[at + 1]?.date).toEqual({ year: 2031, month: 1, day: 2 });
  });

  test('the same plan comes out in any time zone', () => {
    const zones = ['Europe/Amsterdam', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'];
    fc.assert(
      fc.property(anyInput, (input) => {
        const plans = zones.map((zone) => {
          process.env.TZ = zone;
          return buildPlan(input, rhythm, minutes)
            .moments.map((m) => iso(m.date))
            .join();
        });
        process.env.TZ = 'Europe/Amsterdam';
        expect(new Set(plans).size).toBe(1);
      }),
      { numRuns: 50 },
    );
  });

  test('the rhythms the planner offers are all known', () => {
    for (const format of PLANNED_FORMATS)
      for (const offered of rhythm.formats[format].rhythms) expect(RHYTHMS).toContain(offered);
  });
});

describe('the kits', () => {
  test.each(PLANNED_FORMATS)('the %s kit holds exactly the sheets its plan uses, in plan order', (format) => {
    const plan = buildPlan(inputFor(format, date('2027-03-02')), rhythm, minutes);
    expect(kitCopies(format, rhythm).map((row) => row.sheet)).toEqual(planSheets(plan));
  });

  test('a groups kit counts the lunch-and-learn once per session, not per group', () => {
    const rows = kitCopies('reverse-groups', rhythm);
    expect(rows.find((row) => row.sheet === 'lunch-and-learn')).toEqual({
      sheet: 'lunch-and-learn',
      once: 3,
      perUnit: 0,
    });
    expect(rows.find((row) => row.sheet === 'group-session')).toEqual({ sheet: 'group-session', once: 0, perUnit: 3 });
  });

  test('a longer plan needs more session sheets than the standard kit', () => {
    const longer = inputFor('reverse-pairs', date('2027-03-02'), { months: 6 });
    const row = (input?: typeof longer) =>
      kitCopies('reverse-pairs', rhythm, input).find((r) => r.sheet === 'monthly-session');
    expect(row()?.perUnit).toBe(5);
    expect(row(longer)?.perUnit).toBe(11);
  });
});
