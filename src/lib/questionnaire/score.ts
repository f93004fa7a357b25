import { chosenOption } from './answers';
import {
  DIMENSION_IDS,
  type AnswerContribution,
  type AnswerEffect,
  type Answers,
  type Band,
  type BandThresholds,
  type DimensionId,
  type DimensionScore,
  type DimensionScores,
  type Questionnaire,
  type ReadinessQuestion,
} from './types';

/** The highest points any option of the question gives. */
export function maxPoints(question: ReadinessQuestion): number {
  return Math.max(0, ...question.options.map((option) => option.points));
}

/** The band a score falls in: below `developing` weak, from `strong` on strong. */
export function bandFor(score: number, bands: BandThresholds): Band {
  if (score < bands.developing) return 'weak';
  if (score < bands.strong) return 'developing';
  return 'strong';
}

/** How an answer moved its score: above half the maximum raised it, below half lowered it. */
export function effectOf(points: number, max: number): AnswerEffect {
  if (points * 2 > max) return 'raised';
  if (points * 2 < max) return 'lowered';
  return 'neutral';
}

/** The readiness questions that count towards one dimension. */
export function questionsOf(questionnaire: Questionnaire, dimension: DimensionId): ReadinessQuestion[] {
  return questionnaire.questions.filter(
    (q): q is ReadinessQuestion => q.kind === 'readiness' && q.dimension === dimension,
  );
}

/** A dimension's score: weighted points earned over the weighted maximum, times 100, rounded. */
function percentOf(earned: number, possible: number): number {
  return possible === 0 ? 0 : Math.round((100 * earned) / possible);
}

/** Each scored question's dimension, weight and points per option, worked out once per questionnaire. */
const scoringTables = new WeakMap<
  Questionnaire,
  {
    questions: { id: string; dimension: DimensionId; weight: number; points: Map<string, number> }[];
    possible: Record<DimensionId, number>;
  }
>();

/**
 * The six scores as plain numbers, computed without the per-answer detail: the same formula as
 * scoreDimensions, for the search that tries many answer sets (change.ts).
 */
export function quickScores(questionnaire: Questionnaire, answers: Answers): Record<DimensionId, number> {
  let table = scoringTables.get(questionnaire);
  if (!table) {
    const possible = Object.fromEntries(DIMENSION_IDS.map((id) => [id, 0])) as Record<DimensionId, number>;
    const questions = questionnaire.questions.flatMap((q) => {
      if (q.kind !== 'readiness') return [];
      possible[q.dimension] += q.weight * maxPoints(q);
      return [
        { id: q.id, dimension: q.dimension, weight: q.weight, points: new Map(q.options.map((o) => [o.id, o.points])) },
      ];
    });
    table = { questions, possible };
    scoringTables.set(questionnaire, table);
  }
  const earned = Object.fromEntries(DIMENSION_IDS.map((id) => [id, 0])) as Record<DimensionId, number>;
  for (const q of table.questions) {
    const optionId = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    earned[q.dimension] += q.weight * (optionId === undefined ? 0 : (q.points.get(optionId) ?? 0));
  }
  const scores = {} as Record<DimensionId, number>;
  for (const id of DIMENSION_IDS) scores[id] = percentOf(earned[id], table.possible[id]);
  return scores;
}

/** Scores one dimension 0-100: weighted points of its answers over the weighted maximum, rounded. */
export function scoreDimension(questionnaire: Questionnaire, answers: Answers, dimension: DimensionId): DimensionScore {
  let earned = 0;
  let possible = 0;
  const contributions: AnswerContribution[] = [];
  for (const question of questionsOf(questionnaire, dimension)) {
    const option = chosenOption(question, answers);
    // An unanswered question counts as zero points, so a partial answer set never looks readier than it is.
    const points = option && 'points' in option ? option.points : 0;
    const max = maxPoints(question);
    earned += question.weight * points;
    possible += question.weight * max;
    contributions.push({
      questionId: question.id,
      optionId: option?.id,
      points,
      maxPoints: max,
      weight: question.weight,
      effect: effectOf(points, max),
    });
  }
  const score = percentOf(earned, possible);
  return { dimension, score, band: bandFor(score, questionnaire.bands), contributions };
}

/** Scores every readiness dimension from the answers. */
export function scoreDimensions(questionnaire: Questionnaire, answers: Answers): DimensionScores {
  const entries = DIMENSION_IDS.map((id) => [id, scoreDimension(questionnaire, answers, id)] as const);
  return Object.fromEntries(entries) as Record<DimensionId, DimensionScore>;
}

/** Each dimension's score as a plain number. */
export function scoreNumbers(scores: DimensionScores): Record<DimensionId, number> {
  const entries = DIMENSION_IDS.map((id) => [id, scores[id].score] as const);
  return Object.fromEntries(entries) as Record<DimensionId, number>;
}
