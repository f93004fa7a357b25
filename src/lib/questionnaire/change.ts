// What would change the advice, worked out from the rules themselves rather than written by hand.
// For a target format it finds the fewest answers to change, and among those the smallest steps, that
// give at least that format: first the smallest number of questions that can do it (each set to its
// best answer), then, for those questions, the nearest better answers that still do it. Only scored
// questions are changed: the aim and the size of the organisation are facts, not things to improve.

import { conditionHolds } from './conditions';
import { ladderOf, recommendForAnswers, recommendPilotFormat } from './recommend';
import { quickScores } from './score';
import type { AdviceChange, AnswerChange, Answers, Questionnaire, ReadinessQuestion } from './types';

/** A scored question and the options that would be better than the answer given, nearest first. */
interface Candidate {
  readonly question: ReadinessQuestion;
  readonly from: string | undefined;
  /** Better options, fewest points first, each with how many steps up it is. */
  readonly better: readonly { readonly id: string; readonly steps: number }[];
}

/** The scored questions whose answer could be better, in questionnaire order. */
function candidatesFor(questionnaire: Questionnaire, answers: Answers): Candidate[] {
  const candidates: Candidate[] = [];
  for (const question of questionnaire.questions) {
    if (question.kind !== 'readiness') continue;
    const from = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const current = question.options.find((option) => option.id === from)?.points ?? 0;
    const levels = [...new Set(question.options.map((option) => option.points))].sort((a, b) => a - b);
    const better = question.options
      .filter((option) => option.points > current)
      .sort((a, b) => a.points - b.points)
      .map((option) => ({ id: option.id, steps: levels.indexOf(option.points) - levels.indexOf(current) }));
    if (better.length > 0) candidates.push({ question, from, better });
  }
  return candidates;
}

/** Every way of choosing k items of a list, in order. */
function* combinations<T>(items: readonly T[], k: number, start = 0): Generator<T[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - k; i++) {
    for (const rest of combinations(items, k - 1, i + 1)) yield [items[i]!, ...rest];
  }
}

/** Every choice of one better option per candidate. */
function* choices(candidates: readonly Candidate[], index = 0): Generator<{ id: string; steps: number }[]> {
  if (index === candidates.length) {
    yield [];
    return;
  }
  for (const option of candidates[index]!.better) {
    for (const rest of choices(candidates, index + 1)) yield [option, ...rest];
  }
}

/**
 * The smallest change that gives at least `target` on the answers' own ladder: fewest questions, then
 * fewest steps. Undefined when no change of scored answers can reach it.
 */
export function smallestChange(
  questionnaire: Questionnaire,
  answers: Answers,
  target: AdviceChange['format'],
): AdviceChange | undefined {
  const { programme } = recommendForAnswers(questionnaire, answers);
  const ladder = ladderOf(programme);
  const goal = ladder.indexOf(target);
  if (goal < 0) return undefined;
  const formatOf = (changed: Answers) =>
    recommendPilotFormat(questionnaire.rules, changed, quickScores(questionnaire, changed)).format;
  const reaches = (changed: Answers) => ladder.indexOf(formatOf(changed)) >= goal;
  const all = candidatesFor(questionnaire, answers);
  const withBest = (subset: readonly Candidate[]): Answers => ({
    ...answers,
    ...Object.fromEntries(subset.map((c) => [c.question.id, c.better[c.better.length - 1]!.id])),
  });
  if (!reaches(withBest(all))) return undefined;

  // A knock-out answer that holds the format below the target must change in any solution, so the
  // search only chooses among the other questions.
  const scores = quickScores(questionnaire, answers);
  const mustChange = new Set(
    questionnaire.rules.flatMap((rule) => {
      const when = rule.when;
      const holdsBelow = rule.caps !== undefined && ladder.indexOf(rule.caps) >= 0 && ladder.indexOf(rule.caps) < goal;
      if (!holdsBelow || !rule.appliesTo.includes(programme) || !('question' in when)) return [];
      return conditionHolds(when, answers, scores) ? [when.question] : [];
    }),
  );
  const mandatory = all.filter((c) => mustChange.has(c.question.id));
  const candidates = all.filter((c) => !mustChange.has(c.question.id));

  for (let k = 0; k <= candidates.length; k++) {
    let best: { changes: AnswerChange[]; steps: number; format: AdviceChange['format'] } | undefined;
    for (const chosen of combinations(candidates, k)) {
      const subset = [...mandatory, ...chosen].sort((a, b) => all.indexOf(a) - all.indexOf(b));
      if (!reaches(withBest(subset))) continue;
      for (const choice of choices(subset)) {
        const steps = choice.reduce((sum, option) => sum + option.steps, 0);
        if (best && steps >= best.steps) continue;
        const changed = { ...answers, ...Object.fromEntries(subset.map((c, i) => [c.question.id, choice[i]!.id])) };
        if (reaches(changed)) {
          const changes = subset.map((c, i) => ({ questionId: c.question.id, from: c.from, to: choice[i]!.id }));
          best = { steps, changes, format: formatOf(changed) };
        }
      }
    }
    if (best) return { format: best.format, answers: best.changes };
  }
  return undefined;
}

/**
 * What would change the advice: the smallest change to the next format up its ladder and, when the
 * aim points higher still, the smallest change to that format too. Empty at the top of the ladder.
 */
export function adviceChanges(questionnaire: Questionnaire, answers: Answers): AdviceChange[] {
  const decision = recommendForAnswers(questionnaire, answers);
  const ladder = ladderOf(decision.programme);
  const level = ladder.indexOf(decision.format);
  const targets = ladder.slice(level + 1);
  const changes: AdviceChange[] = [];
  // The next step up that some change can reach (with one or two seniors, groups cannot be reached).
  for (const target of targets) {
    const change = smallestChange(questionnaire, answers, target);
    if (change) {
      changes.push(change);
      break;
    }
  }
  const top = ladder[ladder.length - 1]!;
  if (changes[0] && changes[0].format !== top) {
    const toTop = smallestChange(questionnaire, answers, top);
    if (toTop) changes.push(toTop);
  }
  return changes;
}
