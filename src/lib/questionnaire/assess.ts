import { fillPlaceholders } from '../fill-text';
import { chosenOption } from './answers';
import { conditionHolds } from './conditions';
import { recommendPilotFormat } from './recommend';
import { maxPoints, scoreDimensions } from './score';
import {
  DIMENSION_IDS,
  type Answers,
  type ContextQuestion,
  type DimensionId,
  type DimensionScores,
  type Improvement,
  type PilotFormat,
  type PilotPlan,
  type PilotSize,
  type Questionnaire,
  type ReadinessAssessment,
  type RecommendationDecision,
  type RiskDefinition,
  type Rule,
  type TriggeredRisk,
} from './types';

/** Each dimension's score as a plain number. */
export function scoreNumbers(scores: DimensionScores): Record<DimensionId, number> {
  const entries = DIMENSION_IDS.map((id) => [id, scores[id].score] as const);
  return Object.fromEntries(entries) as Record<DimensionId, number>;
}

/** Scores the answers and chooses the format; the quick path when only the decision is needed. */
export function recommendForAnswers(questionnaire: Questionnaire, answers: Answers): RecommendationDecision {
  const scores = scoreNumbers(scoreDimensions(questionnaire, answers));
  return recommendPilotFormat(questionnaire.rules, answers, scores);
}

/** The rule of the decision list with this id; the schema guarantees every decision names one. */
function ruleById(questionnaire: Questionnaire, id: string): Rule | undefined {
  return questionnaire.rules.find((rule) => rule.id === id);
}

/** True when a risk's trigger holds for these scores, answers and format. */
function riskApplies(risk: RiskDefinition, scores: DimensionScores, answers: Answers, format: PilotFormat): boolean {
  if (risk.formats && !risk.formats.includes(format)) return false;
  return conditionHolds(risk.when, answers, scoreNumbers(scores));
}

/** The answers that are not the best option of their question, biggest weighted gap first. */
export function improvementsFor(questionnaire: Questionnaire, answers: Answers): Improvement[] {
  const improvements: Improvement[] = [];
  for (const question of questionnaire.questions) {
    if (question.kind !== 'readiness') continue;
    const option = chosenOption(question, answers);
    const points = option && 'points' in option ? option.points : 0;
    const gap = question.weight * (maxPoints(question) - points);
    if (gap > 0) {
      improvements.push({
        questionId: question.id,
        optionId: option?.id,
        dimension: question.dimension,
        gap,
        text: question.improve,
        link: question.link,
      });
    }
  }
  // A stable sort keeps questionnaire order among equal gaps.
  return improvements.sort((a, b) => b.gap - a.gap);
}

/**
 * The improvements in the order that matters for this result: first the answers behind what holds the
 * format back (a knock-out answer, or any answer in a dimension below its line), then the rest; the
 * biggest weighted gap first within each.
 */
function prioritiseImprovements(improvements: readonly Improvement[], decision: RecommendationDecision): Improvement[] {
  const holding = decision.change?.conditions ?? [];
  const matters = (improvement: Improvement) =>
    holding.some((finding) =>
      finding.kind === 'answer'
        ? finding.questionId === improvement.questionId
        : finding.kind === 'dimension' && finding.dimension === improvement.dimension,
    );
  // A stable sort keeps the gap order within each part.
  return [...improvements].sort((a, b) => Number(matters(b)) - Number(matters(a)));
}

/** The pilot size for the seniors answer; the smallest size when unanswered. */
function pilotSizeFor(questionnaire: Questionnaire, answers: Answers): PilotSize {
  const seniors = questionnaire.questions.find((q): q is ContextQuestion => q.kind === 'context' && q.id === 'seniors');
  if (!seniors) return { pairs: 1, groups: 1 };
  const chosen = seniors.options.find((option) => option.id === answers[seniors.id]);
  // Unanswered: plan for the smallest pilot, the first option's size.
  return chosen?.pilotSize ?? seniors.options[0]?.pilotSize ?? { pairs: 1, groups: 1 };
}

/** Turns the answers into everything the result page shows: scores, recommendation, risks, pilot, next steps. */
export function assessReadiness(questionnaire: Questionnaire, answers: Answers): ReadinessAssessment {
  const scores = scoreDimensions(questionnaire, answers);
  const decision = recommendPilotFormat(questionnaire.rules, answers, scoreNumbers(scores));
  const recommendation = questionnaire.recommendations[decision.format];
  const size = pilotSizeFor(questionnaire, answers);
  const sizeText = recommendation.pilot.size;
  const sizeValues = { pairs: size.pairs, groups: size.groups };
  const pilot: PilotPlan = {
    lengthMonths: recommendation.pilot.lengthMonths,
    rhythm: recommendation.pilot.rhythm,
    size: { en: fillPlaceholders(sizeText.en, sizeValues), nl: fillPlaceholders(sizeText.nl, sizeValues) },
    pairs: size.pairs,
    groups: size.groups,
    measure: recommendation.pilot.measure,
  };
  const risks: TriggeredRisk[] = questionnaire.risks
    .filter((risk) => riskApplies(risk, scores, answers, decision.format))
    .map(({ id, text, link }) => (link ? { id, text, link } : { id, text }));
  return {
    scores,
    decision,
    recommendation,
    explanation: ruleById(questionnaire, decision.rule)?.explanation ?? recommendation.summary,
    pilot,
    risks,
    nextSteps: recommendation.nextSteps,
    templates: recommendation.templates,
    improvements: prioritiseImprovements(improvementsFor(questionnaire, answers), decision),
  };
}
