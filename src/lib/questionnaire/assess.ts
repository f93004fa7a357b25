import { fillPlaceholders } from '../fill-text';
import { chosenOption } from './answers';
import { adviceChanges } from './change';
import { conditionHolds } from './conditions';
import { recommendPilotFormat } from './recommend';
import { maxPoints, scoreDimensions, scoreNumbers } from './score';
import {
  DIMENSION_IDS,
  type AdviceChange,
  type Answers,
  type ContextQuestion,
  type DimensionId,
  type Improvement,
  type LocalizedText,
  type NextStep,
  type PilotFormat,
  type PilotPlan,
  type PilotSize,
  type Programme,
  type Questionnaire,
  type ReadinessAssessment,
  type RecommendationDecision,
  type RuleFinding,
  type TemplateSlug,
} from './types';

export { scoreNumbers } from './score';
export { recommendForAnswers } from './recommend';

/** The answers that are not the best option of their question, biggest weighted gap first; for a buddy system or traditional mentoring, only questions that matter to it. */
export function improvementsFor(
  questionnaire: Questionnaire,
  answers: Answers,
  programme: Programme = 'reverse',
): Improvement[] {
  const improvements: Improvement[] = [];
  for (const question of questionnaire.questions) {
    if (question.kind !== 'readiness') continue;
    if (question.reverseOnly && programme !== 'reverse') continue;
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

/** The dimensions a reason is about: its question's, its own, or every one it counts. */
function dimensionsOf(questionnaire: Questionnaire, finding: RuleFinding): readonly DimensionId[] {
  if (finding.kind === 'dimension') return [finding.dimension];
  if (finding.kind === 'count') return finding.dimensions;
  if (finding.kind === 'answer') {
    const question = questionnaire.questions.find((q) => q.id === finding.questionId);
    return question?.kind === 'readiness' ? [question.dimension] : [];
  }
  return [];
}

/**
 * The improvements in the order that matters for this result: first the answers behind what holds the
 * format back (a knock-out answer, or any answer in a dimension the holding reasons name), then the
 * rest; the biggest weighted gap first within each.
 */
function prioritiseImprovements(
  questionnaire: Questionnaire,
  improvements: readonly Improvement[],
  decision: RecommendationDecision,
): Improvement[] {
  const matters = (improvement: Improvement) =>
    decision.holding.some((finding) =>
      finding.kind === 'answer'
        ? finding.questionId === improvement.questionId
        : dimensionsOf(questionnaire, finding).includes(improvement.dimension),
    );
  // A stable sort keeps the gap order within each part.
  return [...improvements].sort((a, b) => Number(matters(b)) - Number(matters(a)));
}

/** The size a context question's answer gives; the first option's size when unanswered. */
function sizeFrom(questionnaire: Questionnaire, id: 'seniors' | 'juniors', answers: Answers): PilotSize {
  const question = questionnaire.questions.find((q): q is ContextQuestion => q.kind === 'context' && q.id === id);
  const chosen = question?.options.find((option) => option.id === answers[id]);
  // Unanswered: plan for the smallest pilot, the first option's size.
  return chosen?.pilotSize ?? question?.options[0]?.pilotSize ?? { pairs: 1, groups: 1 };
}

/**
 * The pilot size: no more pairs than there are seniors or juniors to fill them, and cut back to the
 * questionnaire's reduced size while any condition is not yet strong, so a marginal start stays small.
 */
function pilotSizeFor(
  questionnaire: Questionnaire,
  answers: Answers,
  scores: Readonly<Record<DimensionId, number>>,
): PilotSize & { reduced: boolean } {
  const seniors = sizeFrom(questionnaire, 'seniors', answers);
  // Answers kept from before the juniors question was asked: the seniors alone set the size.
  const juniors = Object.hasOwn(answers, 'juniors') ? sizeFrom(questionnaire, 'juniors', answers) : seniors;
  const full = { pairs: Math.min(seniors.pairs, juniors.pairs), groups: Math.min(seniors.groups, juniors.groups) };
  const marginal = DIMENSION_IDS.some((id) => scores[id] < questionnaire.bands.strong);
  if (!marginal) return { ...full, reduced: false };
  const cut = questionnaire.reducedPilot;
  const size = { pairs: Math.min(full.pairs, cut.pairs), groups: Math.min(full.groups, cut.groups) };
  return { ...size, reduced: size.pairs < full.pairs || size.groups < full.groups };
}

/** The most next steps that answer one of the organisation's conditions. */
const MAX_CONDITIONAL_STEPS = 2;

/**
 * Whether a next step fits the programme: a step about a question only reverse mentoring asks
 * (`reverseOnly`, such as juniors willing to mentor a senior) is for reverse mentoring alone, as
 * the list of answers to improve leaves those questions out for the other programmes.
 */
function stepFits(questionnaire: Questionnaire, step: NextStep, programme: Programme): boolean {
  if (programme === 'reverse') return true;
  return !step.when?.some(
    (condition) =>
      'question' in condition &&
      questionnaire.questions.some((q) => q.id === condition.question && q.kind === 'readiness' && q.reverseOnly),
  );
}

/**
 * The next steps and template sheets this organisation gets: the steps that always apply, and at most
 * two whose conditions hold and that fit the programme, in the file's order of importance; a sheet only
 * when it is written for this programme (or for every one) and, if it answers a condition, that
 * condition holds. A step keeps its words but not a sheet written for another programme.
 */
function stepsAndSheets(
  questionnaire: Questionnaire,
  definition: Questionnaire['recommendations'][PilotFormat],
  programme: Programme,
  holds: (step: NextStep) => boolean,
): { nextSteps: NextStep[]; templates: TemplateSlug[] } {
  const suits = (slug: TemplateSlug): boolean => {
    const written = questionnaire.sheetProgrammes[slug];
    return written === 'all' || written === programme;
  };
  // Only the steps that fit count, so a step left out does not take one of the two places.
  const fitting = definition.nextSteps.filter((step) => stepFits(questionnaire, step, programme));
  const conditional = fitting.filter((step) => step.when !== undefined && holds(step));
  const shownConditional = new Set(conditional.slice(0, MAX_CONDITIONAL_STEPS));
  const nextSteps = fitting
    .filter((step) => !step.when || shownConditional.has(step))
    .map((step) => {
      const { template, ...words } = step;
      return template && !suits(template) ? words : step;
    });
  const answersCondition = new Set(
    definition.nextSteps.flatMap((step) => (step.when && step.template ? [step.template] : [])),
  );
  const neededNow = new Set(conditional.flatMap((step) => (step.template ? [step.template] : [])));
  const templates = definition.templates.filter(
    (slug) => suits(slug) && (!answersCondition.has(slug) || neededNow.has(slug)),
  );
  return { nextSteps, templates };
}

/** One list formatter per language, made once: making one is slow. */
const LIST_FORMATS = {
  en: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
  nl: new Intl.ListFormat('nl-NL', { type: 'conjunction' }),
};

/** A list in the page's language: "a, b and c". */
function listOf(items: readonly string[], lang: 'en' | 'nl'): string {
  return LIST_FORMATS[lang].format(items);
}

/** The dimensions' names as they read mid-sentence, in both languages. */
function dimensionNames(questionnaire: Questionnaire, ids: readonly DimensionId[]): LocalizedText {
  const names = (lang: 'en' | 'nl') =>
    ids.map((id) => {
      const label = questionnaire.dimensions.find((d) => d.id === id)?.label[lang] ?? id;
      return label.charAt(0).toLocaleLowerCase(lang) + label.slice(1);
    });
  return { en: listOf(names('en'), 'en'), nl: listOf(names('nl'), 'nl') };
}

/** Fills a text's {name} placeholder in both languages. */
function fillBoth(text: LocalizedText, name: string, value: LocalizedText): LocalizedText {
  return { en: fillPlaceholders(text.en, { [name]: value.en }), nl: fillPlaceholders(text.nl, { [name]: value.nl }) };
}

/** Turns the answers into everything the result page shows: scores, recommendation, risks, pilot, next steps. */
export function assessReadiness(questionnaire: Questionnaire, answers: Answers): ReadinessAssessment {
  const scores = scoreDimensions(questionnaire, answers);
  const numbers = scoreNumbers(scores);
  const decision = recommendPilotFormat(questionnaire.rules, answers, numbers);
  const definition = questionnaire.recommendations[decision.format];

  // The summary names only what holds this organisation back.
  const holdingDimensions = DIMENSION_IDS.filter((id) =>
    decision.holding.some((finding) => dimensionsOf(questionnaire, finding).includes(id)),
  );
  const recommendation = {
    ...definition,
    summary: fillBoth(definition.summary, 'holding', dimensionNames(questionnaire, holdingDimensions)),
  };

  const size = pilotSizeFor(questionnaire, answers, numbers);
  const sizeValues = { pairs: size.pairs, groups: size.groups };
  const pilot: PilotPlan = {
    // The loader fills every length in (from content/pilot/rhythm.yaml for the planned formats).
    lengthMonths: definition.pilot.lengthMonths ?? 0,
    rhythm: definition.pilot.rhythm,
    size: {
      en: fillPlaceholders(definition.pilot.size.en, sizeValues),
      nl: fillPlaceholders(definition.pilot.size.nl, sizeValues),
    },
    pairs: size.pairs,
    groups: size.groups,
    reduced: size.reduced,
    measure: definition.pilot.measure,
  };

  // Why: the deciding rule's words; for pairs, "nothing holds you back" only when every condition is strong.
  const rule = questionnaire.rules.find((candidate) => candidate.id === decision.rule);
  const notStrong = DIMENSION_IDS.filter((id) => numbers[id] < questionnaire.bands.strong);
  const explanation =
    rule?.notYetStrong && notStrong.length > 0
      ? fillBoth(rule.notYetStrong, 'conditions', dimensionNames(questionnaire, notStrong))
      : (rule?.explanation ?? recommendation.summary);

  const risks = questionnaire.risks
    .filter((risk) => !risk.formats || risk.formats.includes(decision.format))
    .filter((risk) => conditionHolds(risk.when, answers, numbers))
    .map(({ id, text, link }) => (link ? { id, text, link } : { id, text }));
  // Steps that answer a condition are shown only when it holds, and at most two of them: a result that
  // lacks everything still gets a list a board can act on, and the list of answers to improve (a step
  // of its own) names the rest.
  const { nextSteps, templates } = stepsAndSheets(questionnaire, definition, decision.programme, (step) =>
    (step.when ?? []).every((condition) => conditionHolds(condition, answers, numbers)),
  );
  // What would change the advice takes a search over answers, so it is worked out when first read.
  let changes: readonly AdviceChange[] | undefined;
  return {
    scores,
    decision,
    recommendation,
    explanation,
    get changes() {
      changes ??= adviceChanges(questionnaire, answers);
      return changes;
    },
    pilot,
    risks,
    nextSteps,
    templates,
    improvements: prioritiseImprovements(
      questionnaire,
      improvementsFor(questionnaire, answers, decision.programme),
      decision,
    ),
  };
}
