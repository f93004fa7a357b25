// Why did the tool recommend this? The whole answer is in this file.
//
// The rules are tried from top to bottom; the first one that applies chooses the format.
// The thresholds (`below`) and the plain-words explanations come from the `rules` section of
// content/questionnaire/questionnaire.yaml; no number is written here.
//
//   1. aim-onboarding        the main aim is onboarding newcomers      -> buddy
//   2. aim-career-growth     the main aim is junior career growth      -> traditional
//   Any other aim (digital/AI, diversity and inclusion, culture change) asks for reverse mentoring:
//   3. support-too-weak      support from the top below its threshold  -> foundations
//      (without it a reverse mentoring pilot turns into window dressing)
//   4. confidentiality-weak  a safe space below its threshold          -> reverse-groups
//   5. time-weak             protected time below its threshold        -> reverse-groups
//   6. senior-resistance     senior openness below its threshold       -> reverse-groups
//      (groups and lunch-and-learn sessions are the lower-risk start)
//   7. ready-for-pairs       none of the above                         -> reverse-pairs
//
// Goals and structure never change the format: they raise risks and things to improve instead.
// Because every threshold rule asks "is this score below X?", a better answer can only move a
// reverse-mentoring result up the order foundations < reverse-groups < reverse-pairs.

import type {
  Aim,
  DimensionId,
  PilotFormat,
  Questionnaire,
  RecommendationDecision,
  ThresholdRuleId,
} from './types';

/** The threshold rules in the order they are tried, with the dimension each compares and the format it picks. */
export const THRESHOLD_RULES: readonly {
  readonly rule: ThresholdRuleId;
  readonly dimension: DimensionId;
  readonly format: PilotFormat;
}[] = [
  { rule: 'support-too-weak', dimension: 'support', format: 'foundations' },
  { rule: 'confidentiality-weak', dimension: 'confidentiality', format: 'reverse-groups' },
  { rule: 'time-weak', dimension: 'time', format: 'reverse-groups' },
  { rule: 'senior-resistance', dimension: 'openness', format: 'reverse-groups' },
];

/** Chooses the programme format from the main aim and the dimension scores, and names the rule that chose it. */
export function recommendPilotFormat(
  rules: Questionnaire['rules'],
  aim: Aim | undefined,
  scores: Readonly<Record<DimensionId, number>>,
): RecommendationDecision {
  if (aim === 'onboarding') return { format: 'buddy', rule: 'aim-onboarding' };
  if (aim === 'career-growth') return { format: 'traditional', rule: 'aim-career-growth' };

  for (const { rule, dimension, format } of THRESHOLD_RULES) {
    // The schema guarantees every threshold rule has `below`; 0 makes a missing one never apply.
    const threshold = rules[rule].below ?? 0;
    const score = scores[dimension];
    if (score < threshold) return { format, rule, dimension, score, threshold };
  }
  return { format: 'reverse-pairs', rule: 'ready-for-pairs' };
}
