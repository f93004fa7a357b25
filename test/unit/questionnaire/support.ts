// Shared by the questionnaire tests: the real and the minimal questionnaire, fast-check
// arbitraries for answer sets, and a check that decoded answers are valid.
import fc from 'fast-check';
import { loadQuestionnaire } from '../../../src/data/load-questionnaire';
import type { Answers, Questionnaire, ReadinessQuestion } from '../../../src/lib/questionnaire';

/** The real content file, validated. */
export const questionnaire: Questionnaire = loadQuestionnaire();

/** The smallest valid questionnaire, from test/fixtures. */
export const minimal: Questionnaire = loadQuestionnaire('test/fixtures/questionnaire/minimal.yaml');

/** Every readiness question of the real file. */
export const readinessQuestions = questionnaire.questions.filter((q): q is ReadinessQuestion => q.kind === 'readiness');

/** Complete answer sets: every question answered with one of its options. */
export function completeAnswers(q: Questionnaire = questionnaire): fc.Arbitrary<Answers> {
  return fc.record(
    Object.fromEntries(
      q.questions.map((question) => [question.id, fc.constantFrom(...question.options.map((o) => o.id))]),
    ),
  );
}

/** Partial answer sets: any question may be left unanswered. */
export function partialAnswers(q: Questionnaire = questionnaire): fc.Arbitrary<Answers> {
  // With no required keys, fast-check leaves keys out rather than setting them to undefined.
  return fc.record(
    Object.fromEntries(
      q.questions.map((question) => [question.id, fc.constantFrom(...question.options.map((o) => o.id))]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Answers>;
}

/** True when every key is a question of the questionnaire and every value one of its options. */
export function isValidAnswers(q: Questionnaire, answers: Answers): boolean {
  return Object.entries(answers).every(([questionId, optionId]) => {
    const question = q.questions.find((x) => x.id === questionId);
    return question !== undefined && question.options.some((o) => o.id === optionId);
  });
}

/** Answers that pick, for each readiness question, the option with the given rank of points (0 = best). */
export function answersWith(
  overrides: Readonly<Record<string, string>>,
  base: 'best' | 'worst' = 'best',
  q: Questionnaire = questionnaire,
): Answers {
  const answers: Record<string, string> = {
    aim: 'digital-ai',
    seniors: '3-5',
    juniors: '3-5',
    setting: 'on-site',
    role: 'other',
  };
  for (const question of q.questions) {
    if (question.kind !== 'readiness') continue;
    const sorted = [...question.options].sort((a, b) => b.points - a.points);
    answers[question.id] = (base === 'best' ? sorted[0] : sorted[sorted.length - 1])!.id;
  }
  return { ...answers, ...overrides };
}

/** Freezes an object and everything inside it, so a test fails if code under test mutates it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
