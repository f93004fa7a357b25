import { describe, expect, test } from 'vitest';
import { fillPlaceholders, placeholdersIn } from '../../src/lib/fill-text';

describe('fillPlaceholders', () => {
  test.each([
    // a value fills its placeholder; numbers are written as they are
    ['Step {step} of {count}', { step: 4, count: 17 }, 'Step 4 of 17'],
    // the same placeholder can appear twice
    ['{pairs} and {pairs}', { pairs: 2 }, '2 and 2'],
    // camelCase names work, as in the paper key's {belowStrong}
    ['up to {belowStrong}', { belowStrong: 69 }, 'up to 69'],
    // a missing value stays visible, so the gap is noticed
    ['Step {step} of {count}', { step: 4 }, 'Step 4 of {count}'],
    // a value that looks like a placeholder is not filled again
    ['{question}', { question: '{step}', step: 1 }, '{step}'],
    // inherited names such as toString or constructor are not values
    ['{toString} {constructor}', {}, '{toString} {constructor}'],
    // braces around anything but a plain name are text
    ['{ spaced } {two-words}', { spaced: 1 }, '{ spaced } {two-words}'],
  ])('fillPlaceholders(%j, %j) gives %j', (template, values, expected) => {
    expect(fillPlaceholders(template, values)).toBe(expected);
  });
});

describe('placeholdersIn', () => {
  test('lists the placeholder names in order of appearance, repeats included', () => {
    expect(placeholdersIn('Score {score} below {threshold}, {belowStrong}, { spaced }, {score}')).toEqual([
      'score',
      'threshold',
      'belowStrong',
      'score',
    ]);
  });
});
