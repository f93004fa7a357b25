import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { pickStrings } from '../../../src/i18n/island-strings';
import { QUESTIONNAIRE_STRING_KEYS } from '../../../src/lib/questionnaire-ui/strings';
import { sharedVariant } from '../../../src/lib/questionnaire-ui/shared-voice';

const strings = pickStrings(en, QUESTIONNAIRE_STRING_KEYS);

describe('a shared result’s voice', () => {
  it.each([
    // a string that says "you" reads its variant
    ['questionnaire.reason.answer', 'questionnaire.reason.answer.shared'],
    ['questionnaire.scoresHeading', 'questionnaire.scoresHeading.shared'],
    // a string without a variant says the same on both
    ['questionnaire.nextStepsHeading', 'questionnaire.nextStepsHeading'],
  ] as const)('reads %s as %s', (key, read) => {
    expect(sharedVariant(strings, key)).toBe(read);
  });
});
