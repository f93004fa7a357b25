// The paper questionnaire and its scoring key, derived from the same questionnaire data as the
// interactive check, so the two cannot drift apart. The key tells a workshop group to do by hand
// exactly what src/lib/questionnaire/score.ts and recommend.ts do; test/unit/template-scoring-key.test.ts
// checks that following the key gives the same scores and format for any answers.
import {
  DIMENSION_IDS,
  RULE_IDS,
  THRESHOLD_RULES,
  maxPoints,
  type Aim,
  type DimensionId,
  type PilotFormat,
  type Question,
  type Questionnaire,
  type ReadinessQuestion,
  type RuleId,
  type ThresholdRuleId,
} from '../questionnaire';

/** The letter printed before an answer option: A for the first, B for the second, and so on. */
export function optionLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > 25) throw new RangeError(`no option letter for index ${index}`);
  return String.fromCharCode(65 + index);
}

/** A question as printed: its number on paper and the question itself. */
export interface PaperQuestion {
  /** 1 for the first question, in the order of the questionnaire file. */
  number: number;
  question: Question;
}

/** Numbers every question from 1, in the order the interactive check asks them. */
export function numberQuestions(questionnaire: Questionnaire): PaperQuestion[] {
  return questionnaire.questions.map((question, index) => ({ number: index + 1, question }));
}

/** One line of the key: a question's number, the points of each lettered answer, and its weight. */
export interface KeyRow {
  number: number;
  questionId: string;
  /** Points per answer letter, in the order the options are printed. */
  points: { letter: string; points: number }[];
  /** The question counts this many times in its dimension. */
  weight: number;
}

/** The key for one dimension: its questions and the table from total points to a 0-100 score. */
export interface DimensionKey {
  dimension: DimensionId;
  rows: KeyRow[];
  /** The highest total a group can reach: the sum of weight times best points. */
  maxTotal: number;
  /** `scores[total]` is the 0-100 score for that total, for every total from 0 to `maxTotal`. */
  scores: number[];
}

/** The score for a total, as the interactive check computes it: total over maximum, times 100, rounded. */
export function scoreForTotal(total: number, maxTotal: number): number {
  return maxTotal === 0 ? 0 : Math.round((100 * total) / maxTotal);
}

/** The scoring key for every dimension, in the order the result page shows them. */
export function scoringKey(questionnaire: Questionnaire): DimensionKey[] {
  const numbered = numberQuestions(questionnaire);
  return DIMENSION_IDS.map((dimension) => {
    const questions = numbered.filter((entry): entry is { number: number; question: ReadinessQuestion } =>
      entry.question.kind === 'readiness' && entry.question.dimension === dimension,
    );
    const rows = questions.map(({ number, question }) => ({
      number,
      questionId: question.id,
      points: question.options.map((option, index) => ({ letter: optionLetter(index), points: option.points })),
      weight: question.weight,
    }));
    const maxTotal = questions.reduce((sum, { question }) => sum + question.weight * maxPoints(question), 0);
    const scores = Array.from({ length: maxTotal + 1 }, (_, total) => scoreForTotal(total, maxTotal));
    return { dimension, rows, maxTotal, scores };
  });
}

/** Follows the key by hand: the letter ticked for each question number (none for a skipped one) gives a score. */
export function scoreByHand(key: DimensionKey, ticked: Readonly<Record<number, string>>): number {
  const total = key.rows.reduce((sum, row) => {
    const answer = row.points.find((option) => option.letter === ticked[row.number]);
    // A skipped question counts zero, as in the interactive check.
    return sum + row.weight * (answer?.points ?? 0);
  }, 0);
  return key.scores[total] ?? 0;
}

/** When a line of the format list applies. */
export type PaperRuleCondition =
  | { kind: 'aim'; aim: Aim }
  | { kind: 'below'; dimension: DimensionId; threshold: number }
  | { kind: 'otherwise' };

/** One line of the format list on paper: the rule, when it applies, and the format it points to. */
export interface PaperRule {
  rule: RuleId;
  condition: PaperRuleCondition;
  format: PilotFormat;
}

// The rules that do not compare a score, as recommend.ts applies them; the tests hold this to it.
const FIXED_RULES: Record<Exclude<RuleId, ThresholdRuleId>, { condition: PaperRuleCondition; format: PilotFormat }> = {
  'aim-onboarding': { condition: { kind: 'aim', aim: 'onboarding' }, format: 'buddy' },
  'aim-career-growth': { condition: { kind: 'aim', aim: 'career-growth' }, format: 'traditional' },
  'ready-for-pairs': { condition: { kind: 'otherwise' }, format: 'reverse-pairs' },
};

/** The format list in the order it is read: go down it and stop at the first line that applies. */
export function paperRules(questionnaire: Questionnaire): PaperRule[] {
  return RULE_IDS.map((rule) => {
    const threshold = THRESHOLD_RULES.find((entry) => entry.rule === rule);
    if (!threshold) return { rule, ...FIXED_RULES[rule as Exclude<RuleId, ThresholdRuleId>] };
    return {
      rule,
      condition: { kind: 'below', dimension: threshold.dimension, threshold: questionnaire.rules[rule].below ?? 0 },
      format: threshold.format,
    };
  });
}

/** Reads the format list by hand: the first line whose condition holds names the format. */
export function formatByHand(rules: readonly PaperRule[], aim: string | undefined, scores: Readonly<Record<DimensionId, number>>): PilotFormat {
  for (const { condition, format } of rules) {
    if (condition.kind === 'otherwise') return format;
    if (condition.kind === 'aim' && condition.aim === aim) return format;
    if (condition.kind === 'below' && scores[condition.dimension] < condition.threshold) return format;
  }
  throw new Error('the format list has no line for "otherwise"');
}
