// Before and after: at the end of a pilot an organisation takes the check again. The change per
// condition is the after score minus the before score; the change per question is listed only
// for the answers that differ, with the points the answer gained or lost in its condition's score.
// Who answered (the optional role question) is no change of the organisation, so it is left out.

import { chosenOption } from '../questionnaire/answers';
import { maxPoints, questionsOf, scoreDimensions } from '../questionnaire/score';
import type { Answers, DimensionId, Questionnaire } from '../questionnaire/types';
import { ROLE_QUESTION_ID } from './spread';

/** One condition's score before and after, and the difference. */
export interface ConditionChange {
  readonly dimension: DimensionId;
  readonly before: number;
  readonly after: number;
  /** After minus before: positive is better. */
  readonly change: number;
}

/** One question answered differently before and after. */
export interface AnswerChange {
  readonly questionId: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
  /** For readiness questions: the change in points of its condition's score (positive is better); 0 for context. */
  readonly change: number;
}

/** Every condition's score before and after, in questionnaire order. */
export function conditionChanges(questionnaire: Questionnaire, before: Answers, after: Answers): ConditionChange[] {
  const was = scoreDimensions(questionnaire, before);
  const is = scoreDimensions(questionnaire, after);
  return questionnaire.dimensions.map(({ id }) => ({
    dimension: id,
    before: was[id].score,
    after: is[id].score,
    change: is[id].score - was[id].score,
  }));
}

/** The questions answered differently (not who answered: the role), biggest change in score first, then questionnaire order. */
export function answerChanges(questionnaire: Questionnaire, before: Answers, after: Answers): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const question of questionnaire.questions) {
    const was = chosenOption(question, before);
    const is = chosenOption(question, after);
    if (was === is || question.id === ROLE_QUESTION_ID) continue;
    let change = 0;
    if (question.kind === 'readiness') {
      const questions = questionsOf(questionnaire, question.dimension);
      const possible = questions.reduce((sum, q) => sum + q.weight * maxPoints(q), 0);
      const points = (option: typeof was): number => (option && 'points' in option ? option.points : 0);
      change = possible === 0 ? 0 : (100 * question.weight * (points(is) - points(was))) / possible;
    }
    changes.push({ questionId: question.id, before: was?.id, after: is?.id, change });
  }
  return changes.sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
}
