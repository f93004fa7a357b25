import { describe, expect, test } from 'vitest';
import { pickStrings, translator } from '../../src/i18n/island-strings';
import { en } from '../../src/i18n/en';
import { FIRST_SCREEN_KEYS, QUESTIONNAIRE_STRING_KEYS } from '../../src/lib/questionnaire-ui/strings';

describe('the island kit strings', () => {
  const dictionary = {
    'a.one': 'One',
    'a.oneMore': 'One more',
    'b.two': 'Two {count}',
    'bb.three': 'Three',
  } as const;

  test('a prefix picks every key under it, a single key only itself', () => {
    expect(pickStrings(dictionary, ['b.'])).toEqual({ 'b.two': 'Two {count}' });
    expect(pickStrings(dictionary, ['a.one'])).toEqual({ 'a.one': 'One' });
    expect(Object.keys(pickStrings(dictionary, ['a.', 'bb.three'])).sort()).toEqual(['a.one', 'a.oneMore', 'bb.three']);
  });

  test('t() fills placeholders and leaves the strings as picked', () => {
    const t = translator(pickStrings(dictionary, ['b.']));
    expect(t('b.two', { count: 3 })).toBe('Two 3');
  });

  test("the questionnaire's first screens get exactly their keys, not the longer keys they begin", () => {
    const first = pickStrings(pickStrings(en, QUESTIONNAIRE_STRING_KEYS), FIRST_SCREEN_KEYS);
    expect(Object.keys(first).sort()).toEqual([...FIRST_SCREEN_KEYS].sort());
  });
});
