import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSavedState,
  parseSavedState,
  serializeSavedState,
  type DecodeFailure,
} from '../../../src/lib/questionnaire';
import { MAX_UNTRUSTED_INPUT_LENGTH } from '../../../src/lib/questionnaire/types';
import { answersWith, isValidAnswers, partialAnswers, questionnaire } from './support';

const state = (fields: Record<string, unknown>): string =>
  JSON.stringify({
    schemaVersion: 1,
    questionnaireVersion: questionnaire.version,
    answers: { aim: 'digital-ai' },
    step: 1,
    ...fields,
  });

describe('parseSavedState', () => {
  const cases: { name: string; raw: unknown; reason: DecodeFailure }[] = [
    // Nothing stored yet: localStorage returns null.
    { name: 'nothing stored is malformed', raw: null, reason: 'malformed' },
    // Not JSON.
    { name: 'text that is not JSON is malformed', raw: '{answers:', reason: 'malformed' },
    // JSON, but not an object.
    { name: 'a JSON list is malformed', raw: '[1,2]', reason: 'malformed' },
    // JSON null.
    { name: 'JSON null is malformed', raw: 'null', reason: 'malformed' },
    // More than MAX_UNTRUSTED_INPUT_LENGTH (1000) characters is refused unread.
    {
      name: 'a state of more than 1000 characters is too long',
      raw: state({ answers: { aim: 'x'.repeat(MAX_UNTRUSTED_INPUT_LENGTH) } }),
      reason: 'too-long',
    },
    // An old shape of the saved state.
    { name: 'another schema version is a version mismatch', raw: state({ schemaVersion: 2 }), reason: 'version' },
    // Answers saved for another version of the questions.
    {
      name: 'another questionnaire version is a version mismatch',
      raw: state({ questionnaireVersion: questionnaire.version + 1 }),
      reason: 'version',
    },
    // A version written as text is not the version.
    {
      name: 'a version written as text is a version mismatch',
      raw: state({ questionnaireVersion: String(questionnaire.version) }),
      reason: 'version',
    },
    // Extra fields mean a shape this code does not know.
    { name: 'an unknown extra field is malformed', raw: state({ extra: true }), reason: 'malformed' },
    // A field missing.
    {
      name: 'a missing step is malformed',
      raw: JSON.stringify({ schemaVersion: 1, questionnaireVersion: questionnaire.version, answers: {} }),
      reason: 'malformed',
    },
    // Steps run from 0 to the result page.
    { name: 'a negative step is malformed', raw: state({ step: -1 }), reason: 'malformed' },
    // One past the result page.
    {
      name: 'a step past the result page is malformed',
      raw: state({ step: questionnaire.questions.length + 1 }),
      reason: 'malformed',
    },
    // Steps are whole numbers.
    { name: 'a fractional step is malformed', raw: state({ step: 1.5 }), reason: 'malformed' },
    // Answers must be a mapping.
    { name: 'answers as a list are malformed', raw: state({ answers: ['aim'] }), reason: 'malformed' },
    // An answer to a question that does not exist.
    {
      name: 'an unknown question id is refused',
      raw: state({ answers: { 'favourite-colour': 'blue' } }),
      reason: 'unknown-question',
    },
    // The classic prototype-pollution key.
    {
      name: 'a __proto__ key is refused',
      raw: `{"schemaVersion":1,"questionnaireVersion":${questionnaire.version},"answers":{"__proto__":"onboarding"},"step":0}`,
      reason: 'unknown-question',
    },
    // A key named after a built-in property.
    {
      name: 'a constructor key is refused',
      raw: state({ answers: { constructor: 'onboarding' } }),
      reason: 'unknown-question',
    },
    // A __proto__ key at the top level.
    {
      name: 'a top-level __proto__ key is malformed',
      raw: `{"__proto__":{},"schemaVersion":1,"questionnaireVersion":${questionnaire.version},"answers":{},"step":0}`,
      reason: 'malformed',
    },
    // An option the question does not have.
    {
      name: 'an unknown option id is refused',
      raw: state({ answers: { aim: 'world-peace' } }),
      reason: 'unknown-answer',
    },
    // An option of another question.
    {
      name: 'an option id of another question is refused',
      raw: state({ answers: { aim: 'remote' } }),
      reason: 'unknown-answer',
    },
    // Option ids are strings.
    { name: 'a numeric answer is refused', raw: state({ answers: { aim: 2 } }), reason: 'unknown-answer' },
  ];
  it.each(cases)('$name', ({ raw, reason }) => {
    expect(parseSavedState(questionnaire, raw)).toEqual({ ok: false, reason });
  });

  it('accepts an empty state at the first step', () => {
    expect(parseSavedState(questionnaire, serializeSavedState(createSavedState(questionnaire, {}, 0)))).toEqual({
      ok: true,
      value: { schemaVersion: 1, questionnaireVersion: questionnaire.version, answers: {}, step: 0 },
    });
  });

  it('keeps the answers of a version-2 state and resumes at the first question added since', () => {
    const v2Ids = questionnaire.earlierVersions['2']!;
    const full = answersWith({});
    const v2Answers = Object.fromEntries(v2Ids.map((id) => [id, full[id]!]));
    const raw = JSON.stringify({ schemaVersion: 1, questionnaireVersion: 2, answers: v2Answers, step: 7 });
    expect(parseSavedState(questionnaire, raw)).toEqual({
      ok: true,
      // juniors (the third question) is the first one version 2 did not ask.
      value: { schemaVersion: 1, questionnaireVersion: 2, answers: v2Answers, step: 2 },
    });
    // A version-2 state that happens to hold every answer resumes at the result.
    const all = JSON.stringify({ schemaVersion: 1, questionnaireVersion: 2, answers: full, step: 3 });
    expect(parseSavedState(questionnaire, all)).toMatchObject({
      ok: true,
      value: { step: questionnaire.questions.length },
    });
  });

  it('reads back every valid state exactly as it was saved', () => {
    fc.assert(
      fc.property(partialAnswers(), fc.integer({ min: 0, max: questionnaire.questions.length }), (answers, step) => {
        const saved = createSavedState(questionnaire, answers, step);
        const raw = serializeSavedState(saved);
        expect(raw.length).toBeLessThanOrEqual(MAX_UNTRUSTED_INPUT_LENGTH);
        expect(parseSavedState(questionnaire, raw)).toEqual({ ok: true, value: saved });
      }),
      { numRuns: 3000 },
    );
  });

  /** Checks what an accepted state must be, whatever input produced it. */
  const expectValid = (raw: unknown) => {
    const result = parseSavedState(questionnaire, raw);
    if (!result.ok) return;
    const { value } = result;
    expect(value.schemaVersion).toBe(1);
    // The current version, or an earlier one whose answers are kept (the store then asks only the new questions).
    expect(
      value.questionnaireVersion === questionnaire.version ||
        Object.hasOwn(questionnaire.earlierVersions, String(value.questionnaireVersion)),
    ).toBe(true);
    expect(Number.isInteger(value.step) && value.step >= 0 && value.step <= questionnaire.questions.length).toBe(true);
    expect(isValidAnswers(questionnaire, value.answers)).toBe(true);
    expect(Object.getPrototypeOf(value.answers)).toBe(Object.prototype);
  };

  it('never throws and never accepts an invalid state for random JSON', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), fc.string({ maxLength: 600 }), fc.anything()), expectValid), {
      numRuns: 5000,
    });
  });

  it('never throws and never accepts an invalid state for random values in the right shape', () => {
    const key = fc.oneof(
      fc.constantFrom(...questionnaire.questions.map((q) => q.id), '__proto__', 'constructor', 'toString'),
      fc.string({ maxLength: 8 }),
    );
    const value = fc.oneof(
      fc.constantFrom(...questionnaire.questions.flatMap((q) => q.options.map((o) => o.id))),
      fc.anything(),
    );
    const shaped = fc.record({
      schemaVersion: fc.oneof(fc.constant(1), fc.anything()),
      questionnaireVersion: fc.oneof(fc.constant(questionnaire.version), fc.anything()),
      answers: fc.oneof(fc.dictionary(key, value, { maxKeys: 6 }), fc.anything()),
      step: fc.oneof(fc.integer({ min: -2, max: 20 }), fc.double(), fc.anything()),
    });
    fc.assert(
      fc.property(shaped, (s) => expectValid(JSON.stringify(s))),
      { numRuns: 5000 },
    );
    // 5,000 runs take about 5 s on the shared 2-core machine.
  }, 30_000);

  it('never throws and never accepts an invalid state for mutated valid states', () => {
    const edit = fc.record({ at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 3 }), remove: fc.boolean() });
    fc.assert(
      fc.property(partialAnswers(), fc.array(edit, { minLength: 1, maxLength: 5 }), (answers, edits) => {
        let raw = serializeSavedState(createSavedState(questionnaire, answers, 1));
        for (const { at, char, remove } of edits) {
          const i = at % (raw.length + 1);
          raw = remove ? raw.slice(0, i) + raw.slice(i + 1) : raw.slice(0, i) + char + raw.slice(i);
        }
        expectValid(raw);
      }),
      { numRuns: 5000 },
    );
  });
});
