// The answers kept in localStorage between visits, as JSON:
//
//   { "schemaVersion": 1, "questionnaireVersion": 1, "answers": { "aim": "digital-ai", ... }, "step": 4 }
//
// - schemaVersion: the shape of this object; raise SAVED_STATE_VERSION when the shape changes.
// - questionnaireVersion: the content file's `version`; answers saved for another version are dropped.
// - answers: question id -> option id, only known ids.
// - step: the question shown last (0-based); questions.length means the result page.
//
// Lifecycle: written after every answer, read once when the questionnaire opens, removed by
// "start again". Whatever is stored is untrusted: parseSavedState never throws and refuses anything
// it does not fully understand, so the questionnaire simply starts empty.

import { readSavedJson } from '../storage';
import { firstUnansweredIndex, isKnownOption } from './answers';
import {
  MAX_UNTRUSTED_INPUT_LENGTH,
  type Answers,
  type DecodeResult,
  type Question,
  type Questionnaire,
  type QuestionnaireFile,
} from './types';

/** The version of the saved state's shape. */
export const SAVED_STATE_VERSION = 1;

/** The answers and position saved between visits. */
export interface SavedState {
  readonly schemaVersion: typeof SAVED_STATE_VERSION;
  readonly questionnaireVersion: number;
  readonly answers: Answers;
  readonly step: number;
}

const KEYS = ['schemaVersion', 'questionnaireVersion', 'answers', 'step'] as const;

/** Builds the state to save for these answers and step. */
export function createSavedState(questionnaire: QuestionnaireFile, answers: Answers, step: number): SavedState {
  return { schemaVersion: SAVED_STATE_VERSION, questionnaireVersion: questionnaire.version, answers, step };
}

/** Writes a saved state as the JSON string to store. */
export function serializeSavedState(state: SavedState): string {
  return JSON.stringify({
    schemaVersion: state.schemaVersion,
    questionnaireVersion: state.questionnaireVersion,
    answers: state.answers,
    step: state.step,
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a stored string back into a saved state, or says why it was refused: never throws. */
export function parseSavedState(questionnaire: Questionnaire, raw: unknown): DecodeResult<SavedState> {
  const read = readSavedJson(raw, { version: SAVED_STATE_VERSION, maxLength: MAX_UNTRUSTED_INPUT_LENGTH, keys: KEYS });
  if (!read.ok) return read;
  const data = read.data;
  const { questionnaireVersion } = data;
  const earlier =
    typeof questionnaireVersion === 'number' &&
    Object.hasOwn(questionnaire.earlierVersions, String(questionnaireVersion));
  if (questionnaireVersion !== questionnaire.version && !earlier) return { ok: false, reason: 'version' };

  const { step } = data;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > questionnaire.questions.length) {
    return { ok: false, reason: 'malformed' };
  }
  if (!isPlainObject(data.answers)) return { ok: false, reason: 'malformed' };

  // A Map, not an object, so keys such as "__proto__" or "constructor" can never match a question.
  const questions = new Map<string, Question>(questionnaire.questions.map((q) => [q.id, q]));
  const answers: Record<string, string> = {};
  for (const [questionId, optionId] of Object.entries(data.answers)) {
    const question = questions.get(questionId);
    if (!question) return { ok: false, reason: 'unknown-question' };
    if (typeof optionId !== 'string' || !isKnownOption(question, optionId)) {
      return { ok: false, reason: 'unknown-answer' };
    }
    answers[questionId] = optionId;
  }
  // Saved with an earlier version: the answers are kept (answers are stored by id), and the step is
  // the first question added since, so only the new questions are asked.
  const unanswered = firstUnansweredIndex(questionnaire, answers);
  const resumeStep = !earlier ? step : unanswered === -1 ? questionnaire.questions.length : unanswered;
  return {
    ok: true,
    value: {
      schemaVersion: SAVED_STATE_VERSION,
      questionnaireVersion,
      answers,
      step: resumeStep,
    },
  };
}
