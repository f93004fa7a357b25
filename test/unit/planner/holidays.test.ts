// The holiday rules against the official lists for 2026 to 2030 (GOV.UK's bank holidays for England
// and Wales, the Dutch Algemene termijnenwet with Bevrijdingsdag every year, Belgium's ten legal
// holidays), written out here by hand, not computed, so a wrong rule cannot agree with itself.
import { describe, expect, test } from 'vitest';
import { loadPilotHolidays } from '../../../src/data/load-pilot-holidays';
import { easterSunday, holidaysInYear, nextOpenDay, workCalendar } from '../../../src/lib/planner/holidays';
import { formatIsoDate, parseIsoDate } from '../../../src/lib/planner/local-date';
import type { HolidayRegion } from '../../../src/lib/planner/types';

const holidays = loadPilotHolidays();
const date = (iso: string) => parseIsoDate(iso) ?? { year: 0, month: 0, day: 0 };

/** The official holidays, by region and year (weekend days that are simply lost are left out). */
const OFFICIAL: Record<HolidayRegion, Record<number, string[]>> = {
  'england-wales': {
    // 2026: Boxing Day is a Saturday, so Monday 28 December is the substitute day.
    2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
    // 2027: Christmas on a Saturday and Boxing Day on a Sunday give Monday 27 and Tuesday 28.
    2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
    // 2028: New Year's Day is a Saturday: Monday 3 January.
    2028: ['01-03', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
    2029: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
    2030: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  },
  'nl': {
    // Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Bevrijdingsdag, Hemelvaartsdag, Tweede Pinksterdag, Kerst.
    2026: ['01-01', '04-06', '04-27', '05-05', '05-14', '05-25', '12-25'],
    // 2027: both Christmas days fall on the weekend and are lost.
    2027: ['01-01', '03-29', '04-27', '05-05', '05-06', '05-17'],
    // 2028: Nieuwjaarsdag is a Saturday and is lost.
    2028: ['04-17', '04-27', '05-05', '05-25', '06-05', '12-25', '12-26'],
    // 2029: Bevrijdingsdag is a Saturday.
    2029: ['01-01', '04-02', '04-27', '05-10', '05-21', '12-25', '12-26'],
    // 2030: Koningsdag is a Saturday and stays there (only a Sunday moves, to the Saturday); 5 May is a Sunday.
    2030: ['01-01', '04-22', '05-30', '06-10', '12-25', '12-26'],
  },
  'be': {
    2026: ['01-01', '04-06', '05-01', '05-14', '05-25', '07-21', '11-11', '12-25'],
    2027: ['01-01', '03-29', '05-06', '05-17', '07-21', '11-01', '11-11'],
    2028: ['04-17', '05-01', '05-25', '06-05', '07-21', '08-15', '11-01', '12-25'],
    2029: ['01-01', '04-02', '05-01', '05-10', '05-21', '08-15', '11-01', '12-25'],
    2030: ['01-01', '04-22', '05-01', '05-30', '06-10', '08-15', '11-01', '11-11', '12-25'],
  },
};

describe('public holidays', () => {
  test.each([
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    // Edge years of the algorithm: the earliest and latest Easter of the century.
    [2008, '2008-03-23'],
    [2038, '2038-04-25'],
  ])('Easter Sunday %i is %s', (year, iso) => {
    expect(formatIsoDate(easterSunday(year))).toBe(iso);
  });

  const cases = Object.entries(OFFICIAL).flatMap(([region, years]) =>
    Object.entries(years).map(([year, days]) => ({ region: region as HolidayRegion, year: Number(year), days })),
  );
  test.each(cases)('$region $year: the rules give exactly the official weekday holidays', ({ region, year, days }) => {
    const computed = [...holidaysInYear(holidays.regions[region], year).keys()].sort();
    expect(computed).toEqual(days.map((day) => `${year}-${day}`).sort());
  });

  test.each([
    // [year, the date Koningsdag is kept]: 27 April, or Saturday 26 April when the 27th is a Sunday.
    [2025, '2025-04-26'],
    [2026, '2026-04-27'],
    [2031, '2031-04-26'],
  ])('Koningsdag %i is kept on %s', (year, iso) => {
    const days = holidaysInYear(holidays.regions.nl, year);
    expect(days.get(iso)).toEqual({ kind: 'holiday', id: 'kings-day', substitute: false });
    expect(days.has(`${year}-04-28`)).toBe(false);
  });

  test('a substitute day says it stands in for a weekend holiday', () => {
    expect(holidaysInYear(holidays.regions['england-wales'], 2027).get('2027-12-28')).toEqual({
      kind: 'holiday',
      id: 'boxing-day',
      substitute: true,
    });
  });

  test('a closed Christmas week runs from 25 December to 1 January, over the new year', () => {
    const calendar = workCalendar(holidays, 'none', true);
    expect(calendar.inChristmasWeek(date('2026-12-24'))).toBe(false);
    expect(calendar.inChristmasWeek(date('2026-12-29'))).toBe(true);
    expect(calendar.inChristmasWeek(date('2027-01-01'))).toBe(true);
    expect(calendar.inChristmasWeek(date('2027-01-04'))).toBe(false);
    expect(formatIsoDate(nextOpenDay(date('2026-12-28'), calendar))).toBe('2027-01-04');
    expect(workCalendar(holidays, 'none', false).inChristmasWeek(date('2026-12-29'))).toBe(false);
  });

  test.each([
    // [region, a date, the next day open for a session]
    ['england-wales', '2026-12-25', '2026-12-29'],
    ['nl', '2026-12-25', '2026-12-28'],
    ['be', '2026-12-25', '2026-12-28'],
    ['nl', '2027-05-05', '2027-05-07'],
    ['none', '2026-12-25', '2026-12-25'],
  ] as const)('in %s, %s moves to %s', (region, from, to) => {
    expect(formatIsoDate(nextOpenDay(date(from), workCalendar(holidays, region, false)))).toBe(to);
  });
});
