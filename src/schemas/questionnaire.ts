// The schema of content/questionnaire/questionnaire.yaml, built from small pieces: the shape of each
// part and the wording of its problems. What spans the file (unique ids, cross-references, the rules'
// order, guide links, placeholders) is checked in src/data/questionnaire-checks.ts. Used at build time
// only: the browser imports just the types in src/lib/questionnaire/types.ts, which come from these pieces.

import { z } from 'astro/zod';
import { CAP_FORMATS, CONTEXT_IDS, DIMENSION_IDS, PILOT_FORMATS, TEMPLATE_SLUGS } from './questionnaire-ids';
import { quoted } from './issues';

/** The highest questionnaire version a share code can carry in its one version character. */
const MAX_QUESTIONNAIRE_VERSION = 35;

const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: (iss) => `must be a whole number from ${min} to ${max}, got ${quoted(iss.input)}` })
    .int({ error: (iss) => `must be a whole number from ${min} to ${max}, got ${quoted(iss.input)}` })
    .min(min, { error: (iss) => `must be a whole number from ${min} to ${max}, got ${quoted(iss.input)}` })
    .max(max, { error: (iss) => `must be a whole number from ${min} to ${max}, got ${quoted(iss.input)}` });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: (iss) => `unknown ${what} ${quoted(iss.input)}; expected one of ${values.join(', ')}` });

/** A non-empty line of text. */
const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

/** A text in both languages, side by side. */
const localizedTextSchema = z.strictObject({
  /** The English text. */
  en: text,
  /** The Dutch text, plain language in the je-form. */
  nl: text,
});

/** A lowercase id made of letters, digits and dashes, e.g. `reporting-line` or `1-2`. */
const idSchema = z
  .string({ error: 'must be text' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and dashes, e.g. "protected-time"' });

/** A link to a section of a guide; checked against the known guide anchors. */
export const guideLinkSchema = z.strictObject({
  /** The guide's slug, e.g. `when-it-works-and-fails`. */
  guide: idSchema,
  /** The section id inside that guide, e.g. `protected-time`. */
  section: idSchema,
});

/** One readiness dimension. */
const dimensionSchema = z.strictObject({
  /** One of the dimensions the model scores. */
  id: oneOf(DIMENSION_IDS, 'dimension'),
  /** A short name, shown next to the score. */
  label: localizedTextSchema,
  /** One sentence on what the dimension covers. */
  description: localizedTextSchema,
  /** The guide section that explains it. */
  link: guideLinkSchema,
});

/** Score limits of the three bands. */
export const bandsSchema = z.strictObject({
  /** From this score on a dimension is developing instead of weak. */
  developing: wholeNumber(1, 100),
  /** From this score on a dimension is strong. */
  strong: wholeNumber(1, 100),
});

/** An answer option of a readiness question. */
export const readinessOptionSchema = z.strictObject({
  /** Unique within its question. */
  id: idSchema,
  /** The answer as the user reads it. */
  label: localizedTextSchema,
  /** Whole points this answer earns, printed in the paper scoring key. */
  points: wholeNumber(0, 10),
  /** What choosing this answer means, shown with the result. */
  meaning: localizedTextSchema,
});

/** How big a pilot starts for one answer to the seniors question. */
export const pilotSizeSchema = z.strictObject({
  /** Pairs to start with. */
  pairs: wholeNumber(1, 50),
  /** Groups to start with. */
  groups: wholeNumber(1, 20),
});

/** An answer option of a context question. */
export const contextOptionSchema = z.strictObject({
  /** One of the fixed ids of its context question. */
  id: idSchema,
  /** The answer as the user reads it. */
  label: localizedTextSchema,
  /** What choosing this answer means, shown with the result. */
  meaning: localizedTextSchema,
  /** Only on options of the `seniors` question. */
  pilotSize: pilotSizeSchema.optional(),
});

/** A question whose answer counts towards a dimension's score. */
export const readinessQuestionSchema = z.strictObject({
  /** Unique across the questionnaire; used in saved answers. */
  id: idSchema,
  /** Scored question. */
  kind: z.literal('readiness'),
  /** The dimension this question counts towards. */
  dimension: oneOf(DIMENSION_IDS, 'dimension'),
  /** Whole-number weight within its dimension. */
  weight: wholeNumber(1, 10),
  /** The question as the user reads it. */
  prompt: localizedTextSchema,
  /** A short "why we ask". */
  why: localizedTextSchema.optional(),
  /** Two to 35 answers (a share code stores each answer in one base-36 character). */
  options: z
    .array(readinessOptionSchema)
    .min(2, { error: 'needs at least 2 options' })
    .max(35, { error: 'may have at most 35 options' }),
  /** What to do when the answer is not the best one. */
  improve: localizedTextSchema,
  /** The guide section that explains how to improve. */
  link: guideLinkSchema,
});

/** A question that steers the format without being scored. */
export const contextQuestionSchema = z.strictObject({
  /** One of the fixed context questions. */
  id: oneOf(CONTEXT_IDS, 'context question'),
  /** Steers the format, not scored. */
  kind: z.literal('context'),
  /** The question as the user reads it. */
  prompt: localizedTextSchema,
  /** A short "why we ask". */
  why: localizedTextSchema.optional(),
  /** Exactly the option ids the model knows for this context question. */
  options: z
    .array(contextOptionSchema)
    .min(2, { error: 'needs at least 2 options' })
    .max(35, { error: 'may have at most 35 options' }),
});

/** Any question, told apart by `kind`. */
const questionSchema = z.discriminatedUnion('kind', [readinessQuestionSchema, contextQuestionSchema], {
  error: 'kind must be "readiness" or "context"',
});

/**
 * When a rule or a risk applies: a question answered with one of some options (for a rule, a
 * knock-out). src/lib/questionnaire/conditions.ts evaluates it for both.
 */
export const answerConditionSchema = z.strictObject({
  /** The question's id. */
  question: idSchema,
  /** The option ids that apply it on their own. */
  options: z.array(idSchema).min(1, { error: 'needs at least 1 option id' }),
});

/** When a rule or a risk applies: a dimension scoring below a line (from `lowest` up to 100). */
const dimensionCondition = (lowest: 0 | 1) =>
  z.strictObject({
    /** The dimension whose score is compared. */
    dimension: oneOf(DIMENSION_IDS, 'dimension'),
    /** It applies while the score is below this. */
    below: wholeNumber(lowest, 100),
  });

/** The dimension condition of a rule: a line of 0 would never apply. */
const dimensionConditionSchema = dimensionCondition(1);

/** The last rule: it applies when no rule before it decided the format. */
const otherwiseConditionSchema = z.strictObject({
  /** Always `true`. */
  otherwise: z.literal(true, { error: 'must be true' }),
});

/** One line of the decision list that recommend.ts reads from top to bottom. */
export const ruleSchema = z.strictObject({
  /** Unique among rules; names the rule on the method page. */
  id: idSchema,
  /** When the rule applies. */
  when: z.union([answerConditionSchema, dimensionConditionSchema, otherwiseConditionSchema], {
    error: 'must be { question, options }, { dimension, below } or { otherwise: true }',
  }),
  /** The format this rule chooses outright (aim rules and the last rule). */
  decides: oneOf(PILOT_FORMATS, 'format').optional(),
  /** The most ambitious reverse-mentoring format allowed while this rule applies. */
  caps: oneOf(CAP_FORMATS, 'format to cap at').optional(),
  /** Why the answers lead here, in plain words, shown on the result. */
  explanation: localizedTextSchema,
  /** The practitioner's reasoning behind the rule, printed on the method page. */
  why: localizedTextSchema,
  /** The reference articles the reasoning comes from: ids in content/sources.yaml. */
  sources: z.array(idSchema).min(1, { error: 'needs at least 1 source id' }),
});

/** A concrete next step. */
export const nextStepSchema = z.strictObject({
  /** What to do. */
  text: localizedTextSchema,
  /** A guide section that helps. */
  link: guideLinkSchema.optional(),
  /** A template that helps. */
  template: oneOf(TEMPLATE_SLUGS, 'template').optional(),
  /** `true` links the step to the result's list of answers to improve. */
  toImprovements: z.literal(true, { error: 'must be true, or left out' }).optional(),
});

/** The shape of the pilot. */
const pilotSchema = z.strictObject({
  /** Whole months; 0 for "no pilot yet". */
  lengthMonths: wholeNumber(0, 24),
  /** How often people meet. */
  rhythm: localizedTextSchema,
  /** How many pairs or groups; may use {pairs} and {groups}. */
  size: localizedTextSchema,
  /** What to measure. */
  measure: z.array(localizedTextSchema).min(1, { error: 'needs at least 1 thing to measure' }),
});

/** One recommendation. */
export const recommendationSchema = z.strictObject({
  /** A short heading. */
  title: localizedTextSchema,
  /** The recommendation in one sentence. */
  summary: localizedTextSchema,
  /** Pilot parameters. */
  pilot: pilotSchema,
  /** Concrete next steps, in order. */
  nextSteps: z.array(nextStepSchema).min(1, { error: 'needs at least 1 next step' }),
  /** Templates that fit this format. */
  templates: z.array(oneOf(TEMPLATE_SLUGS, 'template')),
  /** The guide section that explains the format. */
  link: guideLinkSchema,
});

/** The dimension condition of a risk. */
export const dimensionTriggerSchema = dimensionCondition(0);

/** A risk the answers can trigger. */
export const riskSchema = z.strictObject({
  /** Unique among risks. */
  id: idSchema,
  /** The condition, in data. */
  when: z.union([dimensionTriggerSchema, answerConditionSchema], {
    error: 'must be { dimension, below } or { question, options }',
  }),
  /** Only for these formats; all formats when left out. */
  formats: z.array(oneOf(PILOT_FORMATS, 'format')).min(1).optional(),
  /** The risk in plain words. */
  text: localizedTextSchema,
  /** The guide section that explains it. */
  link: guideLinkSchema.optional(),
});

/** The whole questionnaire file. */
export const questionnaireSchema = z.strictObject({
  /** Raised when questions or options change; one base-36 character in share codes. */
  version: wholeNumber(1, MAX_QUESTIONNAIRE_VERSION),
  /** Score limits of the bands. */
  bands: bandsSchema,
  /** Every readiness dimension, once each. */
  dimensions: z.array(dimensionSchema),
  /** The questions, one per step, in order. */
  questions: z.array(questionSchema).min(1, { error: 'needs at least 1 question' }),
  /** The decision list, in the order it is read. */
  rules: z.array(ruleSchema).min(1, { error: 'needs at least 1 rule' }),
  /** Every recommendation, by format. */
  recommendations: z.record(oneOf(PILOT_FORMATS, 'format'), recommendationSchema),
  /** Risks the answers can trigger. */
  risks: z.array(riskSchema),
});
