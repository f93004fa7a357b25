import { describe, expect, test } from 'vitest';
import { localizeQuestionnaire } from '../../src/data/localize-questionnaire';
import { assessReadiness } from '../../src/lib/questionnaire/assess';
import { answersWith, questionnaire } from './questionnaire/support';

/** Every `{ en, nl }` pair in a value, in document order. */
function textPairs(value: unknown): { en: string; nl: string }[] {
  if (Array.isArray(value)) return value.flatMap(textPairs);
  if (typeof value !== 'object' || value === null) return [];
  const keys = Object.keys(value);
  if (keys.length === 2 && 'en' in value && 'nl' in value) return [value as { en: string; nl: string }];
  return Object.values(value).flatMap(textPairs);
}

describe('localizeQuestionnaire', () => {
  const original = textPairs(questionnaire);

  test.each([
    // English page: Dutch texts emptied, English kept
    ['en', 'nl'],
    // Dutch page: English texts emptied, Dutch kept
    ['nl', 'en'],
  ] as const)('keeps every %s text and empties every %s text', (kept, emptied) => {
    const pairs = textPairs(localizeQuestionnaire(questionnaire, kept));
    expect(pairs).toHaveLength(original.length);
    expect(pairs.map((pair) => pair[kept])).toEqual(original.map((pair) => pair[kept]));
    expect(pairs.every((pair) => pair[emptied] === '')).toBe(true);
  });

  test('leaves ids, numbers and structure untouched, so the model scores it the same', () => {
    const answers = answersWith({});
    const localized = localizeQuestionnaire(questionnaire, 'nl');
    expect(localized.questions.map((q) => q.id)).toEqual(questionnaire.questions.map((q) => q.id));
    expect(assessReadiness(localized, answers).decision).toEqual(assessReadiness(questionnaire, answers).decision);
    expect(assessReadiness(localized, answers).explanation.nl).toBe(
      assessReadiness(questionnaire, answers).explanation.nl,
    );
  });

  test('leaves out the other language, so the page carries less than 70% of the text', () => {
    const size = (value: unknown): number => JSON.stringify(value).length;
    expect(size(localizeQuestionnaire(questionnaire, 'en'))).toBeLessThan(size(questionnaire) * 0.7);
  });
});
