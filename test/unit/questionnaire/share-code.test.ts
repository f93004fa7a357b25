import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCharacter,
  decodeShareCode,
  encodeShareCode,
  type Answers,
  type DecodeFailure,
} from '../../../src/lib/questionnaire';
import { MAX_UNTRUSTED_INPUT_LENGTH } from '../../../src/lib/questionnaire/types';
import { answersWith, completeAnswers, isValidAnswers, minimal, partialAnswers, questionnaire } from './support';

const valid = encodeShareCode(questionnaire, answersWith({}));
/** Replaces the character at `index`, keeping the code otherwise intact. */
const replaceAt = (code: string, index: number, char: string): string =>
  code.slice(0, index) + char + code.slice(index + 1);
/** Re-signs a payload with a correct check character, as a careful forger would. */
const signed = (payload: string): string => payload + checkCharacter(payload);

/** A code as version 2 wrote it: its own question order, then a check character. */
const v2Code = (answers: Answers): string => {
  const ids = questionnaire.earlierVersions['2']!;
  const characters = ids.map((id) => {
    const options = questionnaire.questions.find((q) => q.id === id)!.options;
    return (options.findIndex((o) => o.id === answers[id]) + 1).toString(36);
  });
  return signed('2' + characters.join(''));
};

/**
 * Anything accepted is the one canonical code for those answers; a code of an earlier version is read
 * into the same answers that today's code for them gives back.
 */
const expectCanonical = (code: string, answers: Answers) => {
  const current = encodeShareCode(questionnaire, answers);
  if (code[0] === questionnaire.version.toString(36)) expect(current).toBe(code);
  else expect(decodeShareCode(questionnaire, current)).toEqual({ ok: true, value: answers });
};

describe('encodeShareCode', () => {
  it('writes the version, one character per question and a check character', () => {
    expect(valid).toHaveLength(questionnaire.questions.length + 2);
    expect(valid[0]).toBe(questionnaire.version.toString(36));
    // Best answers: aim digital-ai (3rd), seniors 3-5 (2nd), juniors 3-5 (2nd), setting on-site (1st), every
    // first option, role "other" (5th).
    expect(valid.slice(1, -1)).toBe('3221' + '1'.repeat(questionnaire.questions.length - 5) + '5');
  });

  it('writes an unanswered or unknown answer as 0', () => {
    expect(encodeShareCode(questionnaire, { aim: 'world-peace' }).slice(1, -1)).toBe(
      '0'.repeat(questionnaire.questions.length),
    );
  });
});

describe('decodeShareCode', () => {
  const cases: { name: string; code: unknown; reason: DecodeFailure }[] = [
    // Not a string at all.
    { name: 'a number is malformed', code: 42, reason: 'malformed' },
    // Nothing to read.
    { name: 'an empty string is malformed', code: '', reason: 'malformed' },
    // More than MAX_UNTRUSTED_INPUT_LENGTH (1000) characters is refused before anything else is read.
    {
      name: 'a code of 1001 characters is too long',
      code: '1'.repeat(MAX_UNTRUSTED_INPUT_LENGTH + 1),
      reason: 'too-long',
    },
    // Only 0-9 and a-z are used.
    { name: 'a code with a dash is malformed', code: replaceAt(valid, 3, '-'), reason: 'malformed' },
    // Codes are lowercase; an uppercase letter means the link was changed.
    { name: 'an uppercase letter is malformed', code: valid.slice(0, -1) + 'K', reason: 'malformed' },
    // A code for another questionnaire version.
    {
      name: 'a code from another questionnaire version is refused as a version mismatch',
      code: signed((questionnaire.version + 1).toString(36) + valid.slice(1, -1)),
      reason: 'version',
    },
    // One answer missing.
    { name: 'a code one character short is malformed', code: signed(valid.slice(0, -2)), reason: 'malformed' },
    // One answer too many.
    { name: 'a code one character long is malformed', code: signed(valid.slice(0, -1) + '1'), reason: 'malformed' },
    // A changed answer without a new check character.
    {
      name: 'a changed answer is detected as tampering',
      code: replaceAt(valid, 2, valid[2] === '1' ? '2' : '1'),
      reason: 'tampered',
    },
    // A changed check character.
    {
      name: 'a changed check character is detected as tampering',
      code: replaceAt(valid, valid.length - 1, valid.endsWith('0') ? '1' : '0'),
      reason: 'tampered',
    },
    // A correctly signed code that picks a sixth aim when there are five.
    {
      name: "an option number beyond the question's options is an unknown answer",
      code: signed(replaceAt(valid, 1, '6').slice(0, -1)),
      reason: 'unknown-answer',
    },
    // The highest base-36 digit.
    {
      name: 'the option number z is an unknown answer',
      code: signed(replaceAt(valid, 1, 'z').slice(0, -1)),
      reason: 'unknown-answer',
    },
  ];
  it.each(cases)('$name', ({ code, reason }) => {
    expect(decodeShareCode(questionnaire, code)).toEqual({ ok: false, reason });
  });

  it('reads a version-2 code into its answers, leaving the questions added since unanswered', () => {
    const full = answersWith({});
    const v2Ids = questionnaire.earlierVersions['2']!;
    const v2Answers = Object.fromEntries(v2Ids.map((id) => [id, full[id]!]));
    const code = v2Code(full);
    expect(code).toHaveLength(v2Ids.length + 2);
    expect(decodeShareCode(questionnaire, code)).toEqual({ ok: true, value: v2Answers });
    expect(v2Ids).not.toContain('juniors');
    // Its check character is still checked.
    expect(decodeShareCode(questionnaire, replaceAt(code, 3, code[3] === '1' ? '2' : '1'))).toEqual({
      ok: false,
      reason: 'tampered',
    });
  });

  it('reads back exactly the answers that were encoded, complete or partial', () => {
    fc.assert(
      fc.property(partialAnswers(), (answers) => {
        expect(decodeShareCode(questionnaire, encodeShareCode(questionnaire, answers))).toEqual({
          ok: true,
          value: answers,
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('works the same for another questionnaire', () => {
    fc.assert(
      fc.property(completeAnswers(minimal), (answers) => {
        expect(decodeShareCode(minimal, encodeShareCode(minimal, answers))).toEqual({ ok: true, value: answers });
      }),
      { numRuns: 500 },
    );
  });

  it('detects every single-character change in a code', () => {
    fc.assert(
      fc.property(
        completeAnswers(),
        fc.nat(),
        fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'),
        (answers, at, char) => {
          const code = encodeShareCode(questionnaire, answers);
          const index = at % code.length;
          fc.pre(code[index] !== char);
          expect(decodeShareCode(questionnaire, replaceAt(code, index, char)).ok).toBe(false);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('detects two neighbouring answers swapped, which a plain checksum would miss', () => {
    fc.assert(
      fc.property(completeAnswers(), fc.nat(), (answers, at) => {
        const code = encodeShareCode(questionnaire, answers);
        // Swap two neighbouring answer characters (positions 1 to length - 2 hold answers).
        const i = 1 + (at % (code.length - 3));
        fc.pre(code[i] !== code[i + 1]);
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(decodeShareCode(questionnaire, swapped)).toEqual({ ok: false, reason: 'tampered' });
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws and never accepts invalid answers for random strings', () => {
    const alphabet = fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyzAZ-_=#%.');
    const nearValid = fc.string({
      unit: alphabet,
      minLength: questionnaire.questions.length + 1,
      maxLength: questionnaire.questions.length + 3,
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 600 }), fc.string({ unit: alphabet, maxLength: 40 }), nearValid),
        (code) => {
          const result = decodeShareCode(questionnaire, code);
          if (result.ok) {
            expect(isValidAnswers(questionnaire, result.value)).toBe(true);
            expectCanonical(code, result.value);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('never throws and never accepts invalid answers for mutated valid codes, even when re-signed', () => {
    const mutation = fc.record({
      at: fc.nat(),
      char: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'),
      kind: fc.constantFrom('replace', 'insert', 'delete', 'swap'),
      resign: fc.boolean(),
    });
    fc.assert(
      fc.property(partialAnswers(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (answers, mutations) => {
        let code = encodeShareCode(questionnaire, answers);
        for (const { at, char, kind, resign } of mutations) {
          const i = at % (code.length + 1);
          if (kind === 'replace') code = replaceAt(code, i, char);
          if (kind === 'insert') code = code.slice(0, i) + char + code.slice(i);
          if (kind === 'delete') code = code.slice(0, i) + code.slice(i + 1);
          if (kind === 'swap' && i + 1 < code.length)
            code = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          if (resign && code.length > 1) code = signed(code.slice(0, -1));
        }
        const result = decodeShareCode(questionnaire, code);
        if (result.ok) {
          expect(isValidAnswers(questionnaire, result.value)).toBe(true);
          expectCanonical(code, result.value);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
