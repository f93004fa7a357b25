import { describe, expect, it } from 'vitest';
import {
  decidedByAim,
  recommendPilotFormat,
  type Answers,
  type DimensionId,
  type PilotFormat,
  type Rule,
} from '../../../src/lib/questionnaire';

// A decision list made up for these tests, so each way a rule can apply is pinned independently
// of the content file.
const text = { en: 'x', nl: 'x' };
const rule = (id: string, when: Rule['when'], effect: Pick<Rule, 'decides' | 'caps'>): Rule => ({
  id,
  when,
  ...effect,
  explanation: text,
  why: text,
  sources: ['valkenburg'],
});
const rules: Rule[] = [
  rule('aim-onboarding', { question: 'aim', options: ['onboarding'] }, { decides: 'buddy' }),
  rule('aim-career-growth', { question: 'aim', options: ['career-growth'] }, { decides: 'traditional' }),
  rule('top-has-doubts', { question: 'sponsor', options: ['doubtful'] }, { caps: 'foundations' }),
  rule('support-too-weak', { dimension: 'support', below: 40 }, { caps: 'foundations' }),
  rule('same-line', { question: 'reporting-line', options: ['hardly'] }, { caps: 'reverse-groups' }),
  rule('time-weak', { dimension: 'time', below: 55 }, { caps: 'reverse-groups' }),
  rule('ready-for-pairs', { otherwise: true }, { decides: 'reverse-pairs' }),
];

type Scores = Record<DimensionId, number>;
const all = (n: number): Scores => ({ support: n, confidentiality: n, time: n, goals: n, openness: n, structure: n });
const strong = all(100);
const reverse: Answers = { aim: 'digital-ai' };

describe('recommendPilotFormat', () => {
  const cases: {
    name: string;
    answers: Answers;
    scores: Scores;
    format: PilotFormat;
    rule: string;
    reasons: string[];
  }[] = [
    // An aim rule decides outright, however weak the conditions.
    {
      name: 'onboarding leads to a buddy system even when every score is 0 and a knock-out applies',
      answers: { aim: 'onboarding', sponsor: 'doubtful' },
      scores: all(0),
      format: 'buddy',
      rule: 'aim-onboarding',
      reasons: [],
    },
    // The second aim rule.
    {
      name: 'career growth leads to traditional mentoring',
      answers: { aim: 'career-growth' },
      scores: all(0),
      format: 'traditional',
      rule: 'aim-career-growth',
      reasons: [],
    },
    // Without any cap, the last rule decides.
    {
      name: 'a reverse aim with strong conditions leads to one-to-one pairs',
      answers: reverse,
      scores: strong,
      format: 'reverse-pairs',
      rule: 'ready-for-pairs',
      reasons: [],
    },
    // An unanswered aim is read as reverse mentoring.
    {
      name: 'an unanswered aim is treated as a reverse aim',
      answers: {},
      scores: strong,
      format: 'reverse-pairs',
      rule: 'ready-for-pairs',
      reasons: [],
    },
    // A knock-out answer caps the format although every score is 100.
    {
      name: 'a knock-out answer caps the format although every score is 100',
      answers: { ...reverse, 'reporting-line': 'hardly' },
      scores: strong,
      format: 'reverse-groups',
      rule: 'same-line',
      reasons: ['same-line'],
    },
    // One point under a line applies the rule.
    {
      name: 'a score one point under its line caps the format',
      answers: reverse,
      scores: { ...strong, time: 54 },
      format: 'reverse-groups',
      rule: 'time-weak',
      reasons: ['time-weak'],
    },
    // Exactly on the line does not.
    {
      name: 'a score exactly on its line does not cap the format',
      answers: reverse,
      scores: { ...strong, time: 55 },
      format: 'reverse-pairs',
      rule: 'ready-for-pairs',
      reasons: [],
    },
    // The strictest cap wins, and every applying rule is kept as a reason, in list order.
    {
      name: 'the strictest cap wins and every reason is kept',
      answers: { ...reverse, 'reporting-line': 'hardly' },
      scores: { ...strong, time: 10, support: 39 },
      format: 'foundations',
      rule: 'support-too-weak',
      reasons: ['support-too-weak', 'same-line', 'time-weak'],
    },
    // Two rules at the same level: the first in the list is named as deciding.
    {
      name: 'of two caps at the same level the first in the list decides',
      answers: { ...reverse, sponsor: 'doubtful' },
      scores: { ...strong, support: 0 },
      format: 'foundations',
      rule: 'top-has-doubts',
      reasons: ['top-has-doubts', 'support-too-weak'],
    },
  ];
  it.each(cases)('$name', ({ answers, scores, format, rule: deciding, reasons }) => {
    const decision = recommendPilotFormat(rules, answers, scores);
    expect(decision.format).toBe(format);
    expect(decision.rule).toBe(deciding);
    expect(decision.reasons.map((finding) => finding.rule.id)).toEqual(reasons);
  });

  it('names every score reason with its score and line', () => {
    const decision = recommendPilotFormat(rules, reverse, { ...strong, time: 30 });
    expect(decision.reasons).toEqual([
      expect.objectContaining({ kind: 'dimension', dimension: 'time', score: 30, threshold: 55 }),
    ]);
  });

  it('says what would move the advice one step up: every cap at the current level, and the format that follows', () => {
    const decision = recommendPilotFormat(
      rules,
      { ...reverse, 'reporting-line': 'hardly' },
      { ...strong, support: 20, time: 30 },
    );
    expect(decision.change?.conditions.map((finding) => finding.rule.id)).toEqual(['support-too-weak']);
    expect(decision.change?.format).toBe('reverse-groups');
    const groups = recommendPilotFormat(rules, { ...reverse, 'reporting-line': 'hardly' }, { ...strong, time: 30 });
    expect(groups.change?.conditions.map((finding) => finding.rule.id)).toEqual(['same-line', 'time-weak']);
    expect(groups.change?.format).toBe('reverse-pairs');
  });

  it('offers no change at the top or for an aim that decides', () => {
    expect(recommendPilotFormat(rules, reverse, strong).change).toBeUndefined();
    expect(recommendPilotFormat(rules, { aim: 'onboarding' }, all(0)).change).toBeUndefined();
  });

  it('takes every line from the rules it is given, not from the code', () => {
    const never = rules.map((r) => ('dimension' in r.when ? { ...r, when: { ...r.when, below: 0 } } : r));
    expect(recommendPilotFormat(never, reverse, all(0)).format).toBe('reverse-pairs');
    const always = rules.map((r) =>
      r.id === 'time-weak' ? { ...r, when: { dimension: 'time' as const, below: 101 } } : r,
    );
    expect(recommendPilotFormat(always, reverse, strong).rule).toBe('time-weak');
  });

  it('ignores an inherited property name given as an answer', () => {
    const answers = JSON.parse('{"__proto__": {"reporting-line": "hardly"}, "aim": "digital-ai"}') as Answers;
    expect(recommendPilotFormat(rules, answers, strong).format).toBe('reverse-pairs');
  });
});

describe('decidedByAim', () => {
  it('holds when an aim rule chose the format, not when the scores or the last rule did', () => {
    const decided = (answers: Answers, scores: Scores) =>
      decidedByAim(rules, recommendPilotFormat(rules, answers, scores));
    expect(decided({ aim: 'onboarding' }, all(0))).toBe(true);
    expect(decided({ aim: 'career-growth' }, strong)).toBe(true);
    expect(decided(reverse, strong)).toBe(false);
    expect(decided(reverse, all(0))).toBe(false);
  });
});
