// The shapes shared by the questionnaire data (content/questionnaire/questionnaire.yaml), its schema
// (src/schemas/questionnaire.ts) and the pure model in this folder. The data's types come from the
// zod schema (`z.output`), so they cannot drift from what the build checks; the imports are
// type-only, so the browser bundle pays nothing for them. The fixed id lists come from
// src/schemas/questionnaire-ids.ts, which the schema reads too.
import type { z } from 'astro/zod';
import type * as schema from '../../schemas/questionnaire';
import type { Lang } from '../language';
import type { TemplateProgramme } from '../../schemas/template';
import type {
  CONTEXT_IDS,
  DIMENSION_IDS,
  PILOT_FORMATS,
  PROGRAMMES,
  TEMPLATE_SLUGS,
} from '../../schemas/questionnaire-ids';

export {
  CONTEXT_IDS,
  CONTEXT_OPTIONS,
  DIMENSION_IDS,
  PILOT_FORMATS,
  READINESS_ORDER,
  TEMPLATE_SLUGS,
} from '../../schemas/questionnaire-ids';

/** A text in both languages side by side. */
export type LocalizedText = Readonly<Record<Lang, string>>;

/** One readiness dimension, scored 0-100 from its questions. */
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** How a dimension score reads: below `bands.developing` weak, from `bands.strong` strong. */
export type Band = 'weak' | 'developing' | 'strong';

/** A recommended programme format. */
export type PilotFormat = (typeof PILOT_FORMATS)[number];

/** A kind of programme: what the aim asks for. */
export type Programme = (typeof PROGRAMMES)[number];

/** The id of a context question. */
export type ContextId = (typeof CONTEXT_IDS)[number];

/** A template page's slug. */
export type TemplateSlug = (typeof TEMPLATE_SLUGS)[number];

/** A link to a section of a guide; the schema checks it against the known guide anchors. */
export type GuideLink = z.output<typeof schema.guideLinkSchema>;

/** One answer option of a readiness question. */
export type ReadinessOption = z.output<typeof schema.readinessOptionSchema>;

/** How many pairs and groups a pilot starts with, set per answer to the seniors question. */
export type PilotSize = z.output<typeof schema.pilotSizeSchema>;

/** One answer option of a context question. */
export type ContextOption = z.output<typeof schema.contextOptionSchema>;

/** A scored question: its options' points add up into its dimension's score. */
export type ReadinessQuestion = z.output<typeof schema.readinessQuestionSchema>;

/** A question that steers the format without being scored. */
export type ContextQuestion = z.output<typeof schema.contextQuestionSchema>;

/** Any question, one per step. */
export type Question = ReadinessQuestion | ContextQuestion;

/** Score limits of the bands: a score below `developing` is weak, a score from `strong` on is strong. */
export type BandThresholds = z.output<typeof schema.bandsSchema>;

/** One line of the decision list: when it applies, and the format it decides or caps. */
export type Rule = z.output<typeof schema.ruleSchema>;

/** When a rule, a risk or a next step applies: an answer, a score below a line, or several scores below one. */
export type Condition = z.output<typeof schema.conditionSchema>;

/** A concrete next step, optionally linking to a guide section or a template. */
export type NextStep = z.output<typeof schema.nextStepSchema>;

/** One of the five recommendations as described in the content file. */
type RecommendationDefinition = z.output<typeof schema.recommendationSchema>;

/** The whole validated questionnaire file. */
export type QuestionnaireFile = z.output<typeof schema.questionnaireSchema>;

/**
 * The questionnaire as the model reads it: the file, and the programme each template sheet is written
 * for, which the loader reads from the sheets' own frontmatter (content/templates/en/), so a result
 * offers a sheet only to the programme it suits.
 */
export interface Questionnaire extends QuestionnaireFile {
  readonly sheetProgrammes: Readonly<Record<TemplateSlug, TemplateProgramme>>;
}

/** The user's answers: question id to option id; a missing key is an unanswered question. */
export type Answers = Readonly<Record<string, string>>;

/** How one answer moved its dimension's score. */
export type AnswerEffect = 'raised' | 'neutral' | 'lowered';

/** One answer's share in a dimension score. */
export interface AnswerContribution {
  readonly questionId: string;
  /** Undefined when the question is unanswered; it then counts as zero points. */
  readonly optionId: string | undefined;
  readonly points: number;
  readonly maxPoints: number;
  readonly weight: number;
  /** Above half the question's maximum raised the score, below half lowered it. */
  readonly effect: AnswerEffect;
}

/** A dimension's score with the answers that made it. */
export interface DimensionScore {
  readonly dimension: DimensionId;
  /** 0-100, rounded to a whole number. */
  readonly score: number;
  readonly band: Band;
  readonly contributions: readonly AnswerContribution[];
}

/** Every dimension's score. */
export type DimensionScores = Readonly<Record<DimensionId, DimensionScore>>;

/** A rule of the decision list that applies to these answers, with what made it apply. */
export type RuleFinding =
  | {
      readonly rule: Rule;
      readonly kind: 'answer';
      /** The question answered, and the answer that applied the rule (a knock-out). */
      readonly questionId: string;
      readonly optionId: string;
    }
  | {
      readonly rule: Rule;
      readonly kind: 'dimension';
      /** The dimension compared, its score and the line it must reach. */
      readonly dimension: DimensionId;
      readonly score: number;
      readonly threshold: number;
    }
  | {
      readonly rule: Rule;
      readonly kind: 'count';
      /** The dimensions scoring below the line, in the result's order; at least `atLeast` of them. */
      readonly dimensions: readonly DimensionId[];
      readonly threshold: number;
      readonly atLeast: number;
    }
  | { readonly rule: Rule; readonly kind: 'decides' };

/** One answer to change: from what it is (undefined when unanswered) to a better option. */
export interface AnswerChange {
  readonly questionId: string;
  readonly from: string | undefined;
  readonly to: string;
}

/** The fewest answer changes (then the smallest steps) that would give a more ambitious format. */
export interface AdviceChange {
  /** The format these changes give. */
  readonly format: PilotFormat;
  /** The changes, in questionnaire order; all of them are needed, and no smaller set would do. */
  readonly answers: readonly AnswerChange[];
}

/** The recommended format, the rule that decided it, and every reason behind it. */
export interface RecommendationDecision {
  readonly format: PilotFormat;
  /** The programme the aim asks for; the format is that programme or a step below it. */
  readonly programme: Programme;
  /** The id of the deciding rule: an aim rule, the first rule holding the result at its format, or "otherwise". */
  readonly rule: string;
  /** Every rule that holds the result back and applies, in the order of the decision list, milder ones included. */
  readonly reasons: readonly RuleFinding[];
  /** The reasons that hold the result at this very format: every one must go before it can move up. */
  readonly holding: readonly RuleFinding[];
}

/** A triggered risk, ready to show. */
interface TriggeredRisk {
  readonly id: string;
  readonly text: LocalizedText;
  readonly link?: GuideLink;
}

/** An answer that is not the best one, with what to improve. */
export interface Improvement {
  readonly questionId: string;
  readonly optionId: string | undefined;
  readonly dimension: DimensionId;
  /** Weighted points missed: the biggest gaps come first. */
  readonly gap: number;
  readonly text: LocalizedText;
  readonly link: GuideLink;
}

/** The pilot parameters with the size filled in from the seniors and juniors answers. */
export interface PilotPlan {
  readonly lengthMonths: number;
  readonly rhythm: LocalizedText;
  readonly size: LocalizedText;
  readonly pairs: number;
  readonly groups: number;
  /** True when the size was cut back because some condition is not yet strong. */
  readonly reduced: boolean;
  readonly measure: readonly LocalizedText[];
}

/** Everything the result page shows, computed from the answers alone. */
export interface ReadinessAssessment {
  readonly scores: DimensionScores;
  readonly decision: RecommendationDecision;
  /** The recommendation, its summary filled in for these answers. */
  readonly recommendation: RecommendationDefinition;
  /** Why: the deciding rule's explanation, or for pairs whether every condition is strong. */
  readonly explanation: LocalizedText;
  /** What would change the advice: the next format up and, if different, the one the aim points to. */
  readonly changes: readonly AdviceChange[];
  readonly pilot: PilotPlan;
  readonly risks: readonly TriggeredRisk[];
  readonly nextSteps: readonly NextStep[];
  readonly templates: readonly TemplateSlug[];
  readonly improvements: readonly Improvement[];
}

/** The outcome of decoding untrusted input: a value, or a typed reason it was refused. */
export type DecodeResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: DecodeFailure };

/** Why a share code or saved state was refused. */
export type DecodeFailure = 'too-long' | 'malformed' | 'version' | 'tampered' | 'unknown-question' | 'unknown-answer';

/** Share codes and saved states longer than this are refused unread. */
export const MAX_UNTRUSTED_INPUT_LENGTH = 1000;
