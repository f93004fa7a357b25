// The paper questionnaire and its scoring key, derived from the same questionnaire data as the
// interactive check, so the two cannot drift apart. The key tells a workshop group to do by hand
// exactly what src/lib/questionnaire/score.ts and recommend.ts do; test/unit/template-scoring-key.test.ts
// checks that following the key gives the same scores and format for any answers.
import {
  DIMENSION_IDS,
  ladderOf,
  maxPoints,
  type DimensionId,
  type PilotFormat,
  type Programme,
  type Question,
  type Questionnaire,
  type ReadinessQuestion,
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
interface KeyRow {
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
    const questions = numbered.filter(
      (entry): entry is { number: number; question: ReadinessQuestion } =>
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

/** When a line of the decision list applies, as a group checks it on paper. */
type PaperRuleCondition =
  | { kind: 'answer'; number: number; letters: string[] }
  | { kind: 'below'; dimension: DimensionId; threshold: number }
  | { kind: 'count'; threshold: number; atLeast: number }
  | { kind: 'otherwise' };

/** One line of the decision list on paper: the rule, when it applies, what it does and for which programmes. */
export interface PaperRule {
  rule: string;
  condition: PaperRuleCondition;
  /**
   * `decides`: the aim names this programme; `caps`: the format can be no more ambitious than this;
   * `rulesOut`: this format is not possible, so a result there drops one step.
   */
  effect: 'decides' | 'caps' | 'rulesOut';
  format: PilotFormat;
  /** The programmes a `caps` line holds back. */
  programmes: readonly Programme[];
}

/** The decision list in the order it is printed, read from the same rules as the interactive check. */
export function paperRules(questionnaire: Questionnaire): PaperRule[] {
  const numbered = numberQuestions(questionnaire);
  return questionnaire.rules.map((rule) => {
    const effect = rule.decides ? 'decides' : rule.rulesOut ? 'rulesOut' : 'caps';
    const format = (rule.decides ?? rule.caps ?? rule.rulesOut)!;
    const base = { rule: rule.id, effect, format, programmes: rule.appliesTo } as const;
    const when = rule.when;
    if ('otherwise' in when) return { ...base, condition: { kind: 'otherwise' } };
    if ('dimensionsBelow' in when) {
      return { ...base, condition: { kind: 'count', threshold: when.dimensionsBelow, atLeast: when.atLeast } };
    }
    if ('dimension' in when) {
      return { ...base, condition: { kind: 'below', dimension: when.dimension, threshold: when.below } };
    }
    const entry = numbered.find(({ question }) => question.id === when.question)!;
    const letters = entry.question.options.flatMap((option, index) =>
      when.options.includes(option.id) ? [optionLetter(index)] : [],
    );
    return { ...base, condition: { kind: 'answer', number: entry.number, letters } };
  });
}

/** True when a line's condition holds for the ticked letters and the scores worked out by hand. */
function holds(
  condition: PaperRuleCondition,
  ticked: Readonly<Record<number, string>>,
  scores: Readonly<Record<DimensionId, number>>,
): boolean {
  if (condition.kind === 'otherwise') return true;
  if (condition.kind === 'below') return scores[condition.dimension] < condition.threshold;
  if (condition.kind === 'count') {
    return DIMENSION_IDS.filter((id) => scores[id] < condition.threshold).length >= condition.atLeast;
  }
  const letter = ticked[condition.number];
  return letter !== undefined && condition.letters.includes(letter);
}

/**
 * Reads the decision list by hand: a "decides" line that holds (the aim) names the programme, else it
 * is reverse mentoring; the strictest "caps" line for that programme that holds names the format, and
 * with none the programme itself (one-to-one pairs for reverse mentoring). A ticked "not possible"
 * line for the format reached moves it one step down.
 */
export function formatByHand(
  rules: readonly PaperRule[],
  ticked: Readonly<Record<number, string>>,
  scores: Readonly<Record<DimensionId, number>>,
): PilotFormat {
  const last = rules[rules.length - 1];
  if (!last || last.condition.kind !== 'otherwise')
    throw new Error('the decision list has no last line for "otherwise"');
  const decided = rules.find(
    (line) => line.effect === 'decides' && line.condition.kind === 'answer' && holds(line.condition, ticked, scores),
  );
  const programme: Programme =
    decided?.format === 'buddy' || decided?.format === 'traditional' ? decided.format : 'reverse';
  const ladder = ladderOf(programme);
  let level = ladder.length - 1;
  for (const line of rules) {
    if (line.effect !== 'caps' || !line.programmes.includes(programme) || !holds(line.condition, ticked, scores))
      continue;
    level = Math.min(level, Math.max(0, ladder.indexOf(line.format)));
  }
  const ruledOut = rules.some(
    (line) => line.effect === 'rulesOut' && line.format === ladder[level] && holds(line.condition, ticked, scores),
  );
  return ladder[ruledOut ? level - 1 : level]!;
}
