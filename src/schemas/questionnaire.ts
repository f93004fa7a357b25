// The schema of content/questionnaire/questionnaire.yaml, built from small pieces: the shape of each
// part and the wording of its problems. What spans the file (unique ids, cross-references, the rules'
// order, guide links, placeholders) is checked in src/data/questionnaire-checks.ts. Used at build time
// only: the browser imports just the types in src/lib/questionnaire/types.ts, which come from these pieces.

import { z } from 'astro/zod';
import {
  CAP_FORMATS,
  CONTEXT_IDS,
  DIMENSION_IDS,
  PILOT_FORMATS,
  PROGRAMMES,
  TEMPLATE_SLUGS,
} from './questionnaire-ids';
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
  /** Only on options of the `seniors` and `juniors` questions: the pilot is the smaller of the two. */
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
  /** `true` when the question is about reverse mentoring only: it is never offered as an improvement for a buddy system or traditional mentoring. */
  reverseOnly: z.literal(true, { error: 'must be true, or left out' }).optional(),
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

/** Applies when a question is answered with one of some options (for a rule: a knock-out). */
const answerConditionSchema = z.strictObject({
  /** The question's id. */
  question: idSchema,
  /** The option ids that make the condition hold on their own. */
  options: z.array(idSchema).min(1, { error: 'needs at least 1 option id' }),
});

/** Applies when a dimension scores below a line. */
const dimensionConditionSchema = z.strictObject({
  /** The dimension whose score is compared. */
  dimension: oneOf(DIMENSION_IDS, 'dimension'),
  /** The line the score must reach for the condition not to hold. */
  below: wholeNumber(0, 100),
});

/** Applies when several dimensions score below one line: middling answers that add up. */
const countConditionSchema = z.strictObject({
  /** The line each dimension is compared with. */
  dimensionsBelow: wholeNumber(1, 100),
  /** How many dimensions must be below it for the condition to hold. */
  atLeast: wholeNumber(2, DIMENSION_IDS.length),
});

/** One condition, the same shape wherever the file uses one: rules, risks and next steps. */
export const conditionSchema = z.union([answerConditionSchema, dimensionConditionSchema, countConditionSchema], {
  error: 'must be { question, options }, { dimension, below } or { dimensionsBelow, atLeast }',
});

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
  when: z.union([answerConditionSchema, dimensionConditionSchema, countConditionSchema, otherwiseConditionSchema], {
    error: 'must be { question, options }, { dimension, below }, { dimensionsBelow, atLeast } or { otherwise: true }',
  }),
  /** The format this rule chooses outright (aim rules and the last rule). */
  decides: oneOf(PILOT_FORMATS, 'format').optional(),
  /** The most ambitious format allowed while this rule applies: foundations, or small groups for reverse mentoring. */
  caps: oneOf(CAP_FORMATS, 'format to cap at').optional(),
  /** A format that cannot be advised while this rule applies: the result drops one step below it. */
  rulesOut: oneOf(['reverse-groups'], 'format to rule out').optional(),
  /** The programmes whose advice this rule holds back; reverse mentoring only when left out. */
  appliesTo: z.array(oneOf(PROGRAMMES, 'programme')).min(1).default(['reverse']),
  /** Why the answers lead here, in plain words, shown on the result. */
  explanation: localizedTextSchema,
  /** A few words for the guides' list of when to wait, e.g. "nobody at the top backs it yet"; needed on every rule that caps at foundations. */
  short: localizedTextSchema.optional(),
  /** Only on the last rule: shown instead of `explanation` when pairs are advised but not every condition is strong; {conditions} lists those. */
  notYetStrong: localizedTextSchema.optional(),
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
  /** Shown only when every one of these conditions holds, so a step never asks for what is already in place. */
  when: z.array(conditionSchema).min(1).optional(),
});

/** The shape of the pilot. */
const pilotSchema = z.strictObject({
  /**
   * Whole months, only where content/pilot/rhythm.yaml plans no pilot: 0 for "no pilot yet". The
   * planned formats' lengths live once, in that file; the loader fills them in.
   */
  lengthMonths: wholeNumber(0, 24).optional(),
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

/** A risk the answers can trigger. */
const riskSchema = z.strictObject({
  /** Unique among risks. */
  id: idSchema,
  /** The condition, in data. */
  when: conditionSchema,
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
  /**
   * The question ids of earlier versions, in their order, so that share links and saved answers made
   * with them still open: their answers are kept and only the questions added since are asked.
   */
  earlierVersions: z
    .record(z.string().regex(/^[0-9]+$/, { error: 'must be a version number' }), z.array(idSchema))
    .default({}),
  /** The most pairs and groups a pilot starts with while some condition is not yet strong. */
  reducedPilot: pilotSizeSchema,
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
