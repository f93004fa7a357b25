// A result's name on the compare page uses the person's own answer to the optional context question
// "Your role in this" (id `role`) when the result holds one, and the label typed for it: "Anne (Junior)",
// "Junior", "Anne", or else "Person 3". Labels are plain text and are only ever shown as text.

import { chosenOption } from '../questionnaire/answers';
import type { Lang } from '../language';
import type { Answers, Questionnaire } from '../questionnaire/types';
import { ROLE_QUESTION_ID } from './spread';

/** The role answer that names no role ("something else, or I would rather not say"). */
const NO_ROLE = 'other';

/** The label of the role a result's answers give, or '' when they hold none or chose not to say. */
export function roleLabel(questionnaire: Questionnaire, answers: Answers, lang: Lang): string {
  const question = questionnaire.questions.find((q) => q.id === ROLE_QUESTION_ID);
  const option = question ? chosenOption(question, answers) : undefined;
  return option && option.id !== NO_ROLE ? option.label[lang] : '';
}

/** The name a result is shown by: its typed label and its role, either alone, or else the fallback (e.g. "Person 3"). */
export function displayLabel(
  questionnaire: Questionnaire,
  result: { readonly answers: Answers; readonly label: string },
  lang: Lang,
  fallback: string,
): string {
  const role = roleLabel(questionnaire, result.answers, lang);
  if (result.label && role && result.label !== role) return `${result.label} (${role})`;
  return result.label || role || fallback;
}
