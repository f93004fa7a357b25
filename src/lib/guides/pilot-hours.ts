// The time a reverse mentoring pilot asks of people, for the business case. It lays out the same plan
// the planner dates (buildPlan on content/pilot/rhythm.yaml: the format's length, rhythm and sheets)
// and adds up the minutes on the session templates, so a change to the rhythm file changes these
// figures too. It counts meetings only: preparation between sessions, planning and matching, and the
// sponsor's time at the kickoff and closing are left out, so every figure is meeting time at least.
import { buildPlan, type SheetMinutes } from '../planner/plan';
import type { PilotRhythm } from '../../schemas/pilot-rhythm';

/** The pilot formats whose hours the business case shows. */
export type ReversePilotFormat = 'reverse-pairs' | 'reverse-groups';

/** The hours a pilot costs, rounded to the half hour. */
interface PilotHours {
  /** The pilot's length in months, from the rhythm file. */
  months: number;
  /** Sessions of each pair or group, from the plan. */
  sessions: number;
  /** Each participant: junior and senior alike, since both sit in every meeting. */
  perParticipant: number;
  /** The programme owner: the kickoff and closing once, the check-in with each pair or group. */
  owner: number;
  /** Everybody together for `units` pairs; undefined for groups, whose size varies. */
  total?: number;
}

// The number of meetings does not depend on the start date or the weekday, so any will do.
const ANY_START = { year: 2027, month: 1, day: 4 };

const toHours = (minutes: number): number => Math.round((minutes / 60) * 2) / 2;

/** Computes a pilot's hours from its plan, the templates' minutes and the number of pairs or groups. */
export function pilotHours(
  format: ReversePilotFormat,
  rhythm: PilotRhythm,
  minutes: SheetMinutes,
  units: number,
): PilotHours {
  const own = rhythm.formats[format];
  const plan = buildPlan(
    {
      format,
      units,
      months: own.lengthMonths,
      rhythm: own.rhythm,
      weekday: 'mon',
      start: ANY_START,
      // Hours do not depend on the calendar: no holidays, no closed Christmas week.
      holidays: 'none',
      christmasWeek: false,
    },
    rhythm,
    minutes,
  );
  let participant = 0;
  let owner = 0;
  for (const moment of plan.moments) {
    // Moments without minutes are tasks (preparation, the retake), not meetings.
    if (moment.minutes === undefined) continue;
    // Each sheet is a meeting of its own length: at the kickoff, each pair signs its agreement after.
    participant += moment.sheets.reduce((sum, sheet) => {
      const length = minutes[sheet];
      if (length === undefined) throw new Error(`pilot hours: the template "${sheet}" has no duration in minutes`);
      return sum + length;
    }, 0);
    // The owner runs the kickoff and the closing, and holds the check-in with each pair or group.
    if (moment.kind === 'kickoff' || moment.kind === 'closing') owner += moment.minutes;
    if (moment.kind === 'check-in') owner += moment.minutes * units;
  }
  const result: PilotHours = {
    months: own.lengthMonths,
    sessions: plan.sessions,
    perParticipant: toHours(participant),
    owner: toHours(owner),
  };
  if (own.unit === 'pair') result.total = toHours(participant * 2 * units + owner);
  return result;
}
