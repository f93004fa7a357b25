import { describe, expect, it } from 'vitest';
import {
  answeredCount,
  contextAnswer,
  firstUnanswered,
  firstUnansweredIndex,
  isComplete,
  withAnswer,
  type Answers,
} from '../../../src/lib/questionnaire';
import { answersWith, deepFreeze, questionnaire } from './support';

describe('answer helpers', () => {
  const complete = answersWith({});
  const cases: { name: string; answers: Answers; complete: boolean; firstIndex: number; count: number }[] = [
    // Nothing answered: the first question comes first.
    { name: 'no answers start at the first question', answers: {}, complete: false, firstIndex: 0, count: 0 },
    // Every question answered: complete, nothing left.
    {
      name: 'every question answered is complete',
      answers: complete,
      complete: true,
      firstIndex: -1,
      count: questionnaire.questions.length,
    },
    // A gap in the middle is found even when later questions are answered.
    {
      name: 'a gap in the middle is the first unanswered question',
      answers: { ...complete, sponsor: undefined as unknown as string },
      complete: false,
      firstIndex: 4, // aim, seniors, juniors, setting, then sponsor
      count: questionnaire.questions.length - 1,
    },
    // An unknown option id does not count as an answer.
    {
      name: 'an unknown option id does not count as an answer',
      answers: { ...complete, aim: 'world-peace' },
      complete: false,
      firstIndex: 0,
      count: questionnaire.questions.length - 1,
    },
    // Extra keys that are not questions change nothing.
    {
      name: 'keys that are not questions are ignored',
      answers: { ...complete, nonsense: 'x' },
      complete: true,
      firstIndex: -1,
      count: questionnaire.questions.length,
    },
  ];
  it.each(cases)('$name', ({ answers, complete: isDone, firstIndex, count }) => {
    expect(isComplete(questionnaire, answers)).toBe(isDone);
    expect(firstUnansweredIndex(questionnaire, answers)).toBe(firstIndex);
    expect(firstUnanswered(questionnaire, answers)?.id).toBe(questionnaire.questions[firstIndex]?.id);
    expect(answeredCount(questionnaire, answers)).toBe(count);
  });

  it('answers a question in a copy and leaves the original untouched', () => {
    const before = deepFreeze({ aim: 'onboarding' });
    const after = withAnswer(before, 'aim', 'digital-ai');
    expect(after).toEqual({ aim: 'digital-ai' });
    expect(before).toEqual({ aim: 'onboarding' });
  });

  it('reads a context answer, or undefined when it is missing or unknown', () => {
    expect(contextAnswer(questionnaire, { setting: 'remote' }, 'setting')).toBe('remote');
    expect(contextAnswer(questionnaire, {}, 'setting')).toBeUndefined();
    expect(contextAnswer(questionnaire, { setting: 'moon' }, 'setting')).toBeUndefined();
  });
});
