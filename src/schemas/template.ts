import { z } from 'astro/zod';

/** When in a programme a sheet is used, in the order the templates index shows them. */
export const TEMPLATE_MOMENTS = ['before', 'during', 'after'] as const;

/** The moment in a programme a sheet belongs to. */
export type TemplateMoment = (typeof TEMPLATE_MOMENTS)[number];

/** The programme types a sheet is written for; 'all' sheets suit every type. */
export const TEMPLATE_PROGRAMMES = ['reverse', 'buddy', 'traditional', 'all'] as const;

/** The programme type a sheet is written for. */
export type TemplateProgramme = (typeof TEMPLATE_PROGRAMMES)[number];

/** One step of a session's agenda; the page adds the clock times. */
const agendaStepSchema = z.object({
  /** How long the step takes, in whole minutes. */
  minutes: z.number().int().min(1).max(120),
  /** The step's name, a few words. */
  title: z.string().min(2).max(60),
  /** What happens in the step, one short sentence that fits on one printed line. */
  detail: z.string().min(5).max(72).optional(),
});

/** One step of a session's agenda. */
export type AgendaStep = z.infer<typeof agendaStepSchema>;

const oneLine = (max: number) =>
  z
    .string()
    .min(3)
    .max(max)
    .refine((text) => !text.includes('\n'), 'must fit on one line');

/** The frontmatter every session template must have, in both languages. */
export const templateSchema = z
  .object({
    /** The sheet's name, printed as its heading and in the footer of every printed page. */
    title: oneLine(60),
    /** What the session is for, one line; shown on the index and at the top of the sheet. */
    purpose: oneLine(160),
    /** Before, during or after the pilot. */
    moment: z.enum(TEMPLATE_MOMENTS),
    /** The programme type the sheet is written for; 'all' suits reverse, buddy and traditional. */
    programme: z.enum(TEMPLATE_PROGRAMMES),
    /** Position on the index and in the pilot kit, 1 first; unique within a language. */
    order: z.number().int().min(1),
    /** Session length in minutes (must equal the agenda's total), or a span in words such as "First four weeks". */
    duration: z.union([z.number().int().min(5).max(480), oneLine(40)]),
    /** Who takes part, in a few words. */
    participants: oneLine(120),
    /** What to do before the session: one to four short items, printed as check boxes. */
    preparation: z.array(oneLine(140)).min(1).max(4),
    /** The session's steps in order; leave out for sheets that are not a single session. */
    agenda: z.array(agendaStepSchema).min(2).max(8).optional(),
    /** True when the sheet belongs in the printed pilot kit. */
    inKit: z.boolean(),
    /** How many A4 pages the sheet prints on; the browser tests hold it to this. */
    pages: z.union([z.literal(1), z.literal(2)]),
  })
  .superRefine((data, context) => {
    if (!data.agenda) return;
    const total = data.agenda.reduce((sum, step) => sum + step.minutes, 0);
    if (typeof data.duration !== 'number') {
      context.addIssue({
        code: 'custom',
        path: ['duration'],
        message: 'a sheet with an agenda needs a duration in minutes',
      });
    } else if (total !== data.duration) {
      context.addIssue({
        code: 'custom',
        path: ['agenda'],
        message: `the steps add up to ${total} minutes but duration says ${data.duration}`,
      });
    }
  });

/** A session template's validated frontmatter. */
export type TemplateFrontmatter = z.infer<typeof templateSchema>;
