import { beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { checkCharacter, encodeShareCode } from '../../../src/lib/questionnaire/share-code';
import {
  createSavedState,
  SAVED_STATE_VERSION,
  serializeSavedState,
  type SavedState,
} from '../../../src/lib/questionnaire/saved-state';
import type { Answers } from '../../../src/lib/questionnaire/types';
import { STORAGE_KEY as KEY } from '../../../src/stores/questionnaire';
import { answersWith, questionnaire } from '../questionnaire/support';

const [first, second] = questionnaire.questions;
const all = answersWith({});
const count = questionnaire.questions.length;

/** A freshly imported store over a test storage engine that holds `saved`, if given. */
async function openStore(saved?: string) {
  vi.resetModules();
  useTestStorageEngine();
  cleanTestStorage();
  if (saved !== undefined) setTestStorageKey(KEY, saved);
  const store = await import('../../../src/stores/questionnaire');
  store.openQuestionnaire(questionnaire);
  return store;
}

/** What the store saved, parsed. */
function savedState(): SavedState | undefined {
  const text = getTestStorage()[KEY];
  return text === undefined ? undefined : (JSON.parse(text) as SavedState);
}

const saved = (answers: Answers, step: number): string =>
  serializeSavedState(createSavedState(questionnaire, answers, step));

/** Complete saved answers plus one more, written into the JSON text so that even "__proto__" stays a key. */
const withRawAnswer = (questionId: string, optionId: string): string =>
  saved(all, 3).replace('"answers":{', `"answers":{${JSON.stringify(questionId)}:${JSON.stringify(optionId)},`);

describe('the questionnaire store', () => {
  beforeEach(() => {
    cleanTestStorage();
  });

  test('a first visit shows the start screen and saves nothing', async () => {
    const store = await openStore();
    expect(store.$screen.get()).toEqual({ name: 'start' });
    expect(store.$ready.get()).toBe(true);
    expect(savedState()).toBeUndefined();
  });

  test('an answer is saved at once and survives going back', async () => {
    const store = await openStore();
    store.start();
    store.choose(first!.id, first!.options[1]!.id);
    expect(savedState()).toEqual({
      schemaVersion: SAVED_STATE_VERSION,
      questionnaireVersion: questionnaire.version,
      answers: { [first!.id]: first!.options[1]!.id },
      step: 0,
    });
    store.next();
    expect(store.$screen.get()).toEqual({ name: 'question', index: 1 });
    store.back();
    expect(store.$screen.get()).toEqual({ name: 'question', index: 0 });
    expect(store.$answers.get()[first!.id]).toBe(first!.options[1]!.id);
  });

  test('Continue without an answer shows the error and stays; answering clears it', async () => {
    const store = await openStore();
    store.start();
    store.next();
    store.next();
    expect(store.$screen.get()).toEqual({ name: 'question', index: 0 });
    expect(store.$showError.get()).toBe(true);
    expect(store.$errorAttempt.get()).toBe(2);
    store.choose(first!.id, first!.options[0]!.id);
    expect(store.$showError.get()).toBe(false);
  });

  test('saved progress resumes at the saved question', async () => {
    const answers = { [first!.id]: first!.options[0]!.id, [second!.id]: second!.options[0]!.id };
    const store = await openStore(saved(answers, 2));
    expect(store.$answers.get()).toEqual(answers);
    expect(store.$screen.get()).toEqual({ name: 'question', index: 2 });
    expect(store.$savedNotice.get()).toBeUndefined();
  });

  test('finished answers resume at the result, which is assessed', async () => {
    const store = await openStore(saved(all, count));
    expect(store.$screen.get()).toEqual({ name: 'result' });
    expect(store.$assessment.get()?.decision.format).toBe('reverse-pairs');
  });

  const valid = JSON.parse(saved(all, 3)) as Record<string, unknown>;
  test.each([
    // not JSON at all: the plain persistentAtom would throw here and leave the island dead
    ['corrupt JSON', 'unreadable', '{"schemaVersion":1,"answ'],
    // saved for an older questionnaire
    ['an older questionnaire', 'outdated', JSON.stringify({ ...valid, questionnaireVersion: questionnaire.version - 1 })],
    // a hand-edited question id
    ['an unknown question', 'unreadable', JSON.stringify({ ...valid, answers: { ...all, nosuch: 'x' } })],
    // a hand-edited answer
    ['an unknown answer', 'unreadable', JSON.stringify({ ...valid, answers: { ...all, [first!.id]: 'nosuch' } })],
    // built-in names as question ids, each with a real option id, so only the id can refuse them
    ['a __proto__ question', 'unreadable', withRawAnswer('__proto__', first!.options[0]!.id)],
    ['a constructor question', 'unreadable', withRawAnswer('constructor', first!.options[0]!.id)],
    ['a toString question', 'unreadable', withRawAnswer('toString', first!.options[0]!.id)],
    // a script where an answer belongs
    ['a script for an answer', 'unreadable', JSON.stringify({ ...valid, answers: { [first!.id]: '<script>alert(1)</script>' } })],
    // a step out of range
    ['a step out of range', 'unreadable', JSON.stringify({ ...valid, step: 999 })],
    // far too long
    ['a huge value', 'unreadable', JSON.stringify({ ...valid, padding: 'x'.repeat(100_000) })],
  ])('saved state with %s is deleted, with the %s notice, and the check starts empty', async (_case, notice, text) => {
    const store = await openStore(text);
    expect(store.$savedNotice.get()).toBe(notice);
    expect(store.$answers.get()).toEqual({});
    expect(store.$screen.get()).toEqual({ name: 'start' });
    expect(getTestStorage()[KEY]).toBeUndefined();
  });

  test('changing an answer from the review returns to the review', async () => {
    const store = await openStore(saved(all, count));
    store.review();
    store.changeAnswer(5);
    expect(store.$screen.get()).toEqual({ name: 'question', index: 5 });
    const question = questionnaire.questions[5]!;
    store.choose(question.id, question.options.at(-1)!.id);
    store.next();
    expect(store.$screen.get()).toEqual({ name: 'review' });
    expect(savedState()?.answers[question.id]).toBe(question.options.at(-1)!.id);
  });

  test('start again deletes the saved answers and shows the start screen', async () => {
    const store = await openStore(saved(all, count));
    store.startAgain();
    expect(store.$answers.get()).toEqual({});
    expect(store.$screen.get()).toEqual({ name: 'start' });
    expect(getTestStorage()[KEY]).toBeUndefined();
  });

  test('a share link shows its answers without saving them, and adopting them saves them', async () => {
    const own = { [first!.id]: first!.options[0]!.id };
    const shared = answersWith({ aim: 'onboarding' });
    const store = await openStore(saved(own, 1));
    store.openShareLink(`#a=${encodeShareCode(questionnaire, shared)}`);
    expect(store.$shared.get()).toEqual(shared);
    expect(store.$assessment.get()?.decision.format).toBe('buddy');
    expect(savedState()?.answers).toEqual(own);
    store.adoptSharedAnswers();
    expect(store.$shared.get()).toBeUndefined();
    expect(store.$screen.get()).toEqual({ name: 'review' });
    expect(savedState()?.answers).toEqual(shared);
  });

  const code = encodeShareCode(questionnaire, all);
  const swapped = code.slice(0, 3) + (code[3] === '1' ? '2' : '1') + code.slice(4);
  // A well-formed code with a correct check character, but option 35 for the first question.
  const outOfRangePayload = `${code.slice(0, 1)}z${code.slice(2, -1)}`;
  const outOfRange = outOfRangePayload + checkCharacter(outOfRangePayload);
  test.each([
    // one answer changed by hand: the check character no longer fits
    ['tampered', swapped, 'invalid'],
    // an answer number beyond the question's options, with a valid check character
    ['out-of-range', outOfRange, 'invalid'],
    // cut short when copied
    ['truncated', code.slice(0, -4), 'invalid'],
    // not a code at all
    ['a script', '<script>alert(1)</script>', 'invalid'],
    // absurdly long
    ['very long', '1'.repeat(10_000), 'invalid'],
    // made for another version of the questions
    ['outdated', (questionnaire.version + 1).toString(36) + code.slice(1), 'outdated'],
  ])('a %s share link shows the %s notice and keeps no answers', async (_case, badCode, notice) => {
    const store = await openStore();
    store.openShareLink(`#a=${badCode}`);
    expect(store.$shareNotice.get()).toBe(notice);
    expect(store.$shared.get()).toBeUndefined();
    expect(store.$answers.get()).toEqual({});
    expect(store.$assessment.get()).toBeUndefined();
  });

  test('other fragments, such as the skip link, are not share links', async () => {
    const store = await openStore();
    store.openShareLink('#main');
    expect(store.$shareNotice.get()).toBeUndefined();
    expect(store.$shared.get()).toBeUndefined();
  });
});
