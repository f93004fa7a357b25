// The questions grouped the way the result explains them: first what the organisation told us about
// itself, then one group per condition, and last who answered (the role, which labels a result in a
// team comparison and says nothing about the organisation). Used by "Check your answers" and the
// result's answer list, so a long list reads as short ones.

import type { ContextId, DimensionId, Question, Questionnaire } from '../questionnaire/types';

/** The context questions about the person answering rather than the organisation. */
const ABOUT_RESPONDENT: readonly ContextId[] = ['role'];

/**
 * One group: the condition it belongs to, or for context questions whether they are about the
 * organisation or the person answering; and its questions with their step index.
 */
export interface QuestionGroup {
  readonly dimension: DimensionId | undefined;
  readonly about?: 'organisation' | 'respondent';
  readonly questions: readonly { readonly question: Question; readonly index: number }[];
}

/** The organisation's context first, then one group per dimension in the result's order, then the respondent; empty groups are left out. */
export function groupQuestions(questionnaire: Questionnaire): QuestionGroup[] {
  const indexed = questionnaire.questions.map((question, index) => ({ question, index }));
  const context = (respondent: boolean) =>
    indexed.filter(
      ({ question }) =>
        question.kind === 'context' && (ABOUT_RESPONDENT as readonly string[]).includes(question.id) === respondent,
    );
  const byDimension = questionnaire.dimensions.map(({ id }) => ({
    dimension: id,
    questions: indexed.filter(({ question }) => question.kind === 'readiness' && question.dimension === id),
  }));
  return [
    { dimension: undefined, about: 'organisation' as const, questions: context(false) },
    ...byDimension,
    { dimension: undefined, about: 'respondent' as const, questions: context(true) },
  ].filter((group) => group.questions.length > 0);
}
