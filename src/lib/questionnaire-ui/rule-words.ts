// The decision list and the reasons behind a result, put into words. Pure, so the result page (in the
// browser) and the method page (at build time) say exactly the same thing about the same rule.

import type { PlaceholderValues } from '../fill-text';
import type { Lang } from '../language';
import type { PilotFormat, Questionnaire, Rule, RuleFinding } from '../questionnaire/types';
import type { QuestionnaireStringKey } from './strings';

/** Fills an interface string; the caller decides where the strings come from. */
type Translate = (key: QuestionnaireStringKey, values?: PlaceholderValues) => string;

/** What the rule and reason texts need: the questionnaire, the language and the strings. */
export interface WordsContext {
  readonly questionnaire: Questionnaire;
  readonly lang: Lang;
  readonly t: Translate;
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

/** When a rule applies, in words: "You answer “No, the top has doubts” to: Does someone ...?" */
export function ruleCondition(context: WordsContext, rule: Rule): string {
  const when = rule.when;
  if ('otherwise' in when) return context.t('questionnaire.rule.otherwise');
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

/** What a rule does when it applies, in words: "we advise: A buddy system" or "at most: Reverse mentoring in small groups". */
export function ruleEffect(context: WordsContext, rule: Rule): string {
  if (rule.decides) return context.t('questionnaire.rule.decides', { format: formatTitle(context, rule.decides) });
  return context.t('questionnaire.rule.caps', { format: formatTitle(context, rule.caps ?? 'reverse-pairs') });
}

/** A reason in the organisation's own words: its answer, or its score against the line it must reach. */
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
  return ruleCondition(context, finding.rule);
}

/** What must change for a reason to go: a better answer, or the score up to its line. */
export function findingTarget(context: WordsContext, finding: RuleFinding): string {
  if (finding.kind === 'answer') {
    return context.t('questionnaire.change.answer', answerWords(context, finding.questionId, finding.optionId));
  }
  if (finding.kind === 'dimension') {
    return context.t('questionnaire.change.score', {
      dimension: dimensionWords(context, finding.dimension),
      score: finding.score,
      threshold: finding.threshold,
    });
  }
  return ruleCondition(context, finding.rule);
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
