// Where a team disagrees: the agenda for the conversation. A condition's spread is the distance
// between its highest and lowest score. A question's spread is the same distance in the points of
// its condition's score, `100 × weight × (most points − fewest points) / the condition's weighted
// maximum`, so a question and a condition read on one scale. Everyone agreeing gives 0; the widest
// spread comes first, and equal spreads keep the questionnaire's order.

import { chosenOption } from '../questionnaire/answers';
import { maxPoints, questionsOf, scoreDimensions } from '../questionnaire/score';
import type { Answers, DimensionId, Questionnaire } from '../questionnaire/types';

/** The question that says who a person is; different answers to it are no disagreement. */
export const ROLE_QUESTION_ID = 'role';

/** One condition's scores across the people, and how far apart they are. */
export interface ConditionSpread {
  readonly dimension: DimensionId;
  /** Each person's score, in the order of the results. */
  readonly scores: readonly number[];
  /** Highest minus lowest score: 0 when everyone agrees. */
  readonly spread: number;
}

/** One readiness question's answers across the people, and how far apart they are. */
export interface QuestionSpread {
  readonly questionId: string;
  readonly dimension: DimensionId;
  /** Each person's option id (undefined when unanswered), in the order of the results. */
  readonly optionIds: readonly (string | undefined)[];
  /** The gap between the most and fewest points given, in points of the condition's score; 0 when all agree. */
  readonly spread: number;
}

/** A context question the people answered differently. */
export interface ContextDifference {
  readonly questionId: string;
  /** Each person's option id (undefined when unanswered), in the order of the results. */
  readonly optionIds: readonly (string | undefined)[];
}

/** Sorts widest spread first; the sort is stable, so equal spreads keep their order. */
function widestFirst<T extends { readonly spread: number }>(items: T[]): T[] {
  return items.sort((a, b) => b.spread - a.spread);
}

/** Every condition's scores across the results, widest spread first. */
export function conditionSpreads(questionnaire: Questionnaire, answerSets: readonly Answers[]): ConditionSpread[] {
  const scored = answerSets.map((answers) => scoreDimensions(questionnaire, answers));
  return widestFirst(
    questionnaire.dimensions.map(({ id }) => {
      const scores = scored.map((scores) => scores[id].score);
      const spread = scores.length === 0 ? 0 : Math.max(...scores) - Math.min(...scores);
      return { dimension: id, scores, spread };
    }),
  );
}

/** Every readiness question's answers across the results, widest spread first. */
export function questionSpreads(questionnaire: Questionnaire, answerSets: readonly Answers[]): QuestionSpread[] {
  const spreads: QuestionSpread[] = [];
  for (const { id: dimension } of questionnaire.dimensions) {
    const questions = questionsOf(questionnaire, dimension);
    const possible = questions.reduce((sum, question) => sum + question.weight * maxPoints(question), 0);
    for (const question of questions) {
      const options = answerSets.map((answers) => chosenOption(question, answers));
      const points = options.map((option) => (option && 'points' in option ? option.points : 0));
      const gap = points.length === 0 ? 0 : Math.max(...points) - Math.min(...points);
      spreads.push({
        questionId: question.id,
        dimension,
        optionIds: options.map((option) => option?.id),
        spread: possible === 0 ? 0 : (100 * question.weight * gap) / possible,
      });
    }
  }
  // Back into questionnaire order before sorting, so equal spreads read in the order they were asked.
  const order = new Map(questionnaire.questions.map((question, index) => [question.id, index]));
  spreads.sort((a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0));
  return widestFirst(spreads);
}

/** The context questions (not the role) that the results answer differently, in questionnaire order. */
export function contextDifferences(questionnaire: Questionnaire, answerSets: readonly Answers[]): ContextDifference[] {
  return questionnaire.questions
    .filter((question) => question.kind === 'context' && String(question.id) !== ROLE_QUESTION_ID)
    .map((question) => ({
      questionId: question.id,
      optionIds: answerSets.map((answers) => chosenOption(question, answers)?.id),
    }))
    .filter(({ optionIds }) => new Set(optionIds).size > 1);
}
