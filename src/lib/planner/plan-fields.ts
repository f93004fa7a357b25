// The planner's fields as the user typed them, and the one check that turns them into a plan
// input. The form and the plan link both go through validatePlanFields, so a tampered link gets
// exactly the messages a mistyped form gets, next to the field, with the typed text kept.
import type { PilotRhythm } from '../../schemas/pilot-rhythm';
import { isRealDate, parseTime } from './local-date';
import type { PlanInput } from './plan';
import {
  HOLIDAY_REGIONS,
  PLANNED_FORMATS,
  RHYTHMS,
  WEEKDAYS,
  type HolidayChoice,
  type PlannedFormat,
  type Rhythm,
  type Weekday,
} from './types';

/** The holiday choices the form offers: each region, or none. */
export const HOLIDAY_CHOICES = [...HOLIDAY_REGIONS, 'none'] as const satisfies readonly HolidayChoice[];

/** The planner's fields, as text exactly as typed or read from a link. */
export interface PlanFields {
  format: string;
  units: string;
  months: string;
  rhythm: string;
  weekday: string;
  day: string;
  month: string;
  year: string;
  /** 'HH:MM', or empty for all-day entries. */
  time: string;
  /** A holiday region, or 'none'. */
  holidays: string;
  /** 'closed' when the week between Christmas and New Year is closed, else empty. */
  christmasWeek: string;
}

/** The name of a planner field. */
export type PlanField = keyof PlanFields;

/** Why a field's value was refused; the page words each reason in the user's language. */
type FieldProblem =
  | 'missing'
  | 'unknown-format'
  | 'not-a-whole-number'
  | 'too-few'
  | 'too-many'
  | 'length-not-offered'
  | 'rhythm-not-offered'
  | 'not-a-weekday'
  | 'impossible-date'
  | 'year-out-of-range'
  | 'not-a-time'
  | 'unknown-holidays'
  | 'unknown-christmas-week';

/** A refused field and the reason; for a date, field is 'day', 'month' or 'year' (the first to fix). */
export interface FieldError {
  field: PlanField;
  problem: FieldProblem;
  /** For 'too-many', the most the format allows. */
  limit?: number;
}

/** The outcome of checking the fields: a plan input, or every problem found. */
export type FieldsResult = { ok: true; input: PlanInput } | { ok: false; errors: FieldError[] };

/** The earliest and latest year the planner accepts. */
export const YEARS = { min: 2000, max: 2100 } as const;

const isOneOf = <Value extends string>(list: readonly Value[], value: string): value is Value =>
  (list as readonly string[]).includes(value);

const wholeNumber = (text: string): number | undefined =>
  /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : undefined;

/** The fields a format starts with: its own length and rhythm, Tuesday, no date yet, and the page's holidays. */
export function defaultFields(
  format: PlannedFormat,
  rhythm: PilotRhythm,
  units = 3,
  holidays: HolidayChoice = 'none',
): PlanFields {
  const own = rhythm.formats[format];
  return {
    format,
    units: String(Math.min(units, own.maxUnits)),
    months: String(own.lengthMonths),
    rhythm: own.rhythm,
    weekday: 'tue',
    day: '',
    month: '',
    year: '',
    time: '',
    holidays,
    christmasWeek: '',
  };
}

/** Checks every field; returns the plan input, or each field's problem in the order of the form. */
export function validatePlanFields(fields: PlanFields, rhythm: PilotRhythm): FieldsResult {
  const errors: FieldError[] = [];
  const format = fields.format.trim();
  if (!isOneOf(PLANNED_FORMATS, format)) {
    // Size, length and rhythm depend on the format; the day, date and time can still be checked.
    errors.push({ field: 'format', problem: format === '' ? 'missing' : 'unknown-format' });
    errors.push(...formatFreeErrors(fields));
    return { ok: false, errors };
  }
  const own = rhythm.formats[format];

  const units = wholeNumber(fields.units);
  if (fields.units.trim() === '') errors.push({ field: 'units', problem: 'missing' });
  else if (units === undefined) errors.push({ field: 'units', problem: 'not-a-whole-number' });
  else if (units < 1) errors.push({ field: 'units', problem: 'too-few' });
  else if (units > own.maxUnits) errors.push({ field: 'units', problem: 'too-many', limit: own.maxUnits });

  const months = wholeNumber(fields.months);
  if (months === undefined || !own.lengths.includes(months))
    errors.push({ field: 'months', problem: 'length-not-offered' });

  const sessionRhythm = fields.rhythm.trim();
  const rhythmOk = isOneOf(RHYTHMS, sessionRhythm) && own.rhythms.includes(sessionRhythm);
  if (!rhythmOk) errors.push({ field: 'rhythm', problem: 'rhythm-not-offered' });

  errors.push(...formatFreeErrors(fields));
  if (errors.length > 0) return { ok: false, errors };
  const weekday = fields.weekday.trim();
  const time = fields.time.trim() === '' ? undefined : parseTime(fields.time);
  const input: PlanInput = {
    format,
    units: units as number,
    months: months as number,
    rhythm: sessionRhythm as Rhythm,
    weekday: weekday as Weekday,
    start: { year: Number(fields.year), month: Number(fields.month), day: Number(fields.day) },
    holidays: fields.holidays.trim() as HolidayChoice,
    christmasWeek: fields.christmasWeek.trim() === 'closed',
  };
  if (time) input.time = time;
  return { ok: true, input };
}

/** The problems of the fields every format shares: weekday, start date, time and holidays. */
function formatFreeErrors(fields: PlanFields): FieldError[] {
  const errors: FieldError[] = [];
  if (!isOneOf(WEEKDAYS, fields.weekday.trim())) errors.push({ field: 'weekday', problem: 'not-a-weekday' });
  const dateError = checkDate(fields);
  if (dateError) errors.push(dateError);
  if (fields.time.trim() !== '' && !parseTime(fields.time)) errors.push({ field: 'time', problem: 'not-a-time' });
  if (!isOneOf(HOLIDAY_CHOICES, fields.holidays.trim()))
    errors.push({ field: 'holidays', problem: 'unknown-holidays' });
  if (!['', 'closed'].includes(fields.christmasWeek.trim()))
    errors.push({ field: 'christmasWeek', problem: 'unknown-christmas-week' });
  return errors;
}

/** The start date's problem, on the first of its three fields that needs fixing. */
function checkDate(fields: PlanFields): FieldError | undefined {
  const parts = (['day', 'month', 'year'] as const).map((field) => ({ field, text: fields[field].trim() }));
  const empty = parts.find(({ text }) => text === '');
  if (empty) return { field: empty.field, problem: 'missing' };
  const notNumber = parts.find(({ text }) => wholeNumber(text) === undefined);
  if (notNumber) return { field: notNumber.field, problem: 'impossible-date' };
  const [day, month, year] = parts.map(({ text }) => Number(text)) as [number, number, number];
  if (year < YEARS.min || year > YEARS.max) return { field: 'year', problem: 'year-out-of-range' };
  if (month < 1 || month > 12) return { field: 'month', problem: 'impossible-date' };
  if (!isRealDate(year, month, day)) return { field: 'day', problem: 'impossible-date' };
  return undefined;
}
