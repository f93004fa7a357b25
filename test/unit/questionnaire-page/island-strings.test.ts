import { describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { pickQuestionnaireStrings } from '../../../src/lib/questionnaire-page/island-strings';

describe('the questionnaire island strings', () => {
  test.each([
    ['en', en],
    ['nl', nl],
  ] as const)('the %s pick holds every questionnaire key and nothing else', (_lang, dictionary) => {
    const picked = pickQuestionnaireStrings(dictionary);
    const expected = Object.keys(en).filter((key) => key.startsWith('questionnaire.'));
    expect(Object.keys(picked).sort()).toEqual(expected.sort());
    expect(Object.keys(picked).length).toBeLessThan(Object.keys(dictionary).length);
  });
});
