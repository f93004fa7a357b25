import { describe, expect, it } from 'vitest';
import {
  assessReadiness,
  improvementsFor,
  recommendForAnswers,
  type PilotFormat,
} from '../../../src/lib/questionnaire';
import { answersWith, questionnaire } from './support';

// End-to-end on the real content file: these cases break when the content's weights or thresholds
// change in a way that changes a recommendation, which is the point. Scores are worked out in comments.
describe('assessReadiness on the real questionnaire', () => {
  // The organisations in test/fixtures/scenarios.ts pin the advice; these cases pin which rule decides,
  // at the lines' edges. Scores are worked out in comments.
  const cases: {
    name: string;
    answers: Record<string, string>;
    format: PilotFormat;
    rule: string;
    reasons: string[];
  }[] = [
    // An aim keeps the knock-outs that apply to its programme; the reverse-only ones do not count.
    {
      name: 'worst answers with an onboarding aim build foundations, held by the knock-outs for a buddy system',
      answers: answersWith({ aim: 'onboarding' }, 'worst'),
      format: 'foundations',
      rule: 'no-sponsor',
      reasons: ['no-sponsor', 'no-goal', 'no-protected-time'],
    },
    // With those knock-outs gone, onboarding is a buddy system however weak the reverse-only conditions.
    {
      name: 'an onboarding aim with a sponsor, a goal and time gets a buddy system despite weak openness',
      answers: answersWith({ 'aim': 'onboarding', 'attitude': 'resistant', 'acts-on-ideas': 'rarely' }),
      format: 'buddy',
      rule: 'aim-onboarding',
      reasons: [],
    },
    // All conditions met for a reverse aim.
    {
      name: 'best answers with a digital aim recommend one-to-one pairs',
      answers: answersWith({}),
      format: 'reverse-pairs',
      rule: 'ready-for-pairs',
      reasons: [],
    },
    // The knock-out comes first in the list and decides; leaders who stay out are a second reason.
    {
      name: 'a doubtful top is decided by its knock-out, with leaders who stay out as a second reason',
      answers: answersWith({ 'sponsor': 'doubtful', 'leaders-join': 'no' }),
      format: 'foundations',
      rule: 'no-sponsor',
      reasons: ['no-sponsor', 'leaders-stay-out'],
    },
    // Support is ordered as the sources order it; a sponsor not yet asked is a knock-out of its own.
    {
      name: 'a sponsor not yet asked means building foundations first',
      answers: answersWith({ 'sponsor': 'not-asked', 'leaders-join': 'maybe' }),
      format: 'foundations',
      rule: 'no-sponsor',
      reasons: ['no-sponsor'],
    },
    // Support 2x2 + 1 = 5 of 8 -> 63: a quiet sponsor with leaders who may join is enough.
    {
      name: 'a quiet sponsor with leaders who may join is enough for pairs',
      answers: answersWith({ 'sponsor': 'quiet', 'leaders-join': 'maybe' }),
      format: 'reverse-pairs',
      rule: 'ready-for-pairs',
      reasons: [],
    },
    // Support 2x2 + 0 = 4 of 8 -> 50, above the line, but leaders who stay out cap the format on their own.
    {
      name: 'leaders who will not be mentees hold pairs back although support scores 50',
      answers: answersWith({ 'sponsor': 'quiet', 'leaders-join': 'no' }),
      format: 'reverse-groups',
      rule: 'leaders-stay-out',
      reasons: ['leaders-stay-out'],
    },
    // Safe space 0 + 2 + 2 = 4 of 8 -> 50, below 60, and the knock-out as well. Reported
    // talks are no safe space at all, so the knock-out holds at the foundations.
    {
      name: 'talks reported to managers give both the knock-out and the weak safe space as reasons',
      answers: answersWith({ confidential: 'reported' }),
      format: 'foundations',
      rule: 'content-reported',
      reasons: ['content-reported', 'confidentiality-weak'],
    },
    // Openness 2 + 1 = 3 of 6 -> 50, exactly on the line: the rule does not apply.
    {
      name: 'a score exactly on its line does not hold the format back',
      answers: answersWith({ 'attitude': 'mixed', 'acts-on-ideas': 'sometimes' }),
      format: 'reverse-pairs',
      rule: 'ready-for-pairs',
      reasons: [],
    },
    // Everything weak: the first rule capping at foundations decides; every reason is listed.
    {
      name: 'worst answers with a culture aim list every reason, foundations first',
      answers: answersWith({ aim: 'culture-change' }, 'worst'),
      format: 'foundations',
      rule: 'no-sponsor',
      reasons: [
        'no-sponsor',
        'no-goal',
        'no-protected-time',
        'content-reported',
        'leaders-do-not-act',
        'no-willing-juniors',
        'juniors-not-released',
        'too-many-weak',
        'same-reporting-line',
        'hard-to-speak-up',
        'confidentiality-weak',
        'seniors-will-cancel',
        'meetings-cancelled',
        'time-weak',
        'leaders-stay-out',
        'seniors-resist',
        'senior-resistance',
        'goals-unclear',
        'structure-weak',
        'conditions-add-up',
      ],
    },
  ];
  it.each(cases)('$name', ({ answers, format, rule, reasons }) => {
    const result = assessReadiness(questionnaire, answers);
    expect(result.decision.format).toBe(format);
    expect(result.decision.rule).toBe(rule);
    expect(result.decision.reasons.map((finding) => finding.rule.id)).toEqual(reasons);
    // The recommendation is the format's own, with its summary filled in for these answers.
    expect(result.recommendation.title).toBe(questionnaire.recommendations[format].title);
    expect(result.recommendation.nextSteps).toBe(questionnaire.recommendations[format].nextSteps);
    expect(recommendForAnswers(questionnaire, answers)).toEqual(result.decision);
  });

  it('names a score reason with its score and line, and a knock-out with the answer given', () => {
    const { decision } = assessReadiness(questionnaire, answersWith({ 'protected-time': 'none' }));
    // Time 0 + 2 + 4 + 2 (juniors released) = 8 of 14 -> 57.
    expect(decision.reasons).toEqual([
      expect.objectContaining({ kind: 'answer', questionId: 'protected-time', optionId: 'none' }),
      expect.objectContaining({ kind: 'dimension', dimension: 'time', score: 57, threshold: 60 }),
    ]);
  });

  it('explains the result with the deciding rule, in both languages', () => {
    const { explanation, decision } = assessReadiness(questionnaire, answersWith({ 'reporting-line': 'hardly' }));
    expect(decision.rule).toBe('same-reporting-line');
    expect(explanation).toEqual(questionnaire.rules.find((rule) => rule.id === 'same-reporting-line')!.explanation);
  });

  const sizes: {
    name: string;
    seniors: string | undefined;
    juniors: string;
    answers: Record<string, string>;
    en: string;
    pairs: number;
    groups: number;
  }[] = [
    // Six to twelve on both sides start with five pairs.
    {
      name: 'six to twelve seniors and juniors give a pilot of five pairs',
      seniors: '6-12',
      juniors: '6-12',
      answers: {},
      en: 'Number of pairs: 5',
      pairs: 5,
      groups: 2,
    },
    // Thirteen or more keep the first pilot small, no bigger than six to twelve. Groups
    // (a shared reporting line) with every condition strong: two groups.
    {
      name: 'thirteen or more seniors and juniors give two groups, as many as six to twelve',
      seniors: '13-plus',
      juniors: '13-plus',
      answers: { 'reporting-line': 'hardly' },
      en: 'Number of groups: 2, each with a few juniors and seniors',
      pairs: 5,
      groups: 2,
    },
    // The pilot follows the smaller side.
    {
      name: 'many seniors but three to five juniors give three pairs',
      seniors: '13-plus',
      juniors: '3-5',
      answers: {},
      en: 'Number of pairs: 3',
      pairs: 3,
      groups: 1,
    },
    // A condition not yet strong (openness, with resistant seniors) cuts the pilot to the reduced size.
    {
      name: 'a condition below strong cuts the pilot to the reduced size',
      seniors: '13-plus',
      juniors: '13-plus',
      answers: { attitude: 'resistant' },
      en: 'Number of groups: 1, each with a few juniors and seniors',
      pairs: 3,
      groups: 1,
    },
    // Without an answer, the pilot is planned at the smallest size.
    {
      name: 'an unanswered seniors question plans the smallest pilot',
      seniors: undefined,
      juniors: '13-plus',
      answers: {},
      en: 'Number of pairs: 2',
      pairs: 2,
      groups: 1,
    },
  ];
  it.each(sizes)('$name', ({ seniors, juniors, answers, en, pairs, groups }) => {
    const all: Record<string, string> = answersWith({ ...answers, juniors });
    if (seniors === undefined) delete all.seniors;
    else all.seniors = seniors;
    const { pilot } = assessReadiness(questionnaire, all);
    expect(pilot.size.en).toBe(en);
    // The Dutch text is filled the same way: no placeholder is left.
    expect(pilot.size.nl).not.toMatch(/\{\w+\}/);
    expect(pilot).toMatchObject({ pairs, groups, lengthMonths: 3 });
  });

  const risks: { name: string; answers: Record<string, string>; includes: string[]; excludes: string[] }[] = [
    // Ideal answers trigger no risk at all.
    {
      name: 'ideal answers trigger no risks',
      answers: answersWith({}),
      includes: [],
      excludes: questionnaire.risks.map((r) => r.id),
    },
    // A remote setting is a risk for pairs.
    {
      name: 'a remote setting warns about building trust at a distance',
      answers: answersWith({ setting: 'remote' }),
      includes: ['remote-trust'],
      excludes: [],
    },
    // ...but not when no pilot starts yet.
    {
      name: 'a remote setting is not a risk while building foundations',
      answers: answersWith({ 'setting': 'remote', 'sponsor': 'doubtful', 'leaders-join': 'no' }),
      includes: [],
      excludes: ['remote-trust'],
    },
    // Goals 2x1 + 0 = 2 of 6 -> 33, below 50.
    {
      name: 'vague goals warn about window dressing',
      answers: answersWith({ goal: 'rough', expectations: 'not-yet' }),
      includes: ['window-dressing', 'wrong-expectations'],
      excludes: [],
    },
    // Cancelled meetings and uncommitted seniors each have a risk.
    {
      name: 'cancelled meetings and unsure seniors are both named as risks',
      answers: answersWith({ 'busy-weeks': 'cancelled', 'commitment': 'probably' }),
      includes: ['cancelled-meetings', 'seniors-not-committed'],
      excludes: [],
    },
    // Matching on age matters for pairs, not for groups.
    {
      name: 'matching on age is a risk for pairs',
      answers: answersWith({ matching: 'by-age' }),
      includes: ['matched-on-age'],
      excludes: [],
    },
    // In groups, matching on age is not named.
    {
      name: 'matching on age is not a risk for groups',
      answers: answersWith({ matching: 'by-age', attitude: 'resistant' }),
      includes: ['senior-resistance'],
      excludes: ['matched-on-age'],
    },
    // Nobody following the pilot is a risk.
    {
      name: 'a pilot without an owner is named as a risk',
      answers: answersWith({ plan: 'none' }),
      includes: ['no-owner'],
      excludes: [],
    },
  ];
  it.each(risks)('$name', ({ answers, includes, excludes }) => {
    const ids = assessReadiness(questionnaire, answers).risks.map((r) => r.id);
    for (const id of includes) expect(ids).toContain(id);
    for (const id of excludes) expect(ids).not.toContain(id);
  });

  it('lists nothing to improve when every answer is the best one', () => {
    expect(assessReadiness(questionnaire, answersWith({})).improvements).toEqual([]);
  });

  it('lists every answer that is not the best one, biggest weighted gap first', () => {
    const improvements = improvementsFor(questionnaire, answersWith({ aim: 'digital-ai' }, 'worst'));
    const readinessCount = questionnaire.questions.filter((q) => q.kind === 'readiness').length;
    expect(improvements).toHaveLength(readinessCount);
    // sponsor (2 x 3) and protected-time (3 x 2) miss 6 points each; questionnaire order breaks the tie.
    expect(improvements.slice(0, 2).map((i) => [i.questionId, i.gap])).toEqual([
      ['sponsor', 6],
      ['protected-time', 6],
    ]);
    for (let i = 1; i < improvements.length; i++)
      expect(improvements[i - 1]!.gap).toBeGreaterThanOrEqual(improvements[i]!.gap);
    expect(improvements[0]).toMatchObject({
      optionId: 'doubtful',
      dimension: 'support',
      link: { guide: 'when-it-works-and-fails', section: 'support-from-the-top' },
    });
  });

  it('includes a partly good answer among the things to improve', () => {
    const { improvements } = assessReadiness(questionnaire, answersWith({ 'busy-weeks': 'moved' }));
    expect(improvements).toEqual([expect.objectContaining({ questionId: 'busy-weeks', optionId: 'moved', gap: 1 })]);
  });

  it("passes on the chosen recommendation's next steps and templates", () => {
    const result = assessReadiness(questionnaire, answersWith({ attitude: 'resistant' }));
    // Steps with a `when` are kept only when it holds; here every step of the groups advice does.
    expect(result.nextSteps).toEqual(questionnaire.recommendations['reverse-groups'].nextSteps);
    expect(result.templates).toContain('lunch-and-learn');
  });
});

describe('what to improve, in the order that matters for the result', () => {
  it('puts the answers behind what holds the format back first, then the rest by gap', () => {
    // Time is weak (the reason), while a missing sponsor (a bigger gap) does not hold back groups.
    const answers = answersWith({
      'sponsor': 'quiet',
      'protected-time': 'own-time',
      'busy-weeks': 'moved',
      'commitment': 'probably',
    });
    const { decision, improvements } = assessReadiness(questionnaire, answers);
    expect(decision.format).toBe('reverse-groups');
    expect(improvements.map((i) => i.questionId)).toEqual(['protected-time', 'commitment', 'busy-weeks', 'sponsor']);
  });
});
