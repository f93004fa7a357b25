import { describe, expect, it } from 'vitest';
import {
  recommendPilotFormat,
  THRESHOLD_RULES,
  RULE_IDS,
  type Aim,
  type DimensionId,
  type PilotFormat,
  type Questionnaire,
  type RuleId,
} from '../../../src/lib/questionnaire';

// Thresholds made up for these tests, so each rule is pinned independently of the content file.
const text = { en: 'x', nl: 'x' };
const rules: Questionnaire['rules'] = {
  'aim-onboarding': { explanation: text },
  'aim-career-growth': { explanation: text },
  'support-too-weak': { below: 40, explanation: text },
  'confidentiality-weak': { below: 60, explanation: text },
  'time-weak': { below: 55, explanation: text },
  'senior-resistance': { below: 50, explanation: text },
  'ready-for-pairs': { explanation: text },
};

type Scores = Record<DimensionId, number>;
const all = (n: number): Scores => ({ support: n, confidentiality: n, time: n, goals: n, openness: n, structure: n });
const strong = all(100);

describe('recommendPilotFormat', () => {
  const cases: {
    name: string;
    aim: Aim | undefined;
    scores: Scores;
    format: PilotFormat;
    rule: RuleId;
    threshold?: number;
  }[] = [
    // The aim of onboarding newcomers always leads to a buddy system, however weak the conditions.
    { name: 'onboarding leads to a buddy system even when every score is 0', aim: 'onboarding', scores: all(0), format: 'buddy', rule: 'aim-onboarding' },
    // Junior career growth always leads to classic mentoring.
    { name: 'career growth leads to traditional mentoring even when every score is 0', aim: 'career-growth', scores: all(0), format: 'traditional', rule: 'aim-career-growth' },
    // With every condition strong, a reverse aim leads to one-to-one pairs.
    { name: 'a reverse aim with strong conditions leads to one-to-one pairs', aim: 'digital-ai', scores: strong, format: 'reverse-pairs', rule: 'ready-for-pairs' },
    // Diversity and inclusion is a reverse aim too.
    { name: 'diversity and inclusion is treated as a reverse aim', aim: 'diversity-inclusion', scores: strong, format: 'reverse-pairs', rule: 'ready-for-pairs' },
    // Culture change is a reverse aim too.
    { name: 'culture change is treated as a reverse aim', aim: 'culture-change', scores: strong, format: 'reverse-pairs', rule: 'ready-for-pairs' },
    // An unanswered aim falls through to the reverse-mentoring rules.
    { name: 'an unanswered aim is treated as a reverse aim', aim: undefined, scores: strong, format: 'reverse-pairs', rule: 'ready-for-pairs' },
    // Support just below its threshold means building the foundations first.
    { name: 'support one point below its threshold leads to foundations', aim: 'digital-ai', scores: { ...strong, support: 39 }, format: 'foundations', rule: 'support-too-weak', threshold: 40 },
    // "Below" is strict: a score equal to the threshold does not trigger the rule.
    { name: 'support exactly at its threshold does not lead to foundations', aim: 'digital-ai', scores: { ...strong, support: 40 }, format: 'reverse-pairs', rule: 'ready-for-pairs' },
    // Weak support wins over every other weak condition: it is tried first.
    { name: 'weak support wins over a weak safe space, time and openness', aim: 'culture-change', scores: { ...all(0), goals: 100, structure: 100 }, format: 'foundations', rule: 'support-too-weak', threshold: 40 },
    // A weak safe space leads to small groups.
    { name: 'a safe space below its threshold leads to small groups', aim: 'digital-ai', scores: { ...strong, confidentiality: 59 }, format: 'reverse-groups', rule: 'confidentiality-weak', threshold: 60 },
    // A safe space exactly at its threshold is enough for pairs.
    { name: 'a safe space exactly at its threshold allows pairs', aim: 'digital-ai', scores: { ...strong, confidentiality: 60 }, format: 'reverse-pairs', rule: 'ready-for-pairs' },
    // Weak protected time leads to small groups.
    { name: 'protected time below its threshold leads to small groups', aim: 'digital-ai', scores: { ...strong, time: 54 }, format: 'reverse-groups', rule: 'time-weak', threshold: 55 },
    // Low senior openness (senior resistance) leads to small groups.
    { name: 'senior openness below its threshold leads to small groups', aim: 'digital-ai', scores: { ...strong, openness: 49 }, format: 'reverse-groups', rule: 'senior-resistance', threshold: 50 },
    // When several group rules apply, the first in order names the reason.
    { name: 'a weak safe space is named before weak time when both apply', aim: 'digital-ai', scores: { ...strong, confidentiality: 0, time: 0 }, format: 'reverse-groups', rule: 'confidentiality-weak', threshold: 60 },
    // Weak time is named before senior resistance.
    { name: 'weak time is named before senior resistance when both apply', aim: 'digital-ai', scores: { ...strong, time: 0, openness: 0 }, format: 'reverse-groups', rule: 'time-weak', threshold: 55 },
    // Goals and structure never change the format; they only raise risks and improvements.
    { name: 'weak goals and structure alone still allow pairs', aim: 'digital-ai', scores: { ...strong, goals: 0, structure: 0 }, format: 'reverse-pairs', rule: 'ready-for-pairs' },
  ];

  it.each(cases)('$name', ({ aim, scores, format, rule, threshold }) => {
    const decision = recommendPilotFormat(rules, aim, scores);
    expect(decision.format).toBe(format);
    expect(decision.rule).toBe(rule);
    expect(decision.threshold).toBe(threshold);
  });

  it('reports the dimension and score that a threshold rule compared', () => {
    expect(recommendPilotFormat(rules, 'digital-ai', { ...strong, time: 12 })).toEqual({
      format: 'reverse-groups',
      rule: 'time-weak',
      dimension: 'time',
      score: 12,
      threshold: 55,
    });
  });

  it('takes every threshold from the rules it is given, not from the code', () => {
    const never = Object.fromEntries(RULE_IDS.map((id) => [id, { ...rules[id], ...(rules[id].below === undefined ? {} : { below: 0 }) }])) as Questionnaire['rules'];
    const always = { ...rules, 'support-too-weak': { below: 101, explanation: text } };
    // With every threshold at 0 nothing is "below", so even all-zero scores allow pairs.
    expect(recommendPilotFormat(never, 'digital-ai', all(0)).format).toBe('reverse-pairs');
    // With the support threshold above 100, even perfect scores mean foundations.
    expect(recommendPilotFormat(always, 'digital-ai', strong).format).toBe('foundations');
  });

  it('pairs each threshold rule with the dimension the issue describes', () => {
    expect(THRESHOLD_RULES.map(({ rule, dimension, format }) => `${rule}:${dimension}:${format}`)).toEqual([
      'support-too-weak:support:foundations',
      'confidentiality-weak:confidentiality:reverse-groups',
      'time-weak:time:reverse-groups',
      'senior-resistance:openness:reverse-groups',
    ]);
  });
});
