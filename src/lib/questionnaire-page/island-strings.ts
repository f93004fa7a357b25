// Picks the interface strings the questionnaire island gets, at build time, so the island never ships
// the whole dictionary: every `questionnaire.*` key for the page's data file, and the first screens'
// few for the island's props. Which keys those are is the island's side: ../questionnaire-ui/strings.ts.

import type { UiKey } from '../../i18n/en';
import { FIRST_SCREEN_KEYS, type FirstScreenStrings, type QuestionnaireStrings } from '../questionnaire-ui/strings';

/** Picks the questionnaire's strings out of a full dictionary. */
export function pickQuestionnaireStrings(dictionary: Readonly<Record<UiKey, string>>): QuestionnaireStrings {
  const entries = Object.entries(dictionary).filter(([key]) => key.startsWith('questionnaire.'));
  return Object.fromEntries(entries) as QuestionnaireStrings;
}

/** Picks the first screens' strings out of the island's strings. */
export function pickFirstScreenStrings(strings: QuestionnaireStrings): FirstScreenStrings {
  return Object.fromEntries(FIRST_SCREEN_KEYS.map((key) => [key, strings[key]])) as FirstScreenStrings;
}
