// Public holidays and the closed Christmas week, from the rules in content/pilot/holidays.yaml: a
// fixed date, a day counted from Easter, or the nth weekday of a month, with what happens when it
// falls on a weekend (a UK substitute day, Koningsdag's Saturday). Pure and time-zone proof: dates
// are year, month and day (local-date.ts). A work calendar answers the one question the plan asks:
// is this day free for a session, and if not, why not.
import type { HolidayRule, PilotHolidays } from '../../schemas/pilot-holidays';
import { addDays, compareDates, daysBetween, formatIsoDate, isoWeekday, parseIsoDate } from './local-date';
import type { HolidayChoice, LocalDate } from './types';

/** Why a weekday is not free: a public holiday (by its id; substitute when it stands in for a weekend one), or the closed Christmas week. */
export type DayOff = { kind: 'holiday'; id: string; substitute: boolean } | { kind: 'christmas-week' };

/** Easter Sunday of a year (Gregorian; the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const WEEKDAY_NUMBERS = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5 } as const;

/** The date a rule gives in a year, before any weekend rule. */
function ruleDate(rule: HolidayRule, year: number): LocalDate {
  if ('date' in rule) {
    const [month, day] = rule.date.split('-').map(Number) as [number, number];
    return { year, month, day };
  }
  if ('easter' in rule) return addDays(easterSunday(year), rule.easter);
  const weekday = WEEKDAY_NUMBERS[rule.weekday];
  if (rule.nth > 0) {
    const first = { year, month: rule.month, day: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (rule.nth - 1));
  }
  const last = addDays({ year: rule.month === 12 ? year + 1 : year, month: (rule.month % 12) + 1, day: 1 }, -1);
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

const isWeekend = (date: LocalDate): boolean => isoWeekday(date) >= 6;

/** A region's public holidays in one year, by ISO date: the days they fall on, substitute days included; a holiday lost to a weekend is left out. */
export function holidaysInYear(
  rules: PilotHolidays['regions'][keyof PilotHolidays['regions']],
  year: number,
): Map<string, DayOff> {
  const days = new Map<string, DayOff>();
  const substitutes: { rule: HolidayRule; date: LocalDate }[] = [];
  const dated = rules.days.map((rule) => ({ rule, date: ruleDate(rule, year) }));
  dated.sort((a, b) => compareDates(a.date, b.date));
  for (const { rule, date } of dated) {
    if (!isWeekend(date)) days.set(formatIsoDate(date), { kind: 'holiday', id: rule.id, substitute: false });
    else if (rule.weekend === 'saturday-if-sunday' && isoWeekday(date) === 7)
      days.set(formatIsoDate(addDays(date, -1)), { kind: 'holiday', id: rule.id, substitute: false });
    else if (rule.weekend === 'next-free-weekday') substitutes.push({ rule, date });
  }
  // Substitutes come after every weekday holiday is known, in date order: Christmas on a Sunday
  // gives Tuesday 27 December, because Boxing Day already holds the Monday.
  for (const { rule, date } of substitutes) {
    let day = date;
    while (isWeekend(day) || days.has(formatIsoDate(day))) day = addDays(day, 1);
    days.set(formatIsoDate(day), { kind: 'holiday', id: rule.id, substitute: true });
  }
  for (const once of rules.once ?? []) {
    const date = parseIsoDate(once.date);
    if (date?.year === year) days.set(once.date, { kind: 'holiday', id: once.id, substitute: false });
  }
  return days;
}

/** The days a plan keeps sessions off. */
export interface WorkCalendar {
  /** Why a date is not free, or undefined for a free weekday; weekends are never free, but have no reason. */
  dayOff(date: LocalDate): DayOff | undefined;
  /** True when the date falls in the closed Christmas week. */
  inChristmasWeek(date: LocalDate): boolean;
}

/** The work calendar for a plan: a region's holidays (or none) and, if closed, the Christmas week. */
export function workCalendar(
  holidays: PilotHolidays,
  choice: HolidayChoice,
  closedChristmasWeek: boolean,
): WorkCalendar {
  const byYear = new Map<number, Map<string, DayOff>>();
  const yearOf = (year: number): Map<string, DayOff> => {
    let days = byYear.get(year);
    if (!days) {
      days = choice === 'none' ? new Map() : holidaysInYear(holidays.regions[choice], year);
      byYear.set(year, days);
    }
    return days;
  };
  const [fromMonth, fromDay] = holidays.christmasWeek.from.split('-').map(Number) as [number, number];
  const [toMonth, toDay] = holidays.christmasWeek.to.split('-').map(Number) as [number, number];
  const inChristmasWeek = (date: LocalDate): boolean => {
    if (!closedChristmasWeek) return false;
    // The span runs over New Year: from this year's start date, or from last year's.
    for (const year of [date.year, date.year - 1]) {
      const from = { year, month: fromMonth, day: fromDay };
      const to = { year: toMonth < fromMonth ? year + 1 : year, month: toMonth, day: toDay };
      if (daysBetween(from, date) >= 0 && daysBetween(date, to) >= 0) return true;
    }
    return false;
  };
  return {
    inChristmasWeek,
    dayOff: (date) => {
      const holiday = yearOf(date.year).get(formatIsoDate(date));
      if (holiday) return holiday;
      return inChristmasWeek(date) ? { kind: 'christmas-week' } : undefined;
    },
  };
}

/** True when a date is a weekday the calendar leaves free for a session. */
export function isOpenDay(date: LocalDate, calendar: WorkCalendar): boolean {
  return !isWeekend(date) && calendar.dayOff(date) === undefined;
}

/** The date itself when it is open, else the first open day after it. */
export function nextOpenDay(date: LocalDate, calendar: WorkCalendar): LocalDate {
  let day = date;
  // A region has at most a few holidays in a row, and the Christmas week is 8 days: 30 is plenty.
  for (let step = 0; step < 30 && !isOpenDay(day, calendar); step++) day = addDays(day, 1);
  return day;
}
