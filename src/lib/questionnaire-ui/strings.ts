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

/** The strings of the screens the server renders (the start and the first question), which travel in the island's props. */
const FIRST_SCREEN_KEYS = [
  'questionnaire.title',
  'questionnaire.lead',
  'questionnaire.togetherHeading',
  'questionnaire.together',
  'questionnaire.togetherSponsor',
  'questionnaire.togetherHr',
  'questionnaire.togetherMentor',
  'questionnaire.togetherLink',
  'questionnaire.togetherPaper',
  'questionnaire.privacyHeading',
  'questionnaire.privacy',
  'questionnaire.privacyLink',
  'questionnaire.start',
  'questionnaire.resume',
  'questionnaire.resumeHint',
  'questionnaire.step',
  'questionnaire.whyWeAsk',
  'questionnaire.errorTitle',
  'questionnaire.errorPrefix',
  'questionnaire.errorChoose',
  'questionnaire.continue',
  'questionnaire.back',
] as const satisfies readonly QuestionnaireStringKey[];

/** A string of the first screens. */
export type FirstScreenStringKey = (typeof FIRST_SCREEN_KEYS)[number];

/** The strings of the first screens in one language. */
export type FirstScreenStrings = Readonly<Record<FirstScreenStringKey, string>>;

/** Picks the first screens' strings out of the island's strings. */
export function pickFirstScreenStrings(strings: QuestionnaireStrings): FirstScreenStrings {
  return Object.fromEntries(FIRST_SCREEN_KEYS.map((key) => [key, strings[key]])) as FirstScreenStrings;
}
