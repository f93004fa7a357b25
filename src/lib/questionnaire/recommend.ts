// Why did the tool recommend this? The whole answer is in this file, and every rule it applies is
// one line of the decision list in content/questionnaire/questionnaire.yaml (`rules`), where each
// rule's reasoning and sources are written down next to it. No rule and no number is written here.
//
// The decision list is read in three steps:
//   1. The aim chooses the programme: a rule that `decides` on an answer (onboarding -> a buddy system,
//      career growth -> traditional mentoring) picks it; any other aim asks for reverse mentoring.
//   2. Every rule that holds advice back and applies to that programme (`appliesTo`) is checked: a
//      knock-out answer ("the top has doubts"), a dimension below its line ("protected time below 60")
//      or middling answers that add up ("three or more dimensions below 70"). Each one that applies
//      holds the format at or below its cap on the programme's ladder (foundations < groups < pairs for
//      reverse mentoring; foundations < the programme for the others), and the strictest cap wins. A
//      rule that `rulesOut` a format (too few seniors to form a group) moves the result one step below
//      it. Every applying rule is kept as a reason, so no red-flag answer is averaged away, and an aim
//      never switches a knock-out off.
//   3. With nothing holding it back, the programme itself is advised: the aim's format, or pairs.
//
// A better answer can only remove caps (knock-outs sit on a question's worst answers, and scores
// only rise), so the result only ever moves up its ladder. What would change the advice is worked out
// from these same rules, by trying answers (change.ts).

import { conditionHolds, dimensionsBelow, matchingOption } from './conditions';
import { scoreDimensions, scoreNumbers } from './score';
import {
  type Answers,
  type DimensionId,
  type PilotFormat,
  type Programme,
  type Questionnaire,
  type RecommendationDecision,
  type Rule,
  type RuleFinding,
} from './types';

/** The formats of a programme from least to most ambitious: a rule's cap moves a result down this list. */
export function ladderOf(programme: Programme): readonly PilotFormat[] {
  if (programme === 'reverse') return ['foundations', 'reverse-groups', 'reverse-pairs'];
  return ['foundations', programme];
}

/** The position of a format on the reverse-mentoring ladder (foundations 0, groups 1, pairs 2); buddy and traditional rank as pairs. */
export function readinessRank(format: PilotFormat): number {
  if (format === 'foundations') return 0;
  if (format === 'reverse-groups') return 1;
  return 2;
}

/** What makes a rule apply to these answers and scores, or undefined when it does not apply. */
function findingFor(
  rule: Rule,
  answers: Answers,
  scores: Readonly<Record<DimensionId, number>>,
): RuleFinding | undefined {
  const when = rule.when;
  if ('otherwise' in when) return { rule, kind: 'decides' };
  if (!conditionHolds(when, answers, scores)) return undefined;
  if ('dimensionsBelow' in when) {
    const dimensions = dimensionsBelow(when.dimensionsBelow, scores);
    return { rule, kind: 'count', dimensions, threshold: when.dimensionsBelow, atLeast: when.atLeast };
  }
  if ('dimension' in when) {
    return { rule, kind: 'dimension', dimension: when.dimension, score: scores[when.dimension], threshold: when.below };
  }
  const optionId = matchingOption(when, answers) ?? '';
  return rule.decides ? { rule, kind: 'decides' } : { rule, kind: 'answer', questionId: when.question, optionId };
}

/** An aim rule: it chooses a format outright when it applies (the last, "otherwise" rule does not count). */
function isAimRule(rule: Rule): rule is Rule & { decides: PilotFormat } {
  return rule.decides !== undefined && !('otherwise' in rule.when);
}

/** The programme the answers' aim asks for, and the aim rule that chose it (none for reverse mentoring). */
function programmeFor(
  rules: Questionnaire['rules'],
  answers: Answers,
  scores: Readonly<Record<DimensionId, number>>,
): { programme: Programme; rule?: Rule } {
  for (const rule of rules) {
    if (isAimRule(rule) && findingFor(rule, answers, scores)) {
      const programme: Programme =
        rule.decides === 'buddy' || rule.decides === 'traditional' ? rule.decides : 'reverse';
      return { programme, rule };
    }
  }
  return { programme: 'reverse' };
}

/** Chooses the programme format from the decision list, with every reason and the ones that hold it. */
export function recommendPilotFormat(
  rules: Questionnaire['rules'],
  answers: Answers,
  scores: Readonly<Record<DimensionId, number>>,
): RecommendationDecision {
  const { programme, rule: aimRule } = programmeFor(rules, answers, scores);
  const ladder = ladderOf(programme);
  const otherwise = rules[rules.length - 1]!;
  const reasons = rules
    .filter((rule) => (rule.caps || rule.rulesOut) && rule.appliesTo.includes(programme))
    .flatMap((rule) => findingFor(rule, answers, scores) ?? []);

  // The strictest cap, then one step down for as long as the format reached is ruled out.
  let level = ladder.length - 1;
  for (const finding of reasons) {
    const cap = finding.rule.caps ? ladder.indexOf(finding.rule.caps) : -1;
    if (cap >= 0 && cap < level) level = cap;
  }
  const capLevel = level;
  while (level > 0 && reasons.some((finding) => finding.rule.rulesOut === ladder[level])) level -= 1;
  const format = ladder[level]!;
  // A rule that rules out a format the result never reached changed nothing, so it is no reason.
  const effective = reasons.filter((finding) => !finding.rule.rulesOut || level < capLevel);

  // What holds the result here: the caps at this level, or, when it dropped below a ruled-out format,
  // the rules that ruled it out together with the caps that held it there.
  const holding = effective.filter((finding) => {
    if (finding.rule.caps) return ladder.indexOf(finding.rule.caps) === capLevel;
    return level < capLevel && finding.rule.rulesOut !== undefined;
  });
  // When the format dropped below a ruled-out one, that rule decided it (its explanation says why).
  const decidingFinding = level < capLevel ? holding.find((finding) => finding.rule.rulesOut) : holding[0];
  const deciding = decidingFinding?.rule.id ?? (programme === 'reverse' ? otherwise.id : (aimRule?.id ?? otherwise.id));
  return { format, programme, rule: deciding, reasons: effective, holding };
}

/** True when the aim chose the format outright (a buddy system, traditional mentoring): no score decided it. */
export function decidedByAim(rules: Questionnaire['rules'], decision: RecommendationDecision): boolean {
  const rule = rules.find((candidate) => candidate.id === decision.rule);
  return rule !== undefined && isAimRule(rule);
}

/** The reasons that apply but do not hold the result at its format: milder ones, in the decision list's order. */
export function milderReasons(decision: RecommendationDecision): readonly RuleFinding[] {
  return decision.reasons.filter((finding) => !decision.holding.includes(finding));
}

/** Scores the answers and chooses the format; the quick path when only the decision is needed. */
export function recommendForAnswers(questionnaire: Questionnaire, answers: Answers): RecommendationDecision {
  return recommendPilotFormat(questionnaire.rules, answers, scoreNumbers(scoreDimensions(questionnaire, answers)));
}
