// Calendar dates as year, month and day, never as a moment in time. A plan made in Amsterdam in
// March must not move by a day when the clocks change, so no date here passes through the local
// time zone: day counts go through Date.UTC, which has no daylight saving time, and the result is
// read back as year, month and day again.
import type { LocalDate, LocalTime } from './types';

const DAY_MS = 86_400_000;

const toDayNumber = ({ year, month, day }: LocalDate): number => Date.UTC(year, month - 1, day) / DAY_MS;

function fromDayNumber(dayNumber: number): LocalDate {
  const date = new Date(dayNumber * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The number of days in a month (month 1-12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when year, month and day name a real date, e.g. not 31 February. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The date a number of days later (or earlier, when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** The same day a number of months later; a day the month lacks becomes its last day (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/**
 * The same weekday in the same week of the month, a number of months later: the second Friday stays
 * the second Friday, and a day in a month's fifth week becomes that weekday's last in the month
 * (29 January 2027, the fifth Friday, gives 26 February and then 26 March).
 */
export function sameWeekdayMonthsLater(date: LocalDate, months: number): LocalDate {
  const first = addMonths({ ...date, day: 1 }, months);
  const nth = addDays(onOrAfterWeekday(first, isoWeekday(date)), 7 * Math.ceil(date.day / 7) - 7);
  return nth.month === first.month ? nth : addDays(nth, -7);
}

/** Days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The ISO day of the week: 1 Monday to 7 Sunday. */
export function isoWeekday(date: LocalDate): number {
  // Day 0 of the count, 1 January 1970, was a Thursday (ISO 4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The first date on or after `date` that falls on the given ISO weekday (1-7). */
export function onOrAfterWeekday(date: LocalDate, weekday: number): LocalDate {
  return addDays(date, (weekday - isoWeekday(date) + 7) % 7);
}

/** Compares two dates for sorting: negative when a is earlier. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The date as ISO 8601, '2027-03-02'. */
export function formatIsoDate({ year, month, day }: LocalDate): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Reads an ISO date such as '2027-03-02'; undefined when it is not one or is not a real date. */
export function parseIsoDate(text: string): LocalDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

/** The time as 'HH:MM'. */
export function formatTime({ hour, minute }: LocalTime): string {
  return `${pad(hour)}:${pad(minute)}`;
}

/** Reads a time such as '9:30' or '14:00'; undefined when it is not a time of day. */
export function parseTime(text: string): LocalTime | undefined {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}
