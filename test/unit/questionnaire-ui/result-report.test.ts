// What the result says where it can say one thing or another, for organisations at each format.
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../../src/lib/questionnaire';
import { noChangeKey } from '../../../src/lib/questionnaire-ui/result-report';
import { answersWith, questionnaire } from '../questionnaire/support';

describe('the texts a result chooses', () => {
  it.each([
    // Nothing holds a ready organisation: this is the top.
    ['a ready organisation', {}, 'questionnaire.changeTop'],
    // The aim chose a buddy system outright, so no answer about the conditions changes it.
    ['an organisation that wants buddies for newcomers', { aim: 'onboarding' }, 'questionnaire.changeAim'],
    // Held below the top by the conditions, not by the aim: the plain line.
    ['an organisation whose top doubts the idea', { sponsor: 'doubtful' }, 'questionnaire.changeNone'],
    [
      'an organisation whose people find the time themselves',
      { 'protected-time': 'own-time', 'busy-weeks': 'moved', 'commitment': 'probably' },
      'questionnaire.changeNone',
    ],
  ])('%s, when no change helps, says %s', (_name, overrides, key) => {
    const { decision } = assessReadiness(questionnaire, answersWith(overrides));
    expect(noChangeKey(questionnaire.rules, decision)).toBe(key);
  });
});
