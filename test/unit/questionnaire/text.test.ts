import { describe, expect, it } from 'vitest';
import { fillText, placeholdersIn } from '../../../src/lib/questionnaire';

describe('fillText', () => {
  const cases: { name: string; en: string; values: Record<string, string | number>; expected: string }[] = [
    // Numbers are written as they are.
    { name: 'fills a number', en: 'scored {score}', values: { score: 38 }, expected: 'scored 38' },
    // The same placeholder can appear twice.
    { name: 'fills a placeholder used twice', en: '{pairs} and {pairs}', values: { pairs: 2 }, expected: '2 and 2' },
    // A placeholder without a value stays visible, so the mistake can be seen.
    {
      name: 'leaves an unknown placeholder as it is',
      en: 'a {mystery}',
      values: { score: 1 },
      expected: 'a {mystery}',
    },
    // Built-in object names are not values.
    { name: 'does not treat built-in names as values', en: '{constructor}', values: {}, expected: '{constructor}' },
  ];
  it.each(cases)('$name', ({ en, values, expected }) => {
    expect(fillText({ en, nl: en }, values)).toEqual({ en: expected, nl: expected });
  });
});

describe('placeholdersIn', () => {
  it('lists placeholder names in order of appearance', () => {
    expect(placeholdersIn('Score {score} below {threshold}, not {Upper} or { spaced }')).toEqual([
      'score',
      'threshold',
    ]);
  });
});
