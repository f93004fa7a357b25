// The paper questionnaire's scoring key is generated from the questionnaire data. These tests check
// that a workshop group following the key by hand gets exactly what the interactive check computes.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadQuestionnaire } from '../../src/data/load-questionnaire';
import {
  assessReadiness,
  DIMENSION_IDS,
  scoreDimension,
  type Answers,
  type DimensionId,
} from '../../src/lib/questionnaire';
import {
  formatByHand,
  numberQuestions,
  optionLetter,
  paperRules,
  scoreByHand,
  scoreForTotal,
  scoringKey,
} from '../../src/lib/templates/scoring-key';

const questionnaire = loadQuestionnaire();
const key = scoringKey(questionnaire);
const numbered = numberQuestions(questionnaire);

/** Any answer set, with any question possibly skipped. */
const answerSets: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(questionnaire.questions.map((q) => [q.id, fc.constantFrom(...q.options.map((o) => o.id))])),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

/** What a person ticks on paper for those answers: question number to option letter. */
function ticked(answers: Answers): Record<number, string> {
  const letters: Record<number, string> = {};
  for (const { number, question } of numbered) {
    const index = question.options.findIndex((option) => option.id === answers[question.id]);
    if (index >= 0) letters[number] = optionLetter(index);
  }
  return letters;
}

describe('option letters', () => {
  test.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
  ])('option %i is printed as %s', (index, letter) => {
    expect(optionLetter(index)).toBe(letter);
  });

  test.each([-1, 26, 1.5])('there is no letter for option %d', (index) => {
    expect(() => optionLetter(index)).toThrow(RangeError);
  });
});

describe('the scoring key', () => {
  test('questions are numbered from 1 in the order the interactive check asks them', () => {
    expect(numbered.map(({ number, question }) => `${number}:${question.id}`)).toEqual(
      questionnaire.questions.map((question, index) => `${index + 1}:${question.id}`),
    );
  });

  test('every scored question appears in exactly one dimension of the key', () => {
    const inKey = key.flatMap((dimension) => dimension.rows.map((row) => row.questionId)).sort();
    const scored = questionnaire.questions
      .filter((q) => q.kind === 'readiness')
      .map((q) => q.id)
      .sort();
    expect(inKey).toEqual(scored);
  });

  test('each conversion table runs from 0 for no points to 100 for the maximum', () => {
    for (const dimension of key) {
      expect(dimension.scores).toHaveLength(dimension.maxTotal + 1);
      expect(dimension.scores[0]).toBe(0);
      expect(dimension.scores.at(-1)).toBe(100);
    }
  });

  test.each([
    // halves round up, as Math.round does in the interactive check
    [1, 8, 13],
    [3, 8, 38],
    [1, 6, 17],
    [5, 12, 42],
    // a dimension without questions scores 0 rather than dividing by zero
    [0, 0, 0],
  ])('a total of %i out of %i is a score of %i', (total, max, score) => {
    expect(scoreForTotal(total, max)).toBe(score);
  });

  test('following the key by hand gives every dimension the score the interactive check gives', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        const letters = ticked(answers);
        for (const dimension of key) {
          expect(scoreByHand(dimension, letters)).toBe(
            scoreDimension(questionnaire, answers, dimension.dimension).score,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  test('a key with a wrong weight would be caught', () => {
    // Guards the property above against a comparison that can never fail.
    const support = key.find((dimension) => dimension.dimension === 'support')!;
    const tampered = {
      ...support,
      rows: support.rows.map((row, i) => (i === 0 ? { ...row, weight: row.weight + 1 } : row)),
    };
    const answers: Answers = { 'sponsor': 'quiet', 'leaders-join': 'maybe' };
    expect(scoreByHand(tampered, ticked(answers))).not.toBe(scoreDimension(questionnaire, answers, 'support').score);
  });
});

describe('the decision list on paper', () => {
  const rules = paperRules(questionnaire);

  test('following the list by hand gives the format the interactive check recommends, for any answers', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        const letters = ticked(answers);
        const scores = Object.fromEntries(
          key.map((dimension) => [dimension.dimension, scoreByHand(dimension, letters)]),
        ) as Record<DimensionId, number>;
        expect(formatByHand(rules, letters, scores)).toBe(assessReadiness(questionnaire, answers).decision.format);
      }),
      { numRuns: 1000 },
    );
  });

  test('every rule of the questionnaire file is printed once, in order, with its own line and cap', () => {
    expect(rules.map(({ rule, effect, format }) => `${rule}:${effect}:${format}`)).toEqual(
      questionnaire.rules.map((rule) => {
        const effect = rule.decides ? 'decides' : rule.rulesOut ? 'rulesOut' : 'caps';
        return `${rule.id}:${effect}:${rule.decides ?? rule.caps ?? rule.rulesOut}`;
      }),
    );
    for (const [i, line] of rules.entries()) {
      const when = questionnaire.rules[i]!.when;
      if ('dimension' in when)
        expect(line.condition).toEqual({ kind: 'below', dimension: when.dimension, threshold: when.below });
    }
  });

  test('a knock-out line names the letters of the answers that apply it', () => {
    // "Almost everyone is in the same line" is the third answer (C) of the reporting-line question.
    const line = rules.find((rule) => rule.rule === 'same-reporting-line')!;
    const number = numbered.find(({ question }) => question.id === 'reporting-line')!.number;
    expect(line.condition).toEqual({ kind: 'answer', number, letters: ['C'] });
  });

  test('a list with a wrong threshold would be caught', () => {
    // Guards the property above against a comparison that can never fail.
    const tampered = rules.map((line) =>
      line.condition.kind === 'below' && line.condition.dimension === 'time'
        ? { ...line, condition: { ...line.condition, threshold: 0 } }
        : line,
    );
    const answers: Answers = {
      'aim': 'digital-ai',
      'protected-time': 'own-time',
      'busy-weeks': 'moved',
      'commitment': 'probably',
    };
    const letters = ticked(answers);
    const scores = Object.fromEntries(
      key.map((dimension) => [dimension.dimension, scoreByHand(dimension, letters)]),
    ) as Record<DimensionId, number>;
    const good = Object.fromEntries(DIMENSION_IDS.map((id) => [id, 100])) as Record<DimensionId, number>;
    expect(formatByHand(tampered, letters, { ...good, time: scores.time })).not.toBe(
      formatByHand(rules, letters, { ...good, time: scores.time }),
    );
  });

  test('the list always ends in a line that applies', () => {
    expect(rules.at(-1)?.condition).toEqual({ kind: 'otherwise' });
    expect(() =>
      formatByHand([], {}, Object.fromEntries(DIMENSION_IDS.map((id) => [id, 0])) as Record<DimensionId, number>),
    ).toThrow();
  });
});
