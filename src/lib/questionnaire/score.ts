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
  const score = possible === 0 ? 0 : Math.round((100 * earned) / possible);
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
