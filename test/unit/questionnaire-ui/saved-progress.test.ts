import { describe, expect, test } from 'vitest';
import { parseSavedState, SAVED_STATE_VERSION } from '../../../src/lib/questionnaire/saved-state';
import { progressToSave } from '../../../src/lib/questionnaire-ui/saved-progress';
import { answersWith, questionnaire } from '../questionnaire/support';

const [first] = questionnaire.questions;
const some = { [first!.id]: first!.options[0]!.id };
const all = answersWith({});
const count = questionnaire.questions.length;

describe('progressToSave', () => {
  test.each([
    // on a question: its index
    ['a question', some, { name: 'question', index: 0 } as const, 0],
    // back on the start screen with answers: they are kept, from the start
    ['the start screen with answers', some, { name: 'start' } as const, 0],
    // the review and the result: the question count
    ['the review', all, { name: 'review' } as const, count],
    ['the result', all, { name: 'result' } as const, count],
  ])('on %s it saves the answers, the step and both versions', (_case, answers, screen, step) => {
    const text = progressToSave(questionnaire, answers, screen);
    const saved: unknown = JSON.parse(text ?? 'null');
    expect(saved).toEqual({
      schemaVersion: SAVED_STATE_VERSION,
      questionnaireVersion: questionnaire.version,
      answers,
      step,
    });
    // What is saved opens again.
    expect(parseSavedState(questionnaire, text)).toEqual({ ok: true, value: saved });
  });

  test('no answers on the start screen is nothing worth keeping, so the saved text is deleted', () => {
    expect(progressToSave(questionnaire, {}, { name: 'start' })).toBeUndefined();
  });
});
