// When a rule of the decision list, a risk or a next step applies: the one evaluator of the conditions
// in content/questionnaire/questionnaire.yaml (src/schemas/questionnaire.ts defines their one shape).

import { DIMENSION_IDS, type Answers, type Condition, type DimensionId } from './types';

/** The option chosen that makes an answer condition hold, or undefined when it does not hold. */
export function matchingOption(
  when: { question: string; options: readonly string[] },
  answers: Answers,
): string | undefined {
  const optionId = Object.hasOwn(answers, when.question) ? answers[when.question] : undefined;
  return optionId !== undefined && when.options.includes(optionId) ? optionId : undefined;
}

/** The dimensions scoring below a line, in the result's order. */
export function dimensionsBelow(line: number, scores: Readonly<Record<DimensionId, number>>): DimensionId[] {
  return DIMENSION_IDS.filter((id) => scores[id] < line);
}

/** True when the condition holds for these answers and scores: an answer, a score below a line, or enough scores below one. */
export function conditionHolds(
  when: Condition,
  answers: Answers,
  scores: Readonly<Record<DimensionId, number>>,
): boolean {
  if ('dimensionsBelow' in when) return dimensionsBelow(when.dimensionsBelow, scores).length >= when.atLeast;
  if ('dimension' in when) return scores[when.dimension] < when.below;
  return matchingOption(when, answers) !== undefined;
}
