// What the result says, decided from the assessment alone: which interface string applies where the
// result can say one thing or another, and which templates it lists. The result's components show
// what these choose. On a colleague's shared result each key is read in its '.shared' variant where
// there is one (shared-voice.ts).

import { decidedByAim } from '../questionnaire/recommend';
import type { PilotFormat, Questionnaire, RecommendationDecision, TemplateSlug } from '../questionnaire/types';
import type { QuestionnaireStringKey } from './strings';

/** The caption above the format's title: the reader's own result, or one shared with them. */
export function resultCaptionKey(shared: boolean): QuestionnaireStringKey {
  return shared ? 'questionnaire.sharedResultCaption' : 'questionnaire.resultCaption';
}

/** The heading of the one-line reasons: what holds the result at its format, or, when nothing does, why in short. */
export function briefHeadingKey(decision: RecommendationDecision): QuestionnaireStringKey {
  return decision.holding.length > 0 ? 'questionnaire.briefHeading' : 'questionnaire.briefWhyHeading';
}

/** The title of the folded reasons: the reasons and what would change them, or, when nothing holds the result, the change alone. */
export function reasonsFoldKey(decision: RecommendationDecision): QuestionnaireStringKey {
  return decision.holding.length > 0 ? 'questionnaire.reasonsFold' : 'questionnaire.changeHeading';
}

/** The pilot's length: so many months, or no pilot yet. */
export function pilotLengthKey(months: number): QuestionnaireStringKey {
  return months === 0 ? 'questionnaire.pilotNone' : 'questionnaire.pilotMonths';
}

/** What the risks say when none apply; with no pilot yet, "no particular risks" would read as an all-clear. */
export function noRisksKey(format: PilotFormat): QuestionnaireStringKey {
  return format === 'foundations' ? 'questionnaire.noRisksYet' : 'questionnaire.noRisks';
}

/** The hint under the pilot tools: with no pilot to plan yet, comparing is what they offer. */
export function toolsHintKey(format: PilotFormat): QuestionnaireStringKey {
  return format === 'foundations' ? 'questionnaire.toolsHintCompare' : 'questionnaire.toolsHint';
}

/** Why no answer change gives a more ambitious format: the aim chose it, it is the top, or nothing would lift it. */
export function noChangeKey(rules: Questionnaire['rules'], decision: RecommendationDecision): QuestionnaireStringKey {
  if (decidedByAim(rules, decision)) return 'questionnaire.changeAim';
  return decision.format === 'reverse-pairs' ? 'questionnaire.changeTop' : 'questionnaire.changeNone';
}

/** A template the result lists, with its title in the page's language. */
export interface ListedTemplate {
  readonly slug: TemplateSlug;
  readonly title: string;
}

/** The templates the result lists: those it advises that have a page in this language, in its order. */
export function listedTemplates(
  advised: readonly TemplateSlug[],
  titles: Readonly<Partial<Record<TemplateSlug, string>>>,
): ListedTemplate[] {
  return advised.flatMap((slug) => {
    const title = titles[slug];
    return title === undefined ? [] : [{ slug, title }];
  });
}
