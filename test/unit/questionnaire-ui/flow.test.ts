import { describe, expect, test } from 'vitest';
import {
  allowedScreen,
  savedStepOf,
  screenAfter,
  screenBefore,
  screenFromKey,
  screenFromSavedStep,
  screenKey,
  type Screen,
} from '../../../src/lib/questionnaire-ui/flow';
import type { Answers } from '../../../src/lib/questionnaire/types';
import { answersWith, questionnaire } from '../questionnaire/support';

const count = questionnaire.questions.length;
const last = count - 1;
const all = answersWith({});
/** The first three questions answered. */
const firstThree: Answers = Object.fromEntries(
  questionnaire.questions.slice(0, 3).map((q) => [q.id, q.options[0]!.id]),
);
const question = (index: number): Screen => ({ name: 'question', index });

describe('moving through the questionnaire', () => {
  test.each([
    // Continue goes to the next question
    [0, firstThree, false, question(1)],
    // Continue after the last question goes to the review
    [last, all, false, { name: 'review' }],
    // Continue while changing an answer goes back to the review
    [2, all, true, { name: 'review' }],
    // Changing an answer cannot skip past a question that is still unanswered
    [1, firstThree, true, question(3)],
  ] as const)(
    'Continue on question %i with %j answers, changing: %s, leads to %j',
    (index, answers, changing, expected) => {
      expect(screenAfter(questionnaire, answers, index, changing)).toEqual(expected);
    },
  );

  test.each([
    // Back from the first question goes to the start
    [question(0), false, { name: 'start' }],
    // Back from a question goes to the one before
    [question(5), false, question(4)],
    // Back while changing an answer goes to the review
    [question(5), true, { name: 'review' }],
    // Back from the review goes to the last question
    [{ name: 'review' }, false, question(last)],
    // Back from the result goes to the review
    [{ name: 'result' }, false, { name: 'review' }],
  ] as const)('Back from %j (changing: %s) leads to %j', (screen, changing, expected) => {
    expect(screenBefore(questionnaire, screen, changing)).toEqual(expected);
  });

  test.each([
    // the start is always allowed
    [{ name: 'start' }, {}, { name: 'start' }],
    // a question after the first unanswered one falls back to that one
    [question(10), firstThree, question(3)],
    // a question up to the first unanswered one is allowed
    [question(3), firstThree, question(3)],
    // the result needs every answer
    [{ name: 'result' }, firstThree, question(3)],
    [{ name: 'result' }, all, { name: 'result' }],
    // a question number out of range falls back
    [question(count + 4), all, { name: 'review' }],
    [question(-1), {}, question(0)],
  ] as const)('%j with %j answers is shown as %j', (screen, answers, expected) => {
    expect(allowedScreen(questionnaire, answers, screen)).toEqual(expected);
  });

  test.each([
    // every screen survives the round trip through the browser history
    [{ name: 'start' }],
    [{ name: 'review' }],
    [{ name: 'result' }],
    [question(0)],
    [question(16)],
  ] as const)('%j survives the round trip through a history key', (screen) => {
    expect(screenFromKey(screenKey(screen))).toEqual(screen);
  });

  test.each([
    // anything a page script or an old entry might have left is not a screen
    [null],
    [undefined],
    [42],
    ['question-'],
    ['question-1e3'],
    ['question-99999'],
    ['<img src=x onerror=alert(1)>'],
    [{ name: 'result' }],
  ])('the history key %j is not a screen', (key) => {
    expect(screenFromKey(key)).toBeUndefined();
  });

  test.each([
    // a saved question resumes at that question
    [4, all, question(4)],
    // the saved step of the review and result resumes at the result
    [count, all, { name: 'result' }],
    // a saved step beyond the answers resumes at the first unanswered question
    [count, firstThree, question(3)],
  ] as const)('the saved step %i with %j answers resumes at %j', (step, answers, expected) => {
    expect(screenFromSavedStep(questionnaire, answers, step)).toEqual(expected);
  });

  test.each([
    [{ name: 'start' }, 0],
    [question(6), 6],
    [{ name: 'review' }, count],
    [{ name: 'result' }, count],
  ] as const)('%j is saved as step %i', (screen, step) => {
    expect(savedStepOf(screen, count)).toBe(step);
  });
});
