// The dated pilot plan. From a format's rhythm (content/pilot/rhythm.yaml) and what the user chose,
// it lays out every moment: preparation, kickoff, each session, the check-in halfway, the closing
// evaluation and the day to take the readiness check again, each on a working day and each naming
// the sheets it uses. Pure: the same input always gives the same plan, in any time zone.
// Public holidays (content/pilot/holidays.yaml, for the region chosen) are kept free: a moment that
// would fall on one moves to the next working day that is not one, and says where it came from. A
// session in a closed Christmas week moves on by whole weeks, so it keeps its weekday; a weekly or
// fortnightly series pauses with it, and the sessions after it move too.
import type { FormatRhythm, PilotRhythm } from '../../schemas/pilot-rhythm';
import type { PilotHolidays } from '../../schemas/pilot-holidays';
import { isOpenDay, nextOpenDay, workCalendar, type DayOff, type WorkCalendar } from './holidays';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  isoWeekday,
  onOrAfterWeekday,
  sameWeekdayMonthsLater,
} from './local-date';
import {
  WEEKDAYS,
  type HolidayChoice,
  type LocalDate,
  type LocalTime,
  type MomentKind,
  type PlannedFormat,
  type Rhythm,
  type SheetSlug,
  type Weekday,
} from './types';

/** What the user chose: a valid plan input, as checked by validatePlanFields. */
export interface PlanInput {
  format: PlannedFormat;
  /** Pairs or groups, as the format counts them. */
  units: number;
  /** The pilot's length in months. */
  months: number;
  rhythm: Rhythm;
  /** The working day sessions fall on. */
  weekday: Weekday;
  /** The kickoff date; a weekend date moves to the Monday after. */
  start: LocalDate;
  /** The time meetings start, or undefined for all-day entries. */
  time?: LocalTime;
  /** Whose public holidays the plan keeps free. */
  holidays: HolidayChoice;
  /** True when the week between Christmas and New Year is closed. */
  christmasWeek: boolean;
}

/** Where a moment was moved from, and why: the date it would have had was a holiday or in the closed Christmas week. */
interface MovedFrom {
  date: LocalDate;
  reason: DayOff;
}

/** One dated moment of the plan. */
export interface PlanMoment {
  kind: MomentKind;
  /** For sessions, 1 for the first; 0 otherwise. */
  number: number;
  date: LocalDate;
  /** The sheets this moment uses, in the order they are handed out. */
  sheets: SheetSlug[];
  /** How long the meeting takes, or undefined for moments that are tasks, not meetings. */
  minutes?: number;
  /** Set when the moment was moved off a holiday or the closed Christmas week. */
  moved?: MovedFrom | undefined;
}

/** A dated pilot plan. */
export interface PilotPlan {
  input: PlanInput;
  moments: PlanMoment[];
  /** How many sessions each pair or group has. */
  sessions: number;
}

/** Minutes of each sheet that has a fixed length, from the templates' frontmatter. */
export type SheetMinutes = Partial<Record<SheetSlug, number>>;

/** How many sessions a pilot of this length has in this rhythm. */
export function sessionCount(rhythm: Rhythm, months: number): number {
  switch (rhythm) {
    case 'weekly':
      return 4 * months;
    case 'fortnightly':
      return 2 * months;
    case 'monthly':
      return months;
    case 'weekly-then-fortnightly':
      return 4 + 2 * Math.max(0, months - 1);
  }
}

/** A date as planned: the day it falls on, and where it was moved from if it was. */
interface PlannedDate {
  date: LocalDate;
  moved?: MovedFrom | undefined;
}

/** The first open day on or after a date; says where it came from when a holiday or the Christmas week moved it. */
function openDay(date: LocalDate, calendar: WorkCalendar): PlannedDate {
  const reason = calendar.dayOff(date);
  // A weekend date (a computed check-in or closing) moves to Monday without a word, as it always did.
  const weekday = isoWeekday(date) <= 5 ? date : addDays(date, 8 - isoWeekday(date));
  const weekdayReason = reason ?? calendar.dayOff(weekday);
  const open = nextOpenDay(weekday, calendar);
  return weekdayReason && compareDates(open, weekday) !== 0
    ? { date: open, moved: { date: reason ? date : weekday, reason: weekdayReason } }
    : { date: open };
}

/**
 * The check-in's day: the first open day from halfway, unless that is not before the next session (the
 * Christmas week or holidays closed the rest of the gap); then the last open day before halfway that
 * comes after the middle session. With no open day between the two sessions, the first open day from halfway.
 */
function checkInDay(halfway: LocalDate, middle: LocalDate, next: LocalDate, calendar: WorkCalendar): PlannedDate {
  const forward = openDay(halfway, calendar);
  if (compareDates(forward.date, next) < 0) return forward;
  for (let day = addDays(halfway, -1); compareDates(day, middle) > 0; day = addDays(day, -1)) {
    if (isoWeekday(day) <= 5 && !calendar.dayOff(day)) return { date: day };
  }
  return forward;
}

/** The dates of every session: the first on the chosen weekday a week or more after the kickoff. */
function sessionDates(
  kickoff: LocalDate,
  input: Pick<PlanInput, 'rhythm' | 'months' | 'weekday'>,
  calendar: WorkCalendar,
): PlannedDate[] {
  let nominal = onOrAfterWeekday(addDays(kickoff, 7), WEEKDAYS.indexOf(input.weekday) + 1);
  const count = sessionCount(input.rhythm, input.months);
  const dates: PlannedDate[] = [];
  for (let index = 0; index < count; index++) {
    if (index > 0 && input.rhythm !== 'monthly') {
      const gap = input.rhythm === 'weekly' || (input.rhythm === 'weekly-then-fortnightly' && index < 4) ? 7 : 14;
      nominal = addDays(nominal, gap);
    }
    // Monthly: the same weekday and week of the month as the first session (the first Friday stays
    // the first Friday), so every session falls on the weekday the plan names.
    let wanted = input.rhythm === 'monthly' ? sameWeekdayMonthsLater(nominal, index) : nominal;
    let pausedFrom: LocalDate | undefined;
    if (calendar.inChristmasWeek(wanted)) {
      // The session moves on by whole weeks, keeping its weekday. A weekly or fortnightly series
      // pauses (the sessions after it move with it); a monthly one keeps its other dates.
      pausedFrom = wanted;
      while (calendar.inChristmasWeek(wanted)) wanted = addDays(wanted, 7);
      if (input.rhythm !== 'monthly') nominal = addDays(nominal, daysBetween(pausedFrom, wanted));
    }
    let planned = openDay(wanted, calendar);
    // Off the Christmas week on the same weekday; when that day is a holiday too, the holiday is what
    // the row names, since it is why the weekday changed.
    if (pausedFrom && !planned.moved) {
      planned = { date: planned.date, moved: { date: pausedFrom, reason: { kind: 'christmas-week' } } };
    }
    // Never on or before the session before it, however the holidays fall.
    const previous = dates[index - 1]?.date;
    if (previous && compareDates(planned.date, previous) <= 0) {
      planned = { date: nextOpenDay(addDays(previous, 1), calendar), moved: planned.moved };
    }
    dates.push(planned);
  }
  return dates;
}

/** The sheets of session `number` (1 first): the first session's own, then the list in turn. */
function sessionSheets(format: FormatRhythm, number: number): SheetSlug[] {
  if (number === 1) return [...format.sheets.firstSession];
  const turn = format.sheets.sessions[(number - 2) % Math.max(1, format.sheets.sessions.length)];
  return turn ? [turn] : [];
}

/** The minutes of a meeting: its first sheet with a fixed length, else the format's session length. */
function meetingMinutes(sheets: readonly SheetSlug[], minutes: SheetMinutes, fallback: number): number {
  for (const sheet of sheets) {
    const value = minutes[sheet];
    if (value !== undefined) return value;
  }
  return fallback;
}

/** Lays out the dated plan for a valid input, keeping the chosen region's holidays free. */
export function buildPlan(
  input: PlanInput,
  rhythm: PilotRhythm,
  minutes: SheetMinutes = {},
  holidays?: PilotHolidays,
): PilotPlan {
  const format = rhythm.formats[input.format];
  const fallback = format.sessionMinutes ?? 60;
  const calendar: WorkCalendar = holidays
    ? workCalendar(holidays, input.holidays, input.christmasWeek)
    : { dayOff: () => undefined, inChristmasWeek: () => false };
  const kickoff = openDay(input.start, calendar);
  const dates = sessionDates(kickoff.date, input, calendar);
  const moment = (kind: MomentKind, number: number, planned: PlannedDate, sheets: SheetSlug[], meeting = true) => {
    const result: PlanMoment = { kind, number, date: planned.date, sheets };
    if (meeting) result.minutes = meetingMinutes(sheets, minutes, fallback);
    if (planned.moved) result.moved = planned.moved;
    return result;
  };

  const moments: PlanMoment[] = [
    moment(
      'preparation',
      0,
      openDay(addDays(kickoff.date, -7 * rhythm.preparationWeeks), calendar),
      [...format.sheets.preparation],
      false,
    ),
    moment('kickoff', 0, kickoff, [...format.sheets.kickoff]),
  ];
  // The check-in sits halfway between the middle session and the one after it.
  const middle = Math.ceil(dates.length / 2);
  for (const [index, planned] of dates.entries()) {
    moments.push(moment('session', index + 1, planned, sessionSheets(format, index + 1)));
    if (index + 1 === middle) {
      const next = dates[index + 1]?.date ?? addDays(planned.date, 14);
      const halfway = addDays(planned.date, Math.floor(daysBetween(planned.date, next) / 2));
      moments.push(
        moment('check-in', 0, checkInDay(halfway, planned.date, next, calendar), [...format.sheets.checkIn]),
      );
    }
  }
  const last = dates.at(-1)?.date ?? kickoff.date;
  const closing = openDay(addDays(last, rhythm.closingAfterDays), calendar);
  moments.push(moment('closing', 0, closing, [...format.sheets.closing]));
  moments.push(moment('retake', 0, openDay(addMonths(closing.date, rhythm.retakeAfterMonths), calendar), [], false));
  return { input, moments, sessions: dates.length };
}

/** True when no moment of the plan falls on a day the calendar keeps free (a weekend, a holiday, the closed Christmas week). */
export function onOpenDaysOnly(plan: PilotPlan, holidays: PilotHolidays): boolean {
  const calendar = workCalendar(holidays, plan.input.holidays, plan.input.christmasWeek);
  return plan.moments.every((moment) => isOpenDay(moment.date, calendar));
}

/** Every sheet the plan uses, once each, in the order the plan first needs it. */
export function planSheets(plan: PilotPlan): SheetSlug[] {
  return [...new Set(plan.moments.flatMap((moment) => moment.sheets))];
}

/** True when the plan's kickoff is before today: worth a warning, since a plan is usually made ahead. */
export function kickoffInPast(plan: PilotPlan, today: LocalDate): boolean {
  const kickoff = plan.moments.find((moment) => moment.kind === 'kickoff');
  return kickoff !== undefined && compareDates(kickoff.date, today) < 0;
}
