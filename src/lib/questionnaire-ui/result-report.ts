// What the result says, decided from the assessment alone: which interface string applies where the
// result can say one thing or another. The result's components show what these choose. On a
// colleague's shared result each key is read in its '.shared' variant where there is one
// (shared-voice.ts).

import { decidedByAim } from '../questionnaire/recommend';
import type { Questionnaire, RecommendationDecision } from '../questionnaire/types';
import type { QuestionnaireStringKey } from './strings';

/** Why no answer change gives a more ambitious format: the aim chose it, it is the top, or nothing would lift it. */
export function noChangeKey(rules: Questionnaire['rules'], decision: RecommendationDecision): QuestionnaireStringKey {
  if (decidedByAim(rules, decision)) return 'questionnaire.changeAim';
  return decision.format === 'reverse-pairs' ? 'questionnaire.changeTop' : 'questionnaire.changeNone';
}
