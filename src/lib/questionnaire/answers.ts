import type { Answers, ContextId, ContextOption, Question, Questionnaire, ReadinessOption } from './types';

/** The option a question was answered with, or undefined when unanswered or unknown. */
export function chosenOption(question: Question, answers: Answers): ReadinessOption | ContextOption | undefined {
  if (!Object.hasOwn(answers, question.id)) return undefined;
  const optionId = answers[question.id];
  return question.options.find((option) => option.id === optionId);
}

/** True when the option id is one of the question's options. */
export function isKnownOption(question: Question, optionId: string): boolean {
  return question.options.some((option) => option.id === optionId);
}

/** True when every question has a known answer. */
export function isComplete(questionnaire: Questionnaire, answers: Answers): boolean {
  return firstUnansweredIndex(questionnaire, answers) === -1;
}

/**
 * True when every question of this version, or of an earlier version still read (`earlierVersions`),
 * has a known answer: a share link made before questions were added still shows its result.
 */
export function isCompleteForSomeVersion(questionnaire: Questionnaire, answers: Answers): boolean {
  if (isComplete(questionnaire, answers)) return true;
  return Object.values(questionnaire.earlierVersions).some((ids) =>
    ids.every((id) => {
      const question = questionnaire.questions.find((q) => q.id === id);
      return question !== undefined && chosenOption(question, answers) !== undefined;
    }),
  );
}

/** The index of the first question without a known answer, or -1 when all are answered. */
export function firstUnansweredIndex(questionnaire: Questionnaire, answers: Answers): number {
  return questionnaire.questions.findIndex((question) => chosenOption(question, answers) === undefined);
}

/** The first question without a known answer, or undefined when all are answered. */
export function firstUnanswered(questionnaire: Questionnaire, answers: Answers): Question | undefined {
  return questionnaire.questions[firstUnansweredIndex(questionnaire, answers)];
}

/** How many questions have a known answer. */
export function answeredCount(questionnaire: Questionnaire, answers: Answers): number {
  return questionnaire.questions.filter((question) => chosenOption(question, answers) !== undefined).length;
}

/** A copy of the answers with one question answered; the original is left untouched. */
export function withAnswer(answers: Answers, questionId: string, optionId: string): Answers {
  return { ...answers, [questionId]: optionId };
}

/** The option id chosen for a context question, or undefined when unanswered. */
export function contextAnswer(questionnaire: Questionnaire, answers: Answers, context: ContextId): string | undefined {
  const question = questionnaire.questions.find((q) => q.kind === 'context' && q.id === context);
  return question ? chosenOption(question, answers)?.id : undefined;
}
