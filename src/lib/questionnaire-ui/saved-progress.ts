// What the questionnaire keeps in the browser between visits: the user's own answers and the screen
// they were on, as a saved state (src/lib/questionnaire/saved-state.ts) under one namespaced key.
// The reactions module (src/stores/questionnaire-reactions.ts) writes whatever this returns.

import { createSavedState, serializeSavedState } from '../questionnaire/saved-state';
import type { Answers, Questionnaire } from '../questionnaire/types';
import { savedStepOf, type Screen } from './flow';

/** The localStorage key of the saved answers. */
export const STORAGE_KEY = 'mentorfit:questionnaire';

/**
 * The text to store for the user's own answers on a screen, or undefined when there is nothing worth
 * keeping (no answers, back on the start screen): then the stored text is deleted.
 */
export function progressToSave(questionnaire: Questionnaire, answers: Answers, screen: Screen): string | undefined {
  if (Object.keys(answers).length === 0 && screen.name === 'start') return undefined;
  const step = savedStepOf(screen, questionnaire.questions.length);
  return serializeSavedState(createSavedState(questionnaire, answers, step));
}
