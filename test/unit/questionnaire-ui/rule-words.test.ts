// The decision list and the reasons in words, as the result page and the method page print them.
import { describe, expect, it } from 'vitest';
import { en, type UiKey } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { assessReadiness, type Questionnaire } from '../../../src/lib/questionnaire';
import { adviceChanges } from '../../../src/lib/questionnaire/change';
import { fillPlaceholders as fillString } from '../../../src/lib/fill-text';
import type { Lang } from '../../../src/lib/language';
import {
  briefReason,
  decidingLines,
  changeWords,
  findingTitle,
  keptDownWords,
  ruleCondition,
  ruleEffect,
  type WordsContext,
} from '../../../src/lib/questionnaire-ui/rule-words';
import { answersWith, questionnaire } from '../questionnaire/support';

const words = (q: Questionnaire, lang: Lang = 'en'): WordsContext => ({
  questionnaire: q,
  lang,
  t: (key, values) => fillString((lang === 'en' ? en : nl)[key as UiKey], values),
});
const rule = (q: Questionnaire, id: string) => q.rules.find((r) => r.id === id)!;

describe('rules in words', () => {
  it.each([
    // A knock-out names the answer and the question.
    [
      'same-reporting-line',
      'Answer “Hardly, almost everyone is in the same line” to “Can you form pairs in which the junior does not work for the senior, not even in the same department?” → no further than small groups',
    ],
    // A score rule names the dimension and its line.
    ['time-weak', 'Protected time scores below 60 → no further than small groups'],
    // Middling conditions that add up name how many and the line.
    ['conditions-add-up', '3 or more conditions score below 70 → no further than small groups'],
    // An aim rule decides.
    [
      'aim-onboarding',
      'Answer “Help newcomers find their way quickly” to “What do you most want the programme to achieve?” → the programme is a buddy system',
    ],
    // The last line.
    ['ready-for-pairs', 'None of the lines above applies → we advise one-to-one pairs'],
    // A knock-out for every programme says so; both of its answers are named.
    [
      'no-sponsor',
      'Answer “We have not asked yet” or “No, the top has doubts” to “Does someone from top management openly back the programme?” → wait, and build the foundations first, whatever the programme',
    ],
    // A rule that rules a format out.
    [
      'too-few-seniors',
      'Answer “One or two” to “How many senior people could take part in a first pilot?” → small groups are not possible',
    ],
  ])('%s reads as a line of the list', (id, line) => {
    const context = words(questionnaire);
    expect(`${ruleCondition(context, rule(questionnaire, id))} → ${ruleEffect(context, rule(questionnaire, id))}`).toBe(
      line,
    );
  });

  it('names a reason and what would lift it in the organisation’s own words, in both languages', () => {
    const { decision } = assessReadiness(questionnaire, answersWith({ 'protected-time': 'none' }));
    const [answer, score] = decision.reasons;
    expect(findingTitle(words(questionnaire), answer!)).toBe(
      'You answered “No, there is no room for it now” to: Is there time for the meetings within work hours, planned in advance?',
    );
    // Time 0 + 2 + 4 + 2 = 8 of 14 -> 57.
    expect(findingTitle(words(questionnaire), score!)).toBe('Protected time: 57 out of 100, below the line of 60');
    // What would lift it is now the smallest answer change (change.ts), put in words by changeWords.
    const [change] = adviceChanges(questionnaire, answersWith({ 'protected-time': 'none' }));
    expect(change).toEqual({
      format: 'reverse-pairs',
      answers: [{ questionId: 'protected-time', from: 'none', to: 'own-time' }],
    });
    expect(changeWords(words(questionnaire), change!.answers[0]!)).toBe(
      'If “Is there time for the meetings within work hours, planned in advance?” were “People have to find the time themselves” instead of “No, there is no room for it now”',
    );
    expect(changeWords(words(questionnaire, 'nl'), change!.answers[0]!)).not.toMatch(/\{\w+\}/);
    expect(findingTitle(words(questionnaire, 'nl'), score!)).toBe(
      'Beschermde tijd: 57 van de 100, onder de grens van 60',
    );
  });

  it('follows the data: a changed line changes the words, the bars and the advice alike', () => {
    // The method page, the score bars and the result all read the same rule; change it in a copy.
    const copy: Questionnaire = structuredClone(questionnaire);
    const time = copy.rules.find((r) => r.id === 'time-weak')!;
    if ('dimension' in time.when) time.when.below = 40;
    expect(ruleCondition(words(copy), time)).toBe('Protected time scores below 40');
    expect(decidingLines(copy, 'time')).toEqual([{ threshold: 40, caps: 'reverse-groups' }]);
    // Time 3 + 1 + 2 + 2 = 8 of 14 -> 57: below 60 in the real file, not below 40 in the copy.
    const answers = answersWith({ 'protected-time': 'own-time', 'busy-weeks': 'moved', 'commitment': 'probably' });
    expect(assessReadiness(questionnaire, answers).decision.format).toBe('reverse-groups');
    expect(assessReadiness(copy, answers).decision.format).toBe('reverse-pairs');
  });
});

/** The reason of one rule for these answers, with the words context and the scores they give. */
const reasonFor = (id: string, answers: Readonly<Record<string, string>>, lang: Lang = 'en') => {
  const assessment = assessReadiness(questionnaire, answersWith(answers));
  const finding = assessment.decision.reasons.find((reason) => reason.rule.id === id)!;
  return { context: words(questionnaire, lang), finding, scores: assessment.scores };
};

describe('the answers that keep a score down', () => {
  it('names them after a score reason, and nothing after an answer', () => {
    const score = reasonFor('time-weak', { 'protected-time': 'none' });
    expect(keptDownWords(score.context, score.scores, score.finding)).toBe(
      'Answers that keep it down: “No, there is no room for it now”.',
    );
    const answer = reasonFor('no-sponsor', { sponsor: 'doubtful' });
    expect(keptDownWords(answer.context, answer.scores, answer.finding)).toBeUndefined();
  });

  it('lists several the way the language does', () => {
    const answers = { 'protected-time': 'none', 'busy-weeks': 'moved', 'commitment': 'probably' };
    const { context, finding, scores } = reasonFor('time-weak', answers, 'nl');
    expect(keptDownWords(context, scores, finding)).toBe(
      'Antwoorden die de score omlaag houden: “Nee, daar is nu geen ruimte voor”, “Ze worden verzet, maar gaan wel door” en “Waarschijnlijk, maar niemand heeft het gevraagd”.',
    );
  });
});

describe('reasons in brief', () => {
  it.each([
    // An answer to a readiness question names its condition and the answer.
    ['no-sponsor', { sponsor: 'doubtful' }, 'en', 'Support from the top: “No, the top has doubts”'],
    ['no-sponsor', { sponsor: 'doubtful' }, 'nl', 'Steun van de top: “Nee, de top twijfelt”'],
    // An answer to a context question has no condition, so it keeps its full title.
    [
      'too-few-seniors',
      { 'seniors': '1-2', 'reporting-line': 'hardly' },
      'en',
      'You answered “One or two” to: How many senior people could take part in a first pilot?',
    ],
    // A score keeps its title too.
    ['time-weak', { 'protected-time': 'none' }, 'en', 'Protected time: 57 out of 100, below the line of 60'],
  ] as const)('%s for %j in %s reads %j', (id, answers, lang, line) => {
    const { context, finding } = reasonFor(id, answers, lang);
    expect(briefReason(context, finding)).toBe(line);
  });
});
