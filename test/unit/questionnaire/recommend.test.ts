import { describe, expect, it } from 'vitest';
import {
  decidedByAim,
  milderReasons,
  recommendPilotFormat,
  type Answers,
  type DimensionId,
  type PilotFormat,
  type Programme,
  type Rule,
} from '../../../src/lib/questionnaire';

// A decision list made up for these tests, so each way a rule can apply is pinned independently
// of the content file. Rules hold back reverse mentoring only unless they say otherwise (`appliesTo`).
const text = { en: 'x', nl: 'x' };
const rule = (
  id: string,
  when: Rule['when'],
  effect: Partial<Pick<Rule, 'decides' | 'caps' | 'rulesOut' | 'appliesTo'>>,
): Rule => ({
  id,
  when,
  appliesTo: ['reverse'],
  ...effect,
  explanation: text,
  why: text,
  sources: ['valkenburg'],
});
const rules: Rule[] = [
  rule('aim-onboarding', { question: 'aim', options: ['onboarding'] }, { decides: 'buddy' }),
  rule('aim-career-growth', { question: 'aim', options: ['career-growth'] }, { decides: 'traditional' }),
  rule(
    'top-has-doubts',
    { question: 'sponsor', options: ['doubtful'] },
    { caps: 'foundations', appliesTo: ['buddy', 'traditional', 'reverse'] },
  ),
  rule('support-too-weak', { dimension: 'support', below: 40 }, { caps: 'foundations' }),
  rule('same-line', { question: 'reporting-line', options: ['hardly'] }, { caps: 'reverse-groups' }),
  rule('time-weak', { dimension: 'time', below: 55 }, { caps: 'reverse-groups' }),
  rule('add-up', { dimensionsBelow: 70, atLeast: 3 }, { caps: 'reverse-groups' }),
  rule('too-few-seniors', { question: 'seniors', options: ['1-2'] }, { rulesOut: 'reverse-groups' }),
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
    programme: Programme;
    rule: string;
    reasons: string[];
  }[] = [
    // An aim rule chooses the programme; rules for reverse mentoring only do not hold it back.
    {
      name: 'onboarding leads to a buddy system even when every score is 0',
      answers: { aim: 'onboarding' },
      scores: all(0),
      format: 'buddy',
      programme: 'buddy',
      rule: 'aim-onboarding',
      reasons: [],
    },
    // An aim does not switch the knock-outs off: one that applies to its programme holds it.
    {
      name: 'a knock-out that applies to the buddy programme holds it at the foundations',
      answers: { aim: 'onboarding', sponsor: 'doubtful' },
      scores: strong,
      format: 'foundations',
      programme: 'buddy',
      rule: 'top-has-doubts',
      reasons: ['top-has-doubts'],
    },
    // The second aim rule.
    {
      name: 'career growth leads to traditional mentoring',
      answers: { aim: 'career-growth' },
      scores: all(0),
      format: 'traditional',
      programme: 'traditional',
      rule: 'aim-career-growth',
      reasons: [],
    },
    // Without any cap, the last rule decides.
    {
      name: 'a reverse aim with strong conditions leads to one-to-one pairs',
      answers: reverse,
      scores: strong,
      format: 'reverse-pairs',
      programme: 'reverse',
      rule: 'ready-for-pairs',
      reasons: [],
    },
    // An unanswered aim is read as reverse mentoring.
    {
      name: 'an unanswered aim is treated as a reverse aim',
      answers: {},
      scores: strong,
      format: 'reverse-pairs',
      programme: 'reverse',
      rule: 'ready-for-pairs',
      reasons: [],
    },
    // A knock-out answer caps the format although every score is 100.
    {
      name: 'a knock-out answer caps the format although every score is 100',
      answers: { ...reverse, 'reporting-line': 'hardly' },
      scores: strong,
      format: 'reverse-groups',
      programme: 'reverse',
      rule: 'same-line',
      reasons: ['same-line'],
    },
    // One point under a line applies the rule.
    {
      name: 'a score one point under its line caps the format',
      answers: reverse,
      scores: { ...strong, time: 54 },
      format: 'reverse-groups',
      programme: 'reverse',
      rule: 'time-weak',
      reasons: ['time-weak'],
    },
    // Exactly on the line does not.
    {
      name: 'a score exactly on its line does not cap the format',
      answers: reverse,
      scores: { ...strong, time: 55 },
      format: 'reverse-pairs',
      programme: 'reverse',
      rule: 'ready-for-pairs',
      reasons: [],
    },
    // Middling scores add up: three dimensions under the count's line cap the format, two do not.
    {
      name: 'three dimensions under a count line cap the format',
      answers: reverse,
      scores: { ...strong, support: 69, time: 69, goals: 69 },
      format: 'reverse-groups',
      programme: 'reverse',
      rule: 'add-up',
      reasons: ['add-up'],
    },
    {
      name: 'two dimensions under a count line do not',
      answers: reverse,
      scores: { ...strong, support: 69, time: 69, goals: 70 },
      format: 'reverse-pairs',
      programme: 'reverse',
      rule: 'ready-for-pairs',
      reasons: [],
    },
    // The strictest cap wins, and every applying rule is kept as a reason, in list order.
    {
      name: 'the strictest cap wins and every reason is kept',
      answers: { ...reverse, 'reporting-line': 'hardly' },
      scores: { ...strong, time: 10, support: 39 },
      format: 'foundations',
      programme: 'reverse',
      rule: 'support-too-weak',
      reasons: ['support-too-weak', 'same-line', 'time-weak'],
    },
    // Two rules at the same level: the first in the list is named as deciding.
    {
      name: 'of two caps at the same level the first in the list decides',
      answers: { ...reverse, sponsor: 'doubtful' },
      scores: { ...strong, support: 0 },
      format: 'foundations',
      programme: 'reverse',
      rule: 'top-has-doubts',
      reasons: ['top-has-doubts', 'support-too-weak'],
    },
    // A format that is ruled out drops the result one step: groups without enough seniors become foundations.
    {
      name: 'a ruled-out format drops the result one step below it',
      answers: { ...reverse, 'seniors': '1-2', 'reporting-line': 'hardly' },
      scores: strong,
      format: 'foundations',
      programme: 'reverse',
      // The rule that ruled groups out decided it: its explanation says why groups are no option.
      rule: 'too-few-seniors',
      reasons: ['same-line', 'too-few-seniors'],
    },
    // ... but ruling out a format the result never reaches changes nothing and is no reason.
    {
      name: 'ruling out a format the result does not reach is no reason',
      answers: { ...reverse, seniors: '1-2' },
      scores: strong,
      format: 'reverse-pairs',
      programme: 'reverse',
      rule: 'ready-for-pairs',
      reasons: [],
    },
  ];
  it.each(cases)('$name', ({ answers, scores, format, programme, rule: deciding, reasons }) => {
    const decision = recommendPilotFormat(rules, answers, scores);
    expect(decision.format).toBe(format);
    expect(decision.programme).toBe(programme);
    expect(decision.rule).toBe(deciding);
    expect(decision.reasons.map((finding) => finding.rule.id)).toEqual(reasons);
  });

  it('names every score reason with its score and line', () => {
    const decision = recommendPilotFormat(rules, reverse, { ...strong, time: 30 });
    expect(decision.reasons).toEqual([
      expect.objectContaining({ kind: 'dimension', dimension: 'time', score: 30, threshold: 55 }),
    ]);
  });

  it('names a count reason with the dimensions under its line', () => {
    const decision = recommendPilotFormat(rules, reverse, { ...strong, support: 50, goals: 60, structure: 65 });
    expect(decision.reasons).toEqual([
      expect.objectContaining({
        kind: 'count',
        dimensions: ['support', 'goals', 'structure'],
        threshold: 70,
        atLeast: 3,
      }),
    ]);
  });

  // What would change the advice is now worked out by trying answers (change.test.ts); the decision
  // says what holds it: every cap at the current level, and a rule that ruled out the format above.
  it('holds the result by every cap at its level, and not by the caps below the strictest', () => {
    const held = (answers: Answers, scores: Scores) =>
      recommendPilotFormat(rules, answers, scores).holding.map((finding) => finding.rule.id);
    expect(held({ ...reverse, 'reporting-line': 'hardly' }, { ...strong, support: 20, time: 30 })).toEqual([
      'support-too-weak',
    ]);
    expect(held({ ...reverse, 'reporting-line': 'hardly' }, { ...strong, time: 30 })).toEqual([
      'same-line',
      'time-weak',
    ]);
    expect(held({ ...reverse, 'seniors': '1-2', 'reporting-line': 'hardly' }, strong)).toEqual([
      'same-line',
      'too-few-seniors',
    ]);
  });

  it('holds nothing at the top, or for an aim with nothing in its way', () => {
    expect(recommendPilotFormat(rules, reverse, strong).holding).toEqual([]);
    expect(recommendPilotFormat(rules, { aim: 'onboarding' }, all(0)).holding).toEqual([]);
  });

  it('takes every line from the rules it is given, not from the code', () => {
    const never = rules.map((r) => {
      if ('dimension' in r.when) return { ...r, when: { ...r.when, below: 0 } };
      if ('dimensionsBelow' in r.when) return { ...r, when: { ...r.when, dimensionsBelow: 0 } };
      return r;
    });
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

describe('milderReasons', () => {
  const milder = (answers: Answers, scores: Scores) =>
    milderReasons(recommendPilotFormat(rules, answers, scores)).map((finding) => finding.rule.id);

  it.each([
    // The strictest cap holds the result; the caps below it are milder, in the list's order.
    [{ ...reverse, 'reporting-line': 'hardly' }, { ...strong, support: 20, time: 30 }, ['same-line', 'time-weak']],
    // Every cap at the same level holds it, so none is milder.
    [{ ...reverse, 'reporting-line': 'hardly' }, { ...strong, time: 30 }, []],
    // Nothing applies at the top.
    [reverse, strong, []],
  ] as const)('%j with %j leaves %j milder', (answers, scores, expected) => {
    expect(milder(answers, scores)).toEqual(expected);
  });

  it('with what holds the result, gives back every reason once', () => {
    const decision = recommendPilotFormat(
      rules,
      { ...reverse, 'reporting-line': 'hardly' },
      { ...strong, support: 20 },
    );
    expect([...decision.holding, ...milderReasons(decision)]).toHaveLength(decision.reasons.length);
    expect(new Set([...decision.holding, ...milderReasons(decision)])).toEqual(new Set(decision.reasons));
  });
});
