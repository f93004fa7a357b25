import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { assessReadiness, scoreNumbers } from '../../../src/lib/questionnaire';
import { assessTeam, teamAnswers } from '../../../src/lib/compare/team-view';
import { answersWith, completeAnswers, deepFreeze, questionnaire } from '../questionnaire/support';

const team = fc.array(completeAnswers(), { minLength: 1, maxLength: 12 });
const scoresOf = (answerSets: Parameters<typeof assessTeam>[1]) =>
  scoreNumbers(assessTeam(questionnaire, answerSets).scores);

describe('the team view', () => {
  test.each([
    // The sponsor sees active support, the junior doubts it: the team reads the doubt.
    ['sponsor', [answersWith({ sponsor: 'active' }), answersWith({ sponsor: 'doubtful' })], 'doubtful'],
    // Everyone agrees: that answer.
    ['sponsor', [answersWith({ sponsor: 'quiet' }), answersWith({ sponsor: 'quiet' })], 'quiet'],
    // The smallest number of seniors anyone counts on.
    [
      'seniors',
      [answersWith({ seniors: '13-plus' }), answersWith({ seniors: '3-5' }), answersWith({ seniors: '6-12' })],
      '3-5',
    ],
    // The most remote setting anyone names.
    ['setting', [answersWith({ setting: 'on-site' }), answersWith({ setting: 'hybrid' })], 'hybrid'],
    // The aim most people gave.
    [
      'aim',
      [answersWith({ aim: 'culture-change' }), answersWith({ aim: 'digital-ai' }), answersWith({ aim: 'digital-ai' })],
      'digital-ai',
    ],
    // A tie on the aim goes to the option listed first.
    ['aim', [answersWith({ aim: 'culture-change' }), answersWith({ aim: 'digital-ai' })], 'digital-ai'],
  ])('reads %s as %#: %s', (questionId, answerSets, expected) => {
    expect(teamAnswers(questionnaire, answerSets)[questionId]).toBe(expected);
  });

  test('a single result is its own team view', () => {
    fc.assert(
      fc.property(completeAnswers(), (answers) => {
        expect(assessTeam(questionnaire, [answers])).toEqual(assessReadiness(questionnaire, answers));
      }),
    );
  });

  test('is a pure function of the results, independent of their order', () => {
    fc.assert(
      fc.property(team, fc.func(fc.integer()), (answerSets, key) => {
        deepFreeze(answerSets);
        const shuffled = [...answerSets].sort((a, b) => key(a) - key(b));
        expect(assessTeam(questionnaire, shuffled)).toEqual(assessTeam(questionnaire, answerSets));
      }),
    );
    // The team's result includes what would change the advice (a search), so this takes longer.
  }, 120_000);

  test('adding a result identical to one present changes no team score and not the format', () => {
    fc.assert(
      fc.property(team, fc.nat(), (answerSets, pick) => {
        const copy = { ...answerSets[pick % answerSets.length]! };
        const before = assessTeam(questionnaire, answerSets);
        const after = assessTeam(questionnaire, [...answerSets, copy]);
        expect(scoreNumbers(after.scores)).toEqual(scoreNumbers(before.scores));
        expect(after.decision).toEqual(before.decision);
      }),
    );
  });

  test('no team score is above anyone’s own score for that condition', () => {
    fc.assert(
      fc.property(team, (answerSets) => {
        const teamScores = scoresOf(answerSets);
        for (const answers of answerSets) {
          const own = scoreNumbers(assessReadiness(questionnaire, answers).scores);
          for (const [dimension, score] of Object.entries(teamScores)) {
            expect(score).toBeLessThanOrEqual(own[dimension as keyof typeof own]);
          }
        }
      }),
    );
  });

  test('follows the same rule list as a single result: a team whose junior doubts the sponsor gets the foundations', () => {
    const sponsor = answersWith({});
    const junior = answersWith({ 'sponsor': 'doubtful', 'leaders-join': 'no' });
    expect(assessReadiness(questionnaire, sponsor).decision.format).toBe('reverse-pairs');
    expect(assessTeam(questionnaire, [sponsor, junior]).decision).toEqual(
      assessReadiness(questionnaire, junior).decision,
    );
  });
});
