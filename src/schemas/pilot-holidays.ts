import { z } from 'astro/zod';

import { HOLIDAY_REGIONS } from './planner-ids';

const bothLanguages = z.strictObject({ en: z.string().min(1), nl: z.string().min(1) });
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "must be 'MM-DD'");

/** What a holiday on a Saturday or Sunday becomes: lost, the next free weekday, or the Saturday before a Sunday. */
const weekendRule = z.enum(['next-free-weekday', 'saturday-if-sunday']);

const common = {
  /** A short id, the same in every year. */
  id: z.string().regex(/^[a-z-]+$/),
  /** The day's name in both languages. */
  name: bothLanguages,
  /** What happens when it falls on a weekend; absent: the day is lost. */
  weekend: weekendRule.optional(),
};

/** One public holiday: a fixed date, a day counted from Easter, or the nth weekday of a month. */
const holidayRuleSchema = z.union([
  z.strictObject({ ...common, date: monthDay }),
  z.strictObject({ ...common, easter: z.number().int().min(-60).max(70) }),
  z.strictObject({
    ...common,
    weekday: z.enum(['mon', 'tue', 'wed', 'thu', 'fri']),
    month: z.number().int().min(1).max(12),
    /** 1 for the first, -1 for the last. */
    nth: z.union([z.literal(-1), z.number().int().min(1).max(4)]),
  }),
]);

/** A region's holidays. */
const regionSchema = z.strictObject({
  /** The region's name in both languages, as the form lists it. */
  name: bothLanguages,
  days: z.array(holidayRuleSchema).min(1),
  /** One-off holidays, e.g. a coronation. */
  once: z
    .array(z.strictObject({ date: z.iso.date(), id: z.string().regex(/^[a-z0-9-]+$/), name: bothLanguages }))
    .optional(),
});

/** The holidays file, content/pilot/holidays.yaml. */
export const pilotHolidaysSchema = z.strictObject({
  regions: z.strictObject(
    Object.fromEntries(HOLIDAY_REGIONS.map((region) => [region, regionSchema])) as Record<
      (typeof HOLIDAY_REGIONS)[number],
      typeof regionSchema
    >,
  ),
  /** The days a closed Christmas week spans, both included. */
  christmasWeek: z.strictObject({ from: monthDay, to: monthDay }),
});

/** The holidays file as the site reads it. */
export type PilotHolidays = z.output<typeof pilotHolidaysSchema>;

/** One holiday rule. */
export type HolidayRule = z.output<typeof holidayRuleSchema>;
