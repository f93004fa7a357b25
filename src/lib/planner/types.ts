// The words the planner, the pilot rhythm file and the kits share. Pure constants and types, so
// the browser island, the pages and the tests all read the same lists.
import { HOLIDAY_REGIONS, PLANNED_FORMATS, RHYTHMS } from '../../schemas/planner-ids';
import type { TemplateSlug } from '../questionnaire/types';

/** A format with a pilot to plan. */
export type PlannedFormat = (typeof PLANNED_FORMATS)[number];

/** A session rhythm. */
export type Rhythm = (typeof RHYTHMS)[number];

/** The working days a session can fall on, Monday first; ISO numbers 1-5. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** A working day, as written in a plan link. */
export type Weekday = (typeof WEEKDAYS)[number];

/** The kind of a moment in the plan, in the order they happen. */
export type MomentKind = 'preparation' | 'kickoff' | 'session' | 'check-in' | 'closing' | 'retake';

/** A printable sheet a plan can name: a template page's slug. */
export type SheetSlug = TemplateSlug;

/** A date on the calendar, without a time or a time zone: what a facilitator means by "3 March". */
export interface LocalDate {
  year: number;
  /** 1-12. */
  month: number;
  /** 1-31. */
  day: number;
}

/** A time of day on the local clock. */
export interface LocalTime {
  hour: number;
  minute: number;
}

/** The regions whose public holidays the planner knows (one plain list, read by the holidays file's schema too). */
export { HOLIDAY_REGIONS, PLANNED_FORMATS, RHYTHMS };
export type { PilotHolidays } from '../../schemas/pilot-holidays';
export type { PilotRhythm } from '../../schemas/pilot-rhythm';

/** A region whose public holidays the planner keeps sessions off. */
export type HolidayRegion = (typeof HOLIDAY_REGIONS)[number];

/** The holidays a plan keeps off: a region's, or none. */
export type HolidayChoice = HolidayRegion | 'none';
