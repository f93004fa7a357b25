import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { conditionSpreads, contextDifferences, questionSpreads } from '../../../src/lib/compare/spread';
import { answersWith, completeAnswers, questionnaire } from '../questionnaire/support';

describe('the spread of a team’s answers', () => {
  test('is 0 for every condition and question when everyone agrees', () => {
    fc.assert(
      fc.property(completeAnswers(), fc.integer({ min: 1, max: 12 }), (answers, people) => {
        const answerSets = Array.from({ length: people }, () => answers);
        expect(conditionSpreads(questionnaire, answerSets).every(({ spread }) => spread === 0)).toBe(true);
        expect(questionSpreads(questionnaire, answerSets).every(({ spread }) => spread === 0)).toBe(true);
        expect(contextDifferences(questionnaire, answerSets)).toEqual([]);
      }),
    );
  });

  test('is never negative and comes widest first', () => {
    fc.assert(
      fc.property(fc.array(completeAnswers(), { minLength: 1, maxLength: 12 }), (answerSets) => {
        for (const list of [conditionSpreads(questionnaire, answerSets), questionSpreads(questionnaire, answerSets)]) {
          const spreads = list.map(({ spread }) => spread);
          expect(spreads.every((spread) => spread >= 0)).toBe(true);
          expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
        }
      }),
    );
  });

  test('puts the question with the widest gap in its condition’s score first, and lists each person’s answer', () => {
    const sponsor = answersWith({});
    const hr = answersWith({ 'protected-time': 'own-time', 'commitment': 'probably' });
    const junior = answersWith({ 'protected-time': 'none', 'safe-to-speak': 'hard' });
    const spreads = questionSpreads(questionnaire, [sponsor, hr, junior]);
    // protected-time: weight 3 of time's 14 points, 2 points apart -> 43; safe-to-speak: weight 1 of 8, 2 apart -> 25.
    expect(spreads.slice(0, 3).map(({ questionId, spread }) => [questionId, spread])).toEqual([
      ['protected-time', (100 * 3 * 2) / 14],
      ['safe-to-speak', 25],
      ['commitment', (100 * 2 * 1) / 14],
    ]);
    expect(spreads[0]?.optionIds).toEqual(['planned', 'own-time', 'none']);
    expect(spreads[3]?.spread).toBe(0);
    expect(conditionSpreads(questionnaire, [sponsor, hr, junior])[0]).toMatchObject({
      dimension: 'time',
      // Out of 14 with the juniors' release (agreed, 2 points) in every set: 14, 9 and 8.
      scores: [100, 64, 57],
      spread: 43,
    });
  });

  test('names the context questions answered differently, never the role', () => {
    const differences = contextDifferences(questionnaire, [
      answersWith({ aim: 'onboarding' }),
      answersWith({ aim: 'digital-ai' }),
    ]);
    expect(differences).toEqual([{ questionId: 'aim', optionIds: ['onboarding', 'digital-ai'] }]);
  });
});
