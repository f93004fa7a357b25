import { loadPilotHolidays } from '../../../src/data/load-pilot-holidays';
import { loadPilotRhythm } from '../../../src/data/load-pilot-rhythm';
import type { PlanInput } from '../../../src/lib/planner/plan';

/** The real pilot rhythm file, as the site reads it. */
export const rhythm = loadPilotRhythm();

/** The real holiday rules. */
export const holidays = loadPilotHolidays();

/** Sheet lengths as the templates give them, so plans here match the site's. */
export const minutes = {
  'kickoff': 90,
  'agreement': 30,
  'first-meeting': 60,
  'monthly-session': 60,
  'group-session': 60,
  'lunch-and-learn': 45,
  'mid-pilot-check-in': 30,
  'closing-evaluation': 90,
  'development-plan': 60,
} as const;

/** A plan input with the format's own length and rhythm, 3 units, on Tuesdays from the given date. */
export function inputFor(
  format: PlanInput['format'],
  start: PlanInput['start'],
  extra: Partial<PlanInput> = {},
): PlanInput {
  const own = rhythm.formats[format];
  return {
    format,
    units: 3,
    months: own.lengthMonths,
    rhythm: own.rhythm,
    weekday: 'tue',
    start,
    holidays: 'none',
    christmasWeek: false,
    ...extra,
  };
}
