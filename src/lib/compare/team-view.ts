// The team view: what the team's answers together advise. It goes through the same model as a
// single result (assessReadiness); this file only decides which answer set the team stands for.
//
//   readiness questions  the answer with the fewest points anyone gave (a tie: the one listed later,
//                        as options run from best to worst). A condition only holds for a pilot when
//                        everyone who has to carry it sees it: one "no" from the junior who must speak
//                        up, or from the HR person who plans the time, is a real risk, not noise.
//   seniors              the smallest number anyone gave: plan for the seniors everyone counts on.
//   setting              the most remote answer anyone gave: trust at a distance needs the most care.
//   aim and any other    the answer most people gave; a tie goes to the option listed first. The
//   context question     disagreement list puts a split aim first, because the format depends on it.
//
// Why not the average or the median: both let the majority outvote the one person who sees the
// problem (three managers outvote one junior), and both change when the same result is counted
// twice. The cautious reading depends only on which answers were given, so it is independent of
// the order of the results, and a duplicate changes nothing: identical results are counted once.

import { chosenOption } from '../questionnaire/answers';
import { assessReadiness } from '../questionnaire/assess';
import { encodeShareCode } from '../questionnaire/share-code';
import type { Answers, Question, Questionnaire, ReadinessAssessment } from '../questionnaire/types';

/** How the team view reads a context question from the team's answers. */
type ContextReading = 'first-listed' | 'last-listed' | 'most-common';

/** The context questions read otherwise than by the most common answer, by question id. */
const CONTEXT_READINGS: Readonly<Record<string, ContextReading>> = {
  // Options run from the fewest seniors to the most.
  seniors: 'first-listed',
  // Options run from on-site to remote.
  setting: 'last-listed',
};

/** The answer sets with identical ones counted once, in their first order. */
function distinctAnswerSets(questionnaire: Questionnaire, answerSets: readonly Answers[]): Answers[] {
  const seen = new Set<string>();
  return answerSets.filter((answers) => {
    const key = encodeShareCode(questionnaire, answers);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The positions in the question's option list of the answers given, unanswered ones left out. */
function chosenPositions(question: Question, answerSets: readonly Answers[]): number[] {
  return answerSets.flatMap((answers) => {
    const option = chosenOption(question, answers);
    return option ? [question.options.findIndex(({ id }) => id === option.id)] : [];
  });
}

/** The option position the team view takes for one question, or undefined when nobody answered it. */
function teamPosition(question: Question, positions: readonly number[]): number | undefined {
  if (positions.length === 0) return undefined;
  if (question.kind === 'readiness') {
    const points = (position: number): number => question.options[position]?.points ?? 0;
    return positions.reduce((worst, position) =>
      points(position) < points(worst) || (points(position) === points(worst) && position > worst) ? position : worst,
    );
  }
  const reading = CONTEXT_READINGS[question.id] ?? 'most-common';
  if (reading === 'first-listed') return Math.min(...positions);
  if (reading === 'last-listed') return Math.max(...positions);
  const counts = new Map<number, number>();
  for (const position of positions) counts.set(position, (counts.get(position) ?? 0) + 1);
  const most = Math.max(...counts.values());
  return Math.min(...[...counts].filter(([, count]) => count === most).map(([position]) => position));
}

/** The answer set the team stands for: the cautious reading of each question over the distinct results. */
export function teamAnswers(questionnaire: Questionnaire, answerSets: readonly Answers[]): Answers {
  const distinct = distinctAnswerSets(questionnaire, answerSets);
  const answers: Record<string, string> = {};
  for (const question of questionnaire.questions) {
    const position = teamPosition(question, chosenPositions(question, distinct));
    const option = position === undefined ? undefined : question.options[position];
    if (option) answers[question.id] = option.id;
  }
  return answers;
}

/** What the team's answers together advise, from the same model as a single result. */
export function assessTeam(questionnaire: Questionnaire, answerSets: readonly Answers[]): ReadinessAssessment {
  return assessReadiness(questionnaire, teamAnswers(questionnaire, answerSets));
}
