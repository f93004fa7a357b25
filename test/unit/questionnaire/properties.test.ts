import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessReadiness,
  DIMENSION_IDS,
  PILOT_FORMATS,
  READINESS_ORDER,
  recommendForAnswers,
  scoreDimensions,
  type Answers,
  type PilotFormat,
} from '../../../src/lib/questionnaire';
import { completeAnswers, deepFreeze, partialAnswers, questionnaire, readinessQuestions } from './support';

const rank = (format: PilotFormat): number => (READINESS_ORDER as readonly string[]).indexOf(format);

/** A complete answer set plus one readiness question and an option at least as good as the current one. */
const improvement = completeAnswers().chain((answers) =>
  fc.constantFrom(...readinessQuestions).chain((question) => {
    const current = question.options.find((o) => o.id === answers[question.id])!;
    const better = question.options.filter((o) => o.points >= current.points).map((o) => o.id);
    return fc.constantFrom(...better).map((optionId) => ({ answers, improved: { ...answers, [question.id]: optionId } as Answers }));
  }),
);

describe('questionnaire properties (fast-check)', () => {
  it('every complete answer set yields exactly one known recommendation with its rule', () => {
    fc.assert(
      fc.property(completeAnswers(), (answers) => {
        const { decision, recommendation } = assessReadiness(questionnaire, answers);
        expect(PILOT_FORMATS).toContain(decision.format);
        expect(recommendation).toBe(questionnaire.recommendations[decision.format]);
        expect(questionnaire.rules[decision.rule]).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('every dimension score stays a whole number from 0 to 100, also for partial answers', () => {
    fc.assert(
      fc.property(partialAnswers(), (answers) => {
        for (const id of DIMENSION_IDS) {
          const { score } = scoreDimensions(questionnaire, answers)[id];
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('improving a readiness answer never lowers any dimension score', () => {
    fc.assert(
      fc.property(improvement, ({ answers, improved }) => {
        const before = scoreDimensions(questionnaire, answers);
        const after = scoreDimensions(questionnaire, improved);
        for (const id of DIMENSION_IDS) expect(after[id].score).toBeGreaterThanOrEqual(before[id].score);
      }),
      { numRuns: 3000 },
    );
  });

  it('improving a readiness answer never moves the recommendation to a less ready format', () => {
    fc.assert(
      fc.property(improvement, ({ answers, improved }) => {
        const before = recommendForAnswers(questionnaire, answers).format;
        const after = recommendForAnswers(questionnaire, improved).format;
        if (rank(before) === -1) {
          // Buddy and traditional depend on the aim alone, which is held fixed.
          expect(after).toBe(before);
        } else {
          expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('every recommendation is reached by some random answer set', () => {
    const reached = new Set(fc.sample(completeAnswers(), { numRuns: 2000, seed: 42 }).map((a) => recommendForAnswers(questionnaire, a).format));
    expect([...reached].sort()).toEqual([...PILOT_FORMATS].sort());
  });

  it('the result is a pure function of the answers: same answers, same result, nothing mutated', () => {
    const frozen = deepFreeze(structuredClone(questionnaire));
    fc.assert(
      fc.property(partialAnswers(), (answers) => {
        const input = deepFreeze({ ...answers });
        const first = assessReadiness(frozen, input);
        // The same answers in another key order give the same result.
        const reordered = Object.fromEntries(Object.entries(answers).reverse());
        expect(assessReadiness(frozen, reordered)).toEqual(first);
        expect(assessReadiness(frozen, input)).toEqual(first);
        expect(input).toEqual(answers);
      }),
      { numRuns: 500 },
    );
    expect(frozen).toEqual(questionnaire);
  });
});
