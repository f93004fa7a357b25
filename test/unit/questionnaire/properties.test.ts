import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessReadiness,
  DIMENSION_IDS,
  PILOT_FORMATS,
  readinessRank as rank,
  recommendForAnswers,
  scoreDimensions,
} from '../../../src/lib/questionnaire';
import { ladderOf } from '../../../src/lib/questionnaire/recommend';
import { completeAnswers, deepFreeze, partialAnswers, questionnaire, readinessQuestions } from './support';

/** A complete answer set plus one readiness question and an option at least as good as the current one. */
const improvement = completeAnswers().chain((answers) =>
  fc.constantFrom(...readinessQuestions).chain((question) => {
    const current = question.options.find((o) => o.id === answers[question.id])!;
    const better = question.options.filter((o) => o.points >= current.points).map((o) => o.id);
    return fc
      .constantFrom(...better)
      .map((optionId) => ({ answers, improved: { ...answers, [question.id]: optionId } }));
  }),
);

describe('questionnaire properties (fast-check)', () => {
  it('the format is the strictest cap among the reasons, and the deciding rule applies to the answers', () => {
    fc.assert(
      fc.property(completeAnswers(), (answers) => {
        // The decision alone (assess passes it on unchanged, see assess.test.ts).
        const decision = recommendForAnswers(questionnaire, answers);
        // The format sits on the ladder of the programme the aim chose; no cap is stricter than it.
        const ladder = ladderOf(decision.programme);
        const level = ladder.indexOf(decision.format);
        expect(level).toBeGreaterThanOrEqual(0);
        for (const finding of decision.reasons) {
          expect(finding.rule.appliesTo).toContain(decision.programme);
          if (finding.rule.caps) expect(ladder.indexOf(finding.rule.caps)).toBeGreaterThanOrEqual(level);
        }
        // Nothing holding it: the top of the ladder. Otherwise the first rule holding it decides, or,
        // when the result dropped below a ruled-out format, the rule that ruled it out.
        if (decision.holding.length === 0) expect(level).toBe(ladder.length - 1);
        else {
          const ruledOut = decision.holding.find((finding) => finding.rule.rulesOut);
          expect(decision.rule).toBe((ruledOut ?? decision.holding[0]!).rule.id);
          for (const finding of decision.holding) expect(decision.reasons).toContain(finding);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a knock-out answer can never be outweighed by good answers elsewhere', () => {
    const knockOuts = questionnaire.rules.filter((rule) => rule.caps && 'question' in rule.when);
    const withKnockOut = completeAnswers().chain((answers) =>
      fc.constantFrom(...knockOuts).chain((rule) => {
        const when = rule.when as { question: string; options: string[] };
        return fc
          .constantFrom(...when.options)
          .map((optionId) => ({ rule, answers: { ...answers, [when.question]: optionId } }));
      }),
    );
    fc.assert(
      fc.property(withKnockOut, ({ rule, answers }) => {
        const decision = recommendForAnswers(questionnaire, answers);
        // A knock-out holds every programme it applies to; it is no reason for the others.
        const ids = decision.reasons.map((finding) => finding.rule.id);
        if (!rule.appliesTo.includes(decision.programme)) {
          expect(ids).not.toContain(rule.id);
          return;
        }
        const ladder = ladderOf(decision.programme);
        expect(ladder.indexOf(decision.format)).toBeLessThanOrEqual(ladder.indexOf(rule.caps!));
        expect(ids).toContain(rule.id);
      }),
      { numRuns: 3000 },
    );
  });

  // What would change the advice is proven in change.test.ts (applied changes reach the format; nothing smaller does).

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
    const reached = new Set(
      fc
        .sample(completeAnswers(), { numRuns: 2000, seed: 42 })
        .map((a) => recommendForAnswers(questionnaire, a).format),
    );
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
    // The result now includes what would change the advice (a search), about 30 ms per answer set.
  }, 120_000);
});
