// The decision list and the reasons behind a result, put into words. Pure, so the result page (in the
// browser) and the method page (at build time) say exactly the same thing about the same rule.

import type { PlaceholderValues } from '../fill-text';
import { localeTag, type Lang } from '../language';
import type {
  AdviceChange,
  DimensionScores,
  PilotFormat,
  Questionnaire,
  Rule,
  RuleFinding,
} from '../questionnaire/types';
import type { QuestionnaireStringKey } from './strings';

/** Fills an interface string; the caller decides where the strings come from. */
type Translate = (key: QuestionnaireStringKey, values?: PlaceholderValues) => string;

/** What the rule and reason texts need: the questionnaire, the language and the strings. */
export interface WordsContext {
  readonly questionnaire: Questionnaire;
  readonly lang: Lang;
  readonly t: Translate;
}

/** Names joined as the language lists them: "a, b and c", "a, b en c". */
function andList(lang: Lang, names: readonly string[]): string {
  return new Intl.ListFormat(localeTag(lang), { type: 'conjunction' }).format(names);
}

/** A question's prompt and an option's label, in the page's language. */
function answerWords({ questionnaire, lang }: WordsContext, questionId: string, optionId: string) {
  const question = questionnaire.questions.find((q) => q.id === questionId);
  const option = question?.options.find((o) => o.id === optionId);
  return { question: question?.prompt[lang] ?? questionId, answer: option?.label[lang] ?? optionId };
}

/** A dimension's label, in the page's language. */
function dimensionWords({ questionnaire, lang }: WordsContext, id: string): string {
  return questionnaire.dimensions.find((d) => d.id === id)?.label[lang] ?? id;
}

/** A format's title, in the page's language. */
export function formatTitle({ questionnaire, lang }: WordsContext, format: PilotFormat): string {
  return questionnaire.recommendations[format].title[lang];
}

/** When a rule applies, in words: "Answer “No, the top has doubts” to “Does someone ...?”" */
export function ruleCondition(context: WordsContext, rule: Rule): string {
  const when = rule.when;
  if ('otherwise' in when) return context.t('questionnaire.rule.otherwise');
  if ('dimensionsBelow' in when) {
    return context.t('questionnaire.rule.count', { count: when.atLeast, threshold: when.dimensionsBelow });
  }
  if ('dimension' in when) {
    return context.t('questionnaire.rule.below', {
      dimension: dimensionWords(context, when.dimension),
      threshold: when.below,
    });
  }
  const answers = when.options.map((optionId) => `“${answerWords(context, when.question, optionId).answer}”`);
  const { question } = answerWords(context, when.question, when.options[0] ?? '');
  return context.t('questionnaire.rule.answer', { answer: answers.join(context.t('questionnaire.rule.or')), question });
}

/** What a rule does when it applies, in plain words: "wait: build the foundations first", "no further than small groups". */
export function ruleEffect(context: WordsContext, rule: Rule): string {
  let effect: string;
  if (rule.decides === 'buddy') {
    effect = context.t('questionnaire.effect.buddy');
  } else if (rule.decides === 'traditional') {
    effect = context.t('questionnaire.effect.traditional');
  } else if (rule.decides) {
    effect = context.t('questionnaire.effect.pairs');
  } else if (rule.rulesOut) {
    effect = context.t('questionnaire.effect.noGroups');
  } else {
    effect = context.t(rule.caps === 'foundations' ? 'questionnaire.effect.wait' : 'questionnaire.effect.groups');
  }
  if (rule.caps && rule.appliesTo.length === 3) return context.t('questionnaire.effect.anyProgramme', { effect });
  if (rule.caps && rule.appliesTo.includes('traditional')) {
    return context.t('questionnaire.effect.alsoTraditional', { effect });
  }
  return effect;
}

/** A reason in the organisation's own words: its answer, its score against the line, or the scores that add up. */
export function findingTitle(context: WordsContext, finding: RuleFinding): string {
  if (finding.kind === 'answer') {
    return context.t('questionnaire.reason.answer', answerWords(context, finding.questionId, finding.optionId));
  }
  if (finding.kind === 'dimension') {
    return context.t('questionnaire.reason.score', {
      dimension: dimensionWords(context, finding.dimension),
      score: finding.score,
      threshold: finding.threshold,
    });
  }
  if (finding.kind === 'count') {
    const names = finding.dimensions.map((id) => dimensionWords(context, id));
    return context.t('questionnaire.reason.count', {
      dimensions: andList(context.lang, names),
      threshold: finding.threshold,
    });
  }
  return ruleCondition(context, finding.rule);
}

/** A reason in one short line: the condition and the answer given ("Protected time: “None”"), or else its title. */
export function briefReason(context: WordsContext, finding: RuleFinding): string {
  if (finding.kind === 'answer') {
    const { questionnaire, lang } = context;
    const question = questionnaire.questions.find((q) => q.id === finding.questionId);
    const option = question?.options.find((o) => o.id === finding.optionId);
    const dimension =
      question?.kind === 'readiness' ? questionnaire.dimensions.find((d) => d.id === question.dimension) : undefined;
    if (option && dimension) {
      return context.t('questionnaire.briefAnswer', { condition: dimension.label[lang], answer: option.label[lang] });
    }
  }
  return findingTitle(context, finding);
}

/** The answers that keep a dimension's score down: every answer below its question's best, quoted. */
function answersKeepingDown(context: WordsContext, scores: DimensionScores, dimension: string): string[] {
  const score = Object.values(scores).find((s) => s.dimension === dimension);
  if (!score) return [];
  return score.contributions
    .filter((c) => c.points < c.maxPoints)
    .map((c) =>
      c.optionId === undefined
        ? context.t('questionnaire.reason.unanswered', { question: answerWords(context, c.questionId, '').question })
        : `“${answerWords(context, c.questionId, c.optionId).answer}”`,
    );
}

/** For a score reason, the answers that keep the score down in a sentence; nothing for other reasons or when none do. */
export function keptDownWords(
  context: WordsContext,
  scores: DimensionScores,
  finding: RuleFinding,
): string | undefined {
  if (finding.kind !== 'dimension') return undefined;
  const answers = answersKeepingDown(context, scores, finding.dimension);
  if (answers.length === 0) return undefined;
  return context.t('questionnaire.reason.keptDown', { answers: andList(context.lang, answers) });
}

/** One answer change in words: "If “Question?” were “Better” instead of “Current”". */
export function changeWords(context: WordsContext, change: AdviceChange['answers'][number]): string {
  const to = answerWords(context, change.questionId, change.to);
  if (change.from === undefined) return context.t('questionnaire.changeIfUnanswered', to);
  const from = answerWords(context, change.questionId, change.from);
  return context.t('questionnaire.changeIf', { question: to.question, to: to.answer, from: from.answer });
}

/** The deciding lines of one dimension: each score rule's line and the format it holds back. */
export function decidingLines(
  questionnaire: Questionnaire,
  dimension: string,
): { threshold: number; caps: PilotFormat }[] {
  return questionnaire.rules.flatMap((rule) =>
    'dimension' in rule.when && rule.when.dimension === dimension && rule.caps
      ? [{ threshold: rule.when.below, caps: rule.caps }]
      : [],
  );
}
