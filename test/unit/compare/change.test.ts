import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { answerChanges, conditionChanges } from '../../../src/lib/compare/change';
import { answersWith, completeAnswers, questionnaire } from '../questionnaire/support';

describe('before and after', () => {
  test('shows the change per condition and per changed answer, biggest first', () => {
    const before = answersWith({ 'protected-time': 'none', 'sponsor': 'not-asked', 'setting': 'on-site' });
    const after = answersWith({ sponsor: 'quiet', setting: 'hybrid' });
    const conditions = conditionChanges(questionnaire, before, after);
    expect(conditions.find((c) => c.dimension === 'time')).toEqual({
      dimension: 'time',
      // 0 + 2 + 4 + 2 (juniors released) = 8 of 14 -> 57.
      before: 57,
      after: 100,
      change: 43,
    });
    expect(conditions.find((c) => c.dimension === 'goals')?.change).toBe(0);
    expect(answerChanges(questionnaire, before, after)).toEqual([
      { questionId: 'protected-time', before: 'none', after: 'planned', change: (100 * 3 * 2) / 14 },
      // sponsor: weight 2 of support's 8 points, from 1 point to 2.
      { questionId: 'sponsor', before: 'not-asked', after: 'quiet', change: 25 },
      { questionId: 'setting', before: 'on-site', after: 'hybrid', change: 0 },
    ]);
  });

  test('the same answers before and after change nothing', () => {
    fc.assert(
      fc.property(completeAnswers(), (answers) => {
        expect(conditionChanges(questionnaire, answers, answers).every(({ change }) => change === 0)).toBe(true);
        expect(answerChanges(questionnaire, answers, answers)).toEqual([]);
      }),
    );
  });

  test('swapping before and after turns every change around', () => {
    fc.assert(
      fc.property(completeAnswers(), completeAnswers(), (a, b) => {
        const forward = conditionChanges(questionnaire, a, b).map(({ change }) => change);
        const backward = conditionChanges(questionnaire, b, a).map(({ change }) => 0 - change);
        expect(forward).toEqual(backward);
      }),
    );
  });
});
