// The interface strings the questionnaire island needs: every `questionnaire.*` key of the
// dictionary, picked at build time so the island never ships the whole dictionary.

import type { UiKey } from '../../i18n/en';

/** A dictionary key the questionnaire island uses. */
export type QuestionnaireStringKey = Extract<UiKey, `questionnaire.${string}`>;

/** The island's strings in one language. */
export type QuestionnaireStrings = Readonly<Record<QuestionnaireStringKey, string>>;

/** Picks the questionnaire's strings out of a full dictionary. */
export function pickQuestionnaireStrings(dictionary: Readonly<Record<UiKey, string>>): QuestionnaireStrings {
  const entries = Object.entries(dictionary).filter(([key]) => key.startsWith('questionnaire.'));
  return Object.fromEntries(entries) as QuestionnaireStrings;
}
