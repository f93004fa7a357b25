import { z } from 'astro/zod';
import { TEMPLATE_SLUGS } from './questionnaire-ids';
import { PLANNED_FORMATS, RHYTHMS } from './planner-ids';

const sheet = z.enum(TEMPLATE_SLUGS);
const sheets = z.array(sheet).max(3);
const months = z.number().int().min(1).max(24);

/** The sheets each moment of a format's plan uses, in the order they are handed out. */
const momentSheetsSchema = z.strictObject({
  /** Before the kickoff: choosing and matching pairs, briefing both sides. */
  preparation: sheets,
  /** The kickoff meeting. */
  kickoff: sheets,
  /** The first session of each pair or group. */
  firstSession: sheets,
  /** Every later session takes the next sheet of this list in turn; empty when they need none. */
  sessions: sheets,
  /** The mid-pilot check-in. */
  checkIn: sheets,
  /** The closing evaluation. */
  closing: sheets,
});

/** One format's pilot: how long, how often, how big, and its sheets. */
const formatRhythmSchema = z
  .strictObject({
    /** What the pilot is counted in. */
    unit: z.enum(['pair', 'group']),
    /** The most pairs or groups the planner accepts. */
    maxUnits: z.number().int().min(1).max(50),
    /** The pilot's recommended length in months; the questionnaire must say the same. */
    lengthMonths: months,
    /** The lengths the planner offers, shortest first; lengthMonths among them. */
    lengths: z.array(months).min(1),
    /** The recommended session rhythm. */
    rhythm: z.enum(RHYTHMS),
    /** The rhythms the planner offers; rhythm among them. */
    rhythms: z.array(z.enum(RHYTHMS)).min(1),
    /** Session length for sessions whose sheet gives no length in minutes. */
    sessionMinutes: z.number().int().min(10).max(240).optional(),
    /** The sheets of each moment. */
    sheets: momentSheetsSchema,
  })
  .superRefine((format, context) => {
    if (!format.lengths.includes(format.lengthMonths)) {
      context.addIssue({
        code: 'custom',
        path: ['lengthMonths'],
        message: `${format.lengthMonths} is not one of lengths`,
      });
    }
    if (format.lengths.some((length, index) => index > 0 && length <= (format.lengths[index - 1] ?? 0))) {
      context.addIssue({ code: 'custom', path: ['lengths'], message: 'must go from short to long without repeats' });
    }
    if (!format.rhythms.includes(format.rhythm)) {
      context.addIssue({ code: 'custom', path: ['rhythm'], message: `"${format.rhythm}" is not one of rhythms` });
    }
  });

/** The whole pilot rhythm file, content/pilot/rhythm.yaml. */
export const pilotRhythmSchema = z
  .strictObject({
    /** Days within which a moved session takes place, for every format. */
    rescheduleWithinDays: z.number().int().min(1).max(31),
    /** A full programme's length after the pilot, in months. */
    programmeMonths: z.strictObject({ min: months, max: months }),
    /** Weeks of preparation before the kickoff. */
    preparationWeeks: z.number().int().min(1).max(12),
    /** Days from the last session to the closing evaluation. */
    closingAfterDays: z.number().int().min(1).max(60),
    /** Months after the closing evaluation to take the readiness check again. */
    retakeAfterMonths: z.number().int().min(1).max(12),
    /** Each planned format's pilot. */
    formats: z.strictObject(
      Object.fromEntries(PLANNED_FORMATS.map((format) => [format, formatRhythmSchema])) as Record<
        (typeof PLANNED_FORMATS)[number],
        typeof formatRhythmSchema
      >,
    ),
    /** The sheets of the foundations kit, for organisations advised to build the foundations first, in order. */
    foundationsKit: z.array(sheet).min(1).max(6),
    /** Copies one use of a sheet needs: one for the pilot, or one per pair or group. */
    copies: z.partialRecord(sheet, z.enum(['once', 'per-unit'])),
  })
  .superRefine((file, context) => {
    if (file.programmeMonths.min > file.programmeMonths.max) {
      context.addIssue({ code: 'custom', path: ['programmeMonths'], message: 'min is more than max' });
    }
    for (const [format, rhythm] of Object.entries(file.formats)) {
      for (const [moment, slugs] of Object.entries(rhythm.sheets)) {
        for (const [index, slug] of slugs.entries()) {
          if (!file.copies[slug]) {
            context.addIssue({
              code: 'custom',
              path: ['formats', format, 'sheets', moment, index],
              message: `"${slug}" has no entry under copies`,
            });
          }
        }
      }
    }
  });

/** The validated pilot rhythm file. */
export type PilotRhythm = z.output<typeof pilotRhythmSchema>;

/** One format's validated pilot rhythm. */
export type FormatRhythm = z.output<typeof formatRhythmSchema>;
