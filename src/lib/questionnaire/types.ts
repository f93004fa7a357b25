// The shapes shared by the questionnaire data (content/questionnaire/questionnaire.yaml), its schema
// (src/schemas/questionnaire.ts) and the pure model in this folder. Plain TypeScript only, so the
// browser bundle pays nothing for it; the schema checks that the data fits these types.

/** The two languages every text is written in. */
export type Locale = 'en' | 'nl';

/** A text in both languages side by side. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** The readiness dimensions, in the order the result page shows them. */
export const DIMENSION_IDS = [
  'support',
  'confidentiality',
  'time',
  'goals',
  'openness',
  'structure',
] as const;

/** One readiness dimension, scored 0-100 from its questions. */
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** How a dimension score reads: below `bands.developing` weak, from `bands.strong` strong. */
export type Band = 'weak' | 'developing' | 'strong';

/** The five formats the tool can recommend. */
export const PILOT_FORMATS = [
  'buddy',
  'traditional',
  'reverse-pairs',
  'reverse-groups',
  'foundations',
] as const;

/** A recommended programme format. */
export type PilotFormat = (typeof PILOT_FORMATS)[number];

/** The reverse-mentoring formats from least to most ready; used by the monotonicity property. */
export const READINESS_ORDER = ['foundations', 'reverse-groups', 'reverse-pairs'] as const;

/** The rules of recommend.ts, in the order they are tried; the first that applies wins. */
export const RULE_IDS = [
  'aim-onboarding',
  'aim-career-growth',
  'support-too-weak',
  'confidentiality-weak',
  'time-weak',
  'senior-resistance',
  'ready-for-pairs',
] as const;

/** The id of the rule that chose a recommendation. */
export type RuleId = (typeof RULE_IDS)[number];

/** The rules that compare a dimension score with a threshold from the content file. */
export type ThresholdRuleId = 'support-too-weak' | 'confidentiality-weak' | 'time-weak' | 'senior-resistance';

/** The context questions: they steer the format but are not scored as readiness. Their ids are fixed. */
export const CONTEXT_IDS = ['aim', 'setting', 'seniors'] as const;

/** The id of a context question. */
export type ContextId = (typeof CONTEXT_IDS)[number];

/** The option ids each context question must have, exactly. */
export const CONTEXT_OPTIONS = {
  aim: ['onboarding', 'career-growth', 'digital-ai', 'diversity-inclusion', 'culture-change'],
  setting: ['on-site', 'hybrid', 'remote'],
  seniors: ['1-2', '3-5', '6-12', '13-plus'],
} as const satisfies Record<ContextId, readonly string[]>;

/** The main aim of the programme. */
export type Aim = (typeof CONTEXT_OPTIONS.aim)[number];

/** Where the people in the programme work. */
export type WorkSetting = (typeof CONTEXT_OPTIONS.setting)[number];

/** How many seniors could take part. */
export type SeniorsCount = (typeof CONTEXT_OPTIONS.seniors)[number];

/** The template slugs a recommendation may link to. */
export const TEMPLATE_SLUGS = [
  'kickoff',
  'agreement',
  'first-meeting',
  'monthly-session',
  'group-session',
  'lunch-and-learn',
  'mid-pilot-check-in',
  'closing-evaluation',
  'buddy-checklist',
  'development-plan',
  'attendance-log',
] as const;

/** A template page's slug. */
export type TemplateSlug = (typeof TEMPLATE_SLUGS)[number];

/** A link to a section of a guide; the schema checks it against the known guide anchors. */
export interface GuideLink {
  /** The guide's slug, e.g. 'when-it-works-and-fails'. */
  readonly guide: string;
  /** The section's id inside that guide, e.g. 'protected-time'. */
  readonly section: string;
}

/** A readiness dimension as described in the content file. */
export interface DimensionDefinition {
  readonly id: DimensionId;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  readonly link: GuideLink;
}

/** One answer option of a readiness question. */
export interface ReadinessOption {
  readonly id: string;
  readonly label: LocalizedText;
  /** Whole points, so the paper version can print a scoring key. */
  readonly points: number;
  /** What choosing this answer means for the programme. */
  readonly meaning: LocalizedText;
}

/** How many pairs and groups a pilot starts with, set per answer to the seniors question. */
export interface PilotSize {
  readonly pairs: number;
  readonly groups: number;
}

/** One answer option of a context question. */
export interface ContextOption {
  readonly id: string;
  readonly label: LocalizedText;
  readonly meaning: LocalizedText;
  /** Only on the options of the `seniors` question. */
  readonly pilotSize?: PilotSize;
}

/** A scored question: its options' points add up into its dimension's score. */
export interface ReadinessQuestion {
  readonly id: string;
  readonly kind: 'readiness';
  readonly dimension: DimensionId;
  /** Whole-number weight of this question within its dimension. */
  readonly weight: number;
  readonly prompt: LocalizedText;
  /** A short "why we ask", where it helps. */
  readonly why?: LocalizedText;
  readonly options: readonly ReadinessOption[];
  /** What to do when the answer is not the best one. */
  readonly improve: LocalizedText;
  /** The guide section that explains how to improve. */
  readonly link: GuideLink;
}

/** A question that steers the format without being scored. */
export interface ContextQuestion {
  readonly id: ContextId;
  readonly kind: 'context';
  readonly prompt: LocalizedText;
  readonly why?: LocalizedText;
  readonly options: readonly ContextOption[];
}

/** Any question, one per step. */
export type Question = ReadinessQuestion | ContextQuestion;

/** Score limits of the bands: a score below `developing` is weak, a score from `strong` on is strong. */
// A type alias, not an interface, so it can be passed where a plain record of numbers is expected.
export type BandThresholds = {
  readonly developing: number;
  readonly strong: number;
};

/** A rule's plain-words explanation, with a threshold for the rules that compare a score. */
export interface RuleDefinition {
  /** The score a dimension must reach for this rule not to apply (threshold rules only). */
  readonly below?: number;
  /** May use {score} and {threshold} (threshold rules only). */
  readonly explanation: LocalizedText;
}

/** A concrete next step, optionally linking to a guide section or a template. */
export interface NextStep {
  readonly text: LocalizedText;
  readonly link?: GuideLink;
  readonly template?: TemplateSlug;
}

/** The pilot's shape for one recommendation. */
export interface PilotParameters {
  /** Length of the pilot in whole months (0 for "no pilot yet"). */
  readonly lengthMonths: number;
  readonly rhythm: LocalizedText;
  /** May use {pairs} and {groups}, filled in from the seniors answer. */
  readonly size: LocalizedText;
  /** What to measure during and after the pilot. */
  readonly measure: readonly LocalizedText[];
}

/** One of the five recommendations as described in the content file. */
export interface RecommendationDefinition {
  readonly title: LocalizedText;
  /** The recommendation in one sentence. */
  readonly summary: LocalizedText;
  readonly pilot: PilotParameters;
  readonly nextSteps: readonly NextStep[];
  readonly templates: readonly TemplateSlug[];
  readonly link: GuideLink;
}

/** When a risk shows: a dimension scoring below a threshold, or a question answered with one of some options. */
export type RiskTrigger =
  | { readonly dimension: DimensionId; readonly below: number }
  | { readonly question: string; readonly options: readonly string[] };

/** A risk the answers can trigger. */
export interface RiskDefinition {
  readonly id: string;
  readonly when: RiskTrigger;
  /** Only show this risk for these formats; all formats when absent. */
  readonly formats?: readonly PilotFormat[];
  readonly text: LocalizedText;
  readonly link?: GuideLink;
}

/** The whole validated questionnaire file. */
export interface Questionnaire {
  /** Raised whenever questions or options change, so old share links and saved answers are refused. */
  readonly version: number;
  readonly dimensions: readonly DimensionDefinition[];
  readonly bands: BandThresholds;
  readonly questions: readonly Question[];
  readonly rules: Readonly<Record<RuleId, RuleDefinition>>;
  readonly recommendations: Readonly<Record<PilotFormat, RecommendationDefinition>>;
  readonly risks: readonly RiskDefinition[];
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

/** The recommended format and the rule that chose it. */
export interface RecommendationDecision {
  readonly format: PilotFormat;
  readonly rule: RuleId;
  /** For threshold rules: the dimension compared, its score and the threshold it missed. */
  readonly dimension?: DimensionId;
  readonly score?: number;
  readonly threshold?: number;
}

/** A triggered risk, ready to show. */
export interface TriggeredRisk {
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

/** The pilot parameters with the size filled in from the seniors answer. */
export interface PilotPlan {
  readonly lengthMonths: number;
  readonly rhythm: LocalizedText;
  readonly size: LocalizedText;
  readonly pairs: number;
  readonly groups: number;
  readonly measure: readonly LocalizedText[];
}

/** Everything the result page shows, computed from the answers alone. */
export interface ReadinessAssessment {
  readonly scores: DimensionScores;
  readonly decision: RecommendationDecision;
  readonly recommendation: RecommendationDefinition;
  /** The rule's explanation with {score} and {threshold} filled in. */
  readonly explanation: LocalizedText;
  readonly pilot: PilotPlan;
  readonly risks: readonly TriggeredRisk[];
  readonly nextSteps: readonly NextStep[];
  readonly templates: readonly TemplateSlug[];
  readonly improvements: readonly Improvement[];
}

/** The outcome of decoding untrusted input: a value, or a typed reason it was refused. */
export type DecodeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: DecodeFailure };

/** Why a share code or saved state was refused. */
export type DecodeFailure =
  | 'too-long'
  | 'malformed'
  | 'version'
  | 'tampered'
  | 'unknown-question'
  | 'unknown-answer';

/** Share codes and saved states longer than this are refused unread. */
export const MAX_UNTRUSTED_INPUT_LENGTH = 500;
