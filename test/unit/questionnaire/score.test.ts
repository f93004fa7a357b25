import { describe, expect, it } from 'vitest';
import {
  bandFor,
  effectOf,
  maxPoints,
  scoreDimension,
  scoreDimensions,
  type Answers,
  type Band,
  type DimensionId,
} from '../../../src/lib/questionnaire';
import { answersWith, questionnaire, readinessQuestions } from './support';

describe('bandFor', () => {
  const bands = { developing: 40, strong: 70 };
  const cases: { score: number; band: Band }[] = [
    // The lowest score is weak.
    { score: 0, band: 'weak' },
    // Just under the developing threshold is still weak.
    { score: 39, band: 'weak' },
    // The developing threshold itself is developing.
    { score: 40, band: 'developing' },
    // Just under the strong threshold is developing.
    { score: 69, band: 'developing' },
    // The strong threshold itself is strong.
    { score: 70, band: 'strong' },
    // The highest score is strong.
    { score: 100, band: 'strong' },
  ];
  it.each(cases)('a score of $score is $band', ({ score, band }) => {
    expect(bandFor(score, bands)).toBe(band);
  });
});

describe('effectOf', () => {
  const cases: { points: number; max: number; effect: string }[] = [
    // The best answer raised the score.
    { points: 2, max: 2, effect: 'raised' },
    // Exactly half the maximum neither raised nor lowered it.
    { points: 1, max: 2, effect: 'neutral' },
    // Zero points lowered it.
    { points: 0, max: 2, effect: 'lowered' },
    // One of three points is below half, so it lowered the score.
    { points: 1, max: 3, effect: 'lowered' },
    // Two of three points is above half, so it raised the score.
    { points: 2, max: 3, effect: 'raised' },
  ];
  it.each(cases)('$points of $max points counts as $effect', ({ points, max, effect }) => {
    expect(effectOf(points, max)).toBe(effect);
  });
});

describe('scoreDimension on the real questionnaire', () => {
  const cases: { name: string; dimension: DimensionId; answers: Answers; score: number; band: Band }[] = [
    // sponsor "quiet" 2x2 + leaders-join "maybe" 1x1 = 5 of 2x3 + 1x2 = 8 -> 62.5, rounded up.
    {
      name: 'support from a quiet sponsor and a maybe scores 63',
      dimension: 'support',
      answers: { 'sponsor': 'quiet', 'leaders-join': 'maybe' },
      score: 63,
      band: 'developing',
    },
    // The best answers give the full 100.
    {
      name: 'support from an active sponsor and a joining leader scores 100',
      dimension: 'support',
      answers: { 'sponsor': 'active', 'leaders-join': 'yes' },
      score: 100,
      band: 'strong',
    },
    // not-asked 2x1 + no 0 = 2 of 8.
    {
      name: 'support not asked yet with no leaders joining scores 25',
      dimension: 'support',
      answers: { 'sponsor': 'not-asked', 'leaders-join': 'no' },
      score: 25,
      band: 'weak',
    },
    // intended 2x1 + always 1x2 + depends 1x1 = 5 of 8.
    {
      name: 'a safe space with intended confidentiality scores 63',
      dimension: 'confidentiality',
      answers: { 'confidential': 'intended', 'reporting-line': 'always', 'safe-to-speak': 'depends' },
      score: 63,
      band: 'developing',
    },
    // planned 3x2 + moved 1x1 + probably 2x1 + juniors' release not asked 1x1 = 10 of 14.
    {
      name: 'planned time with moved meetings, probable commitment and release not asked scores 71',
      dimension: 'time',
      answers: {
        'protected-time': 'planned',
        'busy-weeks': 'moved',
        'commitment': 'probably',
        'junior-release': 'not-asked',
      },
      score: 71,
      band: 'strong',
    },
    // written 2x2 + not-yet 0 = 4 of 6.
    {
      name: 'a written goal without talking expectations through scores 67',
      dimension: 'goals',
      answers: { goal: 'written', expectations: 'not-yet' },
      score: 67,
      band: 'developing',
    },
    // mixed 2x1 + rarely 0 = 2 of 6.
    {
      name: 'mixed seniors who rarely act on ideas score 33',
      dimension: 'openness',
      answers: { 'attitude': 'mixed', 'acts-on-ideas': 'rarely' },
      score: 33,
      band: 'weak',
    },
    // Unanswered questions count as zero points.
    { name: 'an unanswered dimension scores 0', dimension: 'structure', answers: {}, score: 0, band: 'weak' },
    // by-needs 1x2 + unanswered juniors-willing and plan = 2 of 8.
    {
      name: 'a half-answered dimension counts the missing answers as 0',
      dimension: 'structure',
      answers: { matching: 'by-needs' },
      score: 25,
      band: 'weak',
    },
    // An option id the question does not have counts as unanswered.
    {
      name: 'an unknown option id counts as unanswered',
      dimension: 'support',
      answers: { 'sponsor': 'enthusiastic', 'leaders-join': 'yes' },
      score: 25,
      band: 'weak',
    },
  ];
  it.each(cases)('$name', ({ dimension, answers, score, band }) => {
    const result = scoreDimension(questionnaire, answers, dimension);
    expect(result.score).toBe(score);
    expect(result.band).toBe(band);
  });

  it('lists which answers raised or lowered the score', () => {
    const result = scoreDimension(questionnaire, { 'sponsor': 'not-asked', 'leaders-join': 'yes' }, 'support');
    expect(result.contributions).toEqual([
      { questionId: 'sponsor', optionId: 'not-asked', points: 1, maxPoints: 3, weight: 2, effect: 'lowered' },
      { questionId: 'leaders-join', optionId: 'yes', points: 2, maxPoints: 2, weight: 1, effect: 'raised' },
    ]);
  });

  it('marks an unanswered question as lowering the score with no option', () => {
    const [contribution] = scoreDimension(questionnaire, {}, 'goals').contributions;
    expect(contribution).toMatchObject({ questionId: 'goal', optionId: undefined, points: 0, effect: 'lowered' });
  });

  it('scores every dimension, each from its own questions only', () => {
    const scores = scoreDimensions(questionnaire, answersWith({}, 'best'));
    expect(Object.keys(scores)).toEqual(['support', 'confidentiality', 'time', 'goals', 'openness', 'structure']);
    for (const score of Object.values(scores)) {
      expect(score.score).toBe(100);
      expect(score.contributions.map((c) => c.questionId)).toEqual(
        readinessQuestions.filter((q) => q.dimension === score.dimension).map((q) => q.id),
      );
    }
  });

  it('takes the maximum from the best option, wherever it is listed', () => {
    const question = readinessQuestions.find((q) => q.id === 'sponsor')!;
    expect(maxPoints(question)).toBe(3);
    expect(maxPoints({ ...question, options: [...question.options].reverse() })).toBe(3);
  });
});
