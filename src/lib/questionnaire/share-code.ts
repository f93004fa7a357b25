// A share code puts a complete or partial answer set in a link's fragment, e.g. `#a=1321021210112012k`:
//
//   1            questionnaire version, one base-36 character (the schema keeps it within 1-35)
//   3210212...   one base-36 character per question, in the order of that version's questions
//                (an earlier version's order is kept in the questionnaire's `earlierVersions`):
//                0 = unanswered, 1 = first option, 2 = second option, ...
//   k            check character (Luhn mod 36), so a mistyped or tampered link is detected
//
// Codes are untrusted input: decodeShareCode never throws and says why it refused a code.

import {
  MAX_UNTRUSTED_INPUT_LENGTH,
  type Answers,
  type DecodeResult,
  type Questionnaire,
  type QuestionnaireFile,
} from './types';

const BASE = 36;
const CODE_CHARACTERS = /^[0-9a-z]+$/;

/** The Luhn mod 36 check character for a string of base-36 characters. */
export function checkCharacter(payload: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = payload.length - 1; i >= 0; i--) {
    const product = factor * parseInt(payload.charAt(i), BASE);
    sum += Math.floor(product / BASE) + (product % BASE);
    factor = factor === 2 ? 1 : 2;
  }
  return ((BASE - (sum % BASE)) % BASE).toString(BASE);
}

/** Encodes the answers as a share code; unknown or missing answers become "unanswered". */
export function encodeShareCode(questionnaire: QuestionnaireFile, answers: Answers): string {
  const answerCharacters = questionnaire.questions
    .map((question) => {
      const index = Object.hasOwn(answers, question.id)
        ? question.options.findIndex((option) => option.id === answers[question.id])
        : -1;
      return (index + 1).toString(BASE);
    })
    .join('');
  const payload = questionnaire.version.toString(BASE) + answerCharacters;
  return payload + checkCharacter(payload);
}

/** Decodes a share code into answers, or says why it was refused: never throws. */
export function decodeShareCode(questionnaire: Questionnaire, code: unknown): DecodeResult<Answers> {
  if (typeof code !== 'string') return { ok: false, reason: 'malformed' };
  if (code.length > MAX_UNTRUSTED_INPUT_LENGTH) return { ok: false, reason: 'too-long' };
  if (!CODE_CHARACTERS.test(code)) return { ok: false, reason: 'malformed' };
  // A code of an earlier version is read with that version's question order, if it is still known.
  const version = parseInt(code.charAt(0), BASE);
  const ids =
    version === questionnaire.version
      ? questionnaire.questions.map((question) => question.id)
      : Object.hasOwn(questionnaire.earlierVersions, String(version))
        ? questionnaire.earlierVersions[String(version)]
        : undefined;
  if (!ids) return { ok: false, reason: 'version' };
  if (code.length !== ids.length + 2) return { ok: false, reason: 'malformed' };

  const payload = code.slice(0, -1);
  if (checkCharacter(payload) !== code.slice(-1)) return { ok: false, reason: 'tampered' };

  const answers: Record<string, string> = {};
  for (const [i, id] of ids.entries()) {
    const question = questionnaire.questions.find((q) => q.id === id);
    const index = parseInt(payload.charAt(i + 1), BASE);
    if (index === 0) continue;
    if (!question) return { ok: false, reason: 'unknown-question' };
    const option = question.options[index - 1];
    if (!option) return { ok: false, reason: 'unknown-answer' };
    answers[question.id] = option.id;
  }
  return { ok: true, value: answers };
}
