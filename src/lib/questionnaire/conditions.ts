// When a rule of the decision list or a risk applies: the one evaluator of the conditions in
// content/questionnaire/questionnaire.yaml (src/schemas/questionnaire.ts defines their shape).

import type { z } from 'astro/zod';
import type { answerConditionSchema, dimensionTriggerSchema } from '../../schemas/questionnaire';
import type { Answers, DimensionId } from './types';

/** A question answered with one of some options. */
type AnswerCondition = z.output<typeof answerConditionSchema>;

/** A dimension scoring below a line. */
type DimensionCondition = z.output<typeof dimensionTriggerSchema>;

/** The option chosen that makes an answer condition hold, or undefined when it does not hold. */
export function matchingOption(when: AnswerCondition, answers: Answers): string | undefined {
  const optionId = Object.hasOwn(answers, when.question) ? answers[when.question] : undefined;
  return optionId !== undefined && when.options.includes(optionId) ? optionId : undefined;
}

/** True when an answer or dimension condition holds for these answers and scores. */
export function conditionHolds(
  when: AnswerCondition | DimensionCondition,
  answers: Answers,
  scores: Readonly<Record<DimensionId, number>>,
): boolean {
  return 'dimension' in when ? scores[when.dimension] < when.below : matchingOption(when, answers) !== undefined;
}
