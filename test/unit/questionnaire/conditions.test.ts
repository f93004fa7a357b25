import { describe, expect, test } from 'vitest';
import { conditionHolds, matchingOption } from '../../../src/lib/questionnaire/conditions';
import { DIMENSION_IDS, type DimensionId } from '../../../src/lib/questionnaire/types';

const scores = (score: number) =>
  Object.fromEntries(DIMENSION_IDS.map((id) => [id, score])) as Record<DimensionId, number>;

describe('the one condition evaluator of rules and risks', () => {
  const knockOut = { question: 'reporting', options: ['direct', 'same-team'] };

  test('an answer condition holds for one of its options and names the option', () => {
    expect(matchingOption(knockOut, { reporting: 'same-team' })).toBe('same-team');
    expect(conditionHolds(knockOut, { reporting: 'direct' }, scores(100))).toBe(true);
    expect(conditionHolds(knockOut, { reporting: 'none' }, scores(0))).toBe(false);
    expect(conditionHolds(knockOut, {}, scores(0))).toBe(false);
  });

  test('an answer condition never reads inherited keys', () => {
    const proto = { question: 'constructor', options: ['x'] };
    expect(matchingOption(proto, {})).toBeUndefined();
  });

  test('a dimension condition holds strictly below its line', () => {
    const [dimension] = DIMENSION_IDS;
    const low = { dimension, below: 60 };
    expect(conditionHolds(low, {}, scores(59))).toBe(true);
    expect(conditionHolds(low, {}, scores(60))).toBe(false);
  });
});
