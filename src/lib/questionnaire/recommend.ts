// Why did the tool recommend this? The whole answer is in this file, and every rule it applies is
// one line of the decision list in content/questionnaire/questionnaire.yaml (`rules`), where each
// rule's reasoning and sources are written down next to it. No rule and no number is written here.
//
// The decision list is read in three steps:
//   1. A rule that `decides` on an answer (the main aim: onboarding -> buddy, career growth ->
//      traditional) chooses the format outright; the first one that applies wins.
//   2. Otherwise the aim asks for reverse mentoring, and every rule that `caps` is checked: a
//      knock-out answer ("the junior would report to the senior") or a dimension below its line
//      ("protected time below 60"). Each one that applies holds the format at or below its cap on
//      foundations < reverse-groups < reverse-pairs, and the strictest cap wins. Because every
//      applying rule is kept as a reason, no red-flag answer is averaged away, and a knock-out can
//      never be outweighed by good answers elsewhere.
//   3. With no cap at all, the last rule (`otherwise`) gives the most ambitious format.
//
// A better answer can only remove caps (knock-outs sit on a question's worst answers, and scores
// only rise), so the result only ever moves up the list. What would change the advice is exact:
// the caps at the current level must all go, and no fewer will do.

import { conditionHolds, matchingOption } from './conditions';
import {
  READINESS_ORDER,
  type AdviceChange,
  type Answers,
  type DimensionId,
  type PilotFormat,
  type Questionnaire,
  type ReadinessLevel,
  type RecommendationDecision,
  type Rule,
  type RuleFinding,
} from './types';

/** The position of a reverse-mentoring format on the readiness list: 0 for foundations. */
export function readinessRank(format: PilotFormat): number {
  return (READINESS_ORDER as readonly string[]).indexOf(format);
}

/** What makes a rule apply to these answers and scores, or undefined when it does not apply. */
function findingFor(
  rule: Rule,
  answers: Answers,
  scores: Readonly<Record<DimensionId, number>>,
): RuleFinding | undefined {
  const when = rule.when;
  if ('otherwise' in when) return { rule, kind: 'decides' };
  if ('dimension' in when) {
    const score = scores[when.dimension];
    return conditionHolds(when, answers, scores)
      ? { rule, kind: 'dimension', dimension: when.dimension, score, threshold: when.below }
      : undefined;
  }
  const optionId = matchingOption(when, answers);
  if (optionId === undefined) return undefined;
  return rule.decides ? { rule, kind: 'decides' } : { rule, kind: 'answer', questionId: when.question, optionId };
}

/** The most ambitious format the findings allow, and the deciding rule's id. */
function levelFor(findings: readonly RuleFinding[], otherwise: Rule): { format: ReadinessLevel; rule: string } {
  let best: { format: ReadinessLevel; rule: string } = {
    format: (otherwise.decides ?? 'reverse-pairs') as ReadinessLevel,
    rule: otherwise.id,
  };
  for (const finding of findings) {
    const cap = finding.rule.caps;
    if (cap && readinessRank(cap) < readinessRank(best.format)) best = { format: cap, rule: finding.rule.id };
  }
  return best;
}

/** An aim rule: it chooses a format outright when it applies (the last, "otherwise" rule does not count). */
function isAimRule(rule: Rule): rule is Rule & { decides: PilotFormat } {
  return rule.decides !== undefined && !('otherwise' in rule.when);
}

/** Chooses the programme format from the decision list, with every reason and what would change the advice. */
export function recommendPilotFormat(
  rules: Questionnaire['rules'],
  answers: Answers,
  scores: Readonly<Record<DimensionId, number>>,
): RecommendationDecision {
  for (const rule of rules) {
    if (isAimRule(rule) && findingFor(rule, answers, scores)) {
      return { format: rule.decides, rule: rule.id, reasons: [] };
    }
  }
  const otherwise = rules[rules.length - 1]!;
  const reasons = rules.filter((rule) => rule.caps).flatMap((rule) => findingFor(rule, answers, scores) ?? []);
  const level = levelFor(reasons, otherwise);
  if (reasons.length === 0) return { format: level.format, rule: level.rule, reasons };

  const holding = reasons.filter((finding) => finding.rule.caps === level.format);
  const rest = reasons.filter((finding) => finding.rule.caps !== level.format);
  const change: AdviceChange = { conditions: holding, format: levelFor(rest, otherwise).format };
  return { format: level.format, rule: level.rule, reasons, change };
}

/** True when an aim rule chose the format outright (a buddy system, traditional mentoring): no score decided it. */
export function decidedByAim(rules: Questionnaire['rules'], decision: RecommendationDecision): boolean {
  const rule = rules.find((candidate) => candidate.id === decision.rule);
  return rule !== undefined && isAimRule(rule);
}
