// The questions grouped the way the result explains them: first what the organisation told us about
// itself, then one group per condition. Used by "Check your answers" and the result's answer list,
// so a long list reads as six short ones.

import type { DimensionId, Question, Questionnaire } from '../questionnaire/types';

/** One group: the condition it belongs to (none for the context questions) and its questions with their step index. */
export interface QuestionGroup {
  readonly dimension: DimensionId | undefined;
  readonly questions: readonly { readonly question: Question; readonly index: number }[];
}

/** The context questions first, then one group per dimension in the result's order; empty groups are left out. */
export function groupQuestions(questionnaire: Questionnaire): QuestionGroup[] {
  const indexed = questionnaire.questions.map((question, index) => ({ question, index }));
  const context: QuestionGroup = {
    dimension: undefined,
    questions: indexed.filter(({ question }) => question.kind === 'context'),
  };
  const byDimension = questionnaire.dimensions.map(({ id }) => ({
    dimension: id,
    questions: indexed.filter(({ question }) => question.kind === 'readiness' && question.dimension === id),
  }));
  return [context, ...byDimension].filter((group) => group.questions.length > 0);
}
