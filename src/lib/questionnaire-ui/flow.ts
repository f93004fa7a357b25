// Which screen the questionnaire shows, and how the user moves between screens. Pure: the store
// (src/stores/questionnaire.ts) calls these and keeps the result.
//
//   start -> question 0 -> ... -> question n-1 -> review -> result
//
// A screen can only be shown when the answers allow it: a question only once every question
// before it is answered, the review and the result only when all are answered.

import { firstUnansweredIndex } from '../questionnaire/answers';
import type { Answers, Questionnaire } from '../questionnaire/types';

/** One screen of the questionnaire. */
export type Screen =
  | { readonly name: 'start' }
  | { readonly name: 'question'; readonly index: number }
  | { readonly name: 'review' }
  | { readonly name: 'result' };

/** A screen as a short string, kept in the browser history so Back and reload return to it. */
export type ScreenKey = 'start' | 'review' | 'result' | `question-${number}`;

/** The screen's history key. */
export function screenKey(screen: Screen): ScreenKey {
  return screen.name === 'question' ? `question-${screen.index}` : screen.name;
}

/** The furthest screen these answers allow: the first unanswered question, or the review. */
export function furthestScreen(questionnaire: Questionnaire, answers: Answers): Screen {
  const index = firstUnansweredIndex(questionnaire, answers);
  return index === -1 ? { name: 'review' } : { name: 'question', index };
}

/** The screen itself when the answers allow it, otherwise the furthest screen they do allow. */
export function allowedScreen(questionnaire: Questionnaire, answers: Answers, screen: Screen): Screen {
  if (screen.name === 'start') return screen;
  const furthest = furthestScreen(questionnaire, answers);
  if (screen.name === 'question') {
    const count = questionnaire.questions.length;
    const inRange = Number.isInteger(screen.index) && screen.index >= 0 && screen.index < count;
    const reachable = furthest.name === 'review' || (furthest.name === 'question' && screen.index <= furthest.index);
    return inRange && reachable ? screen : furthest;
  }
  return furthest.name === 'review' ? screen : furthest;
}

/** Reads a history key back into a screen (untrusted: any page script or old entry may have set it). */
export function screenFromKey(key: unknown): Screen | undefined {
  if (key === 'start' || key === 'review' || key === 'result') return { name: key };
  const match = typeof key === 'string' ? /^question-(\d{1,3})$/.exec(key) : null;
  return match ? { name: 'question', index: Number(match[1]) } : undefined;
}

/** The step number kept in the saved state: the question's index, or the question count for the review and result. */
export function savedStepOf(screen: Screen, questionCount: number): number {
  if (screen.name === 'question') return screen.index;
  return screen.name === 'start' ? 0 : questionCount;
}

/** The screen to resume at from a saved step: that question, or the result once everything is answered. */
export function screenFromSavedStep(questionnaire: Questionnaire, answers: Answers, step: number): Screen {
  const wanted: Screen =
    step >= questionnaire.questions.length ? { name: 'result' } : { name: 'question', index: step };
  return allowedScreen(questionnaire, answers, wanted);
}

/**
 * Where Continue leads from a question: the next question, or back to the review when changing an
 * answer. While only the questions added since answers were saved are asked (`fillingGaps`), the next
 * unanswered question, or the review once none is left.
 */
export function screenAfter(
  questionnaire: Questionnaire,
  answers: Answers,
  index: number,
  returnToReview: boolean,
  fillingGaps = false,
): Screen {
  if (fillingGaps && !returnToReview) {
    const gap = firstUnansweredIndex(questionnaire, answers);
    return gap === -1 ? { name: 'review' } : { name: 'question', index: gap };
  }
  const next: Screen =
    returnToReview || index + 1 >= questionnaire.questions.length
      ? { name: 'review' }
      : { name: 'question', index: index + 1 };
  return allowedScreen(questionnaire, answers, next);
}

/** Where Back leads from a screen. */
export function screenBefore(questionnaire: Questionnaire, screen: Screen, returnToReview: boolean): Screen {
  const last = questionnaire.questions.length - 1;
  switch (screen.name) {
    case 'start':
      return screen;
    case 'question':
      if (returnToReview) return { name: 'review' };
      return screen.index === 0 ? { name: 'start' } : { name: 'question', index: screen.index - 1 };
    case 'review':
      return { name: 'question', index: last };
    case 'result':
      return { name: 'review' };
  }
}
