// The interface strings the questionnaire island has: every `questionnaire.*` and `form.*` key of the dictionary,
// and of those the few the first screens need. Types and a key list only; the page picks the strings
// at build time (src/i18n/island-strings.ts).

import type { FormStringKey, Strings, UiKeysUnder } from '../../i18n/island-strings';

/** The prefixes of the island's strings, for pickStrings(). */
export const QUESTIONNAIRE_STRING_KEYS = ['questionnaire.', 'form.'] as const;

/** A dictionary key the questionnaire island uses. */
export type QuestionnaireStringKey = UiKeysUnder<'questionnaire.'> | FormStringKey;

/** The island's strings in one language. */
export type QuestionnaireStrings = Strings<QuestionnaireStringKey>;

/** The strings of the screens the server renders (the start and the first question), which travel in the island's props. */
export const FIRST_SCREEN_KEYS = [
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
  'form.errorTitle',
  'form.errorPrefix',
  'questionnaire.errorChoose',
  'questionnaire.continue',
  'questionnaire.back',
  'questionnaire.loadFailed',
  'questionnaire.reload',
] as const satisfies readonly QuestionnaireStringKey[];

/** A string of the first screens. */
export type FirstScreenStringKey = (typeof FIRST_SCREEN_KEYS)[number];

/** The strings of the first screens in one language. */
export type FirstScreenStrings = Strings<FirstScreenStringKey>;
