// The dated pilot plan. From a format's rhythm (content/pilot/rhythm.yaml) and what the user chose,
// it lays out every moment: preparation, kickoff, each session, the check-in halfway, the closing
// evaluation and the day to take the readiness check again, each on a working day and each naming
// the sheets it uses. Pure: the same input always gives the same plan, in any time zone.
import type { FormatRhythm, PilotRhythm } from '../../schemas/pilot-rhythm';
import { addDays, addMonths, daysBetween, isoWeekday, nextWorkingDay, onOrAfterWeekday } from './local-date';
import {
  WEEKDAYS,
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

/** The dates of every session: the first on the chosen weekday a week or more after the kickoff. */
function sessionDates(kickoff: LocalDate, input: Pick<PlanInput, 'rhythm' | 'months' | 'weekday'>): LocalDate[] {
  const first = onOrAfterWeekday(addDays(kickoff, 7), WEEKDAYS.indexOf(input.weekday) + 1);
  const count = sessionCount(input.rhythm, input.months);
  const dates: LocalDate[] = [];
  for (let index = 0; index < count; index++) {
    if (input.rhythm === 'monthly') {
      // Counted from the first session, so 31 January gives 28 February and then 31 March, not 28 March.
      dates.push(nextWorkingDay(addMonths(first, index)));
    } else {
      const previous = dates[index - 1];
      const gap = input.rhythm === 'weekly' || (input.rhythm === 'weekly-then-fortnightly' && index < 4) ? 7 : 14;
      dates.push(previous ? addDays(previous, gap) : first);
    }
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

/** Lays out the dated plan for a valid input. */
export function buildPlan(input: PlanInput, rhythm: PilotRhythm, minutes: SheetMinutes = {}): PilotPlan {
  const format = rhythm.formats[input.format];
  const fallback = format.sessionMinutes ?? 60;
  const kickoff = nextWorkingDay(input.start);
  const dates = sessionDates(kickoff, input);
  const meeting = (kind: MomentKind, number: number, date: LocalDate, sheets: SheetSlug[]): PlanMoment => ({
    kind,
    number,
    date,
    sheets,
    minutes: meetingMinutes(sheets, minutes, fallback),
  });

  const moments: PlanMoment[] = [
    {
      kind: 'preparation',
      number: 0,
      date: addDays(kickoff, -7 * rhythm.preparationWeeks),
      sheets: [...format.sheets.preparation],
    },
    meeting('kickoff', 0, kickoff, [...format.sheets.kickoff]),
  ];
  // The check-in sits halfway between the middle session and the one after it.
  const middle = Math.ceil(dates.length / 2);
  for (const [index, date] of dates.entries()) {
    moments.push(meeting('session', index + 1, date, sessionSheets(format, index + 1)));
    if (index + 1 === middle) {
      const next = dates[index + 1] ?? addDays(date, 14);
      const checkIn = nextWorkingDay(addDays(date, Math.floor(daysBetween(date, next) / 2)));
      moments.push(meeting('check-in', 0, checkIn, [...format.sheets.checkIn]));
    }
  }
  const last = dates.at(-1) ?? kickoff;
  const closing = nextWorkingDay(addDays(last, rhythm.closingAfterDays));
  moments.push(meeting('closing', 0, closing, [...format.sheets.closing]));
  moments.push({
    kind: 'retake',
    number: 0,
    date: nextWorkingDay(addMonths(closing, rhythm.retakeAfterMonths)),
    sheets: [],
  });
  return { input, moments, sessions: dates.length };
}

/** True when no moment of the plan falls on a Saturday or Sunday. */
export function onWorkingDaysOnly(plan: PilotPlan): boolean {
  return plan.moments.every((moment) => isoWeekday(moment.date) <= 5);
}

/** Every sheet the plan uses, once each, in the order the plan first needs it. */
export function planSheets(plan: PilotPlan): SheetSlug[] {
  return [...new Set(plan.moments.flatMap((moment) => moment.sheets))];
}
