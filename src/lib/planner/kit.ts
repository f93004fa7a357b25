// What a format's printed kit holds: the sheets its plan uses, in plan order, and how many copies
// of each to print: some once for the whole pilot, some once for every pair or group.
import type { PilotRhythm } from '../../schemas/pilot-rhythm';
import { buildPlan, planSheets, type PilotPlan, type PlanInput, type PlanMoment } from './plan';
import type { PlannedFormat, SheetSlug } from './types';

/** One row of a kit's copies table. */
export interface KitCopiesRow {
  sheet: SheetSlug;
  /** Copies for the whole pilot. */
  once: number;
  /** Copies for each pair or group. */
  perUnit: number;
}

/** The plan input a kit is printed for when no plan was made: the format's own length and rhythm, one unit. */
function standardInput(format: PlannedFormat, rhythm: PilotRhythm): PlanInput {
  const own = rhythm.formats[format];
  // The dates do not change which sheets a plan uses or how often.
  return {
    format,
    units: 1,
    months: own.lengthMonths,
    rhythm: own.rhythm,
    weekday: 'tue',
    start: { year: 2027, month: 3, day: 2 },
    holidays: 'none',
    christmasWeek: false,
  };
}

/** The copies table of a format's kit, in plan order, for its own length and rhythm or for a given plan input. */
export function kitCopies(
  format: PlannedFormat,
  rhythm: PilotRhythm,
  input: PlanInput = standardInput(format, rhythm),
): KitCopiesRow[] {
  const plan = buildPlan({ ...input, units: 1 }, rhythm);
  const uses = new Map<SheetSlug, number>();
  for (const moment of plan.moments) for (const sheet of moment.sheets) uses.set(sheet, (uses.get(sheet) ?? 0) + 1);
  return planSheets(plan).map((sheet) => {
    const count = uses.get(sheet) ?? 0;
    return rhythm.copies[sheet] === 'per-unit'
      ? { sheet, once: 0, perUnit: count }
      : { sheet, once: count, perUnit: 0 };
  });
}

/** The copies to print for a number of pairs or groups. */
export function copiesFor(row: KitCopiesRow, units: number): number {
  return row.once + row.perUnit * units;
}

/** The pages of a kit's sheets, in order: the copies page is page 1, each sheet starts a new page. */
export function kitPageRanges(pages: readonly number[]): { first: number; last: number }[] {
  let next = 2;
  return pages.map((count) => {
    const range = { first: next, last: next + Math.max(1, count) - 1 };
    next = range.last + 1;
    return range;
  });
}

/** A range of pages in words: '3' or '3-4' (with an en dash). */
export function pageRangeText({ first, last }: { first: number; last: number }): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/** The dated moments of a plan that use each sheet, in plan order: what a kit's sheets print from a plan link. */
export function sheetMoments(plan: PilotPlan): Map<SheetSlug, PlanMoment[]> {
  const bySheet = new Map<SheetSlug, PlanMoment[]>();
  for (const moment of plan.moments)
    for (const sheet of moment.sheets) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), moment]);
  return bySheet;
}
