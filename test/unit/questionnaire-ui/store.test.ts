import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkCharacter, encodeShareCode } from '../../../src/lib/questionnaire/share-code';
import { createSavedState, serializeSavedState } from '../../../src/lib/questionnaire/saved-state';
import type { Answers } from '../../../src/lib/questionnaire/types';
import type { QuestionnaireOpening } from '../../../src/stores/questionnaire';
import { answersWith, questionnaire } from '../questionnaire/support';

const [first, second] = questionnaire.questions;
const all = answersWith({});
const count = questionnaire.questions.length;

/** A freshly imported store, opened as a browser with this saved text, history entry and address would open it. */
async function openStore(opening: Partial<QuestionnaireOpening> = {}) {
  vi.resetModules();
  const store = await import('../../../src/stores/questionnaire');
  store.openQuestionnaire(questionnaire, { hash: '', pageAddress: 'https://example.test/questionnaire/', ...opening });
  return store;
}

/** The result's stores, freshly imported together with the store they read, opened as openStore() opens it. */
async function openResultStores(opening: Partial<QuestionnaireOpening> = {}) {
  const store = await openStore(opening);
  const result = await import('../../../src/stores/questionnaire-result');
  return { store, result };
}

const saved = (answers: Answers, step: number): string =>
  serializeSavedState(createSavedState(questionnaire, answers, step));

describe('the questionnaire store', () => {
  test('a first visit shows the start screen, replacing the history entry the page loaded with', async () => {
    const store = await openStore();
    expect(store.$screen.get()).toEqual({ name: 'start' });
    expect(store.$screenHistory.get()).toBe('replace');
    expect(store.$ready.get()).toBe(true);
  });

  test('an answer survives going back, and each move makes a new history entry', async () => {
    const store = await openStore();
    store.start();
    expect(store.$screenHistory.get()).toBe('push');
    store.choose(first!.id, first!.options[1]!.id);
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
    const store = await openStore({ savedText: saved(answers, 2), newVisit: true });
    expect(store.$answers.get()).toEqual(answers);
    expect(store.$screen.get()).toEqual({ name: 'question', index: 2 });
    // A new visit says that saved answers were used: on a shared computer they may be someone else's.
    expect(store.$savedNotice.get()).toBe('resumed');
    // The same tab opening the check again (another page, or the other language) says nothing.
    const again = await openStore({ savedText: saved(answers, 2), newVisit: false });
    expect(again.$savedNotice.get()).toBeUndefined();
  });

  test('a reload resumes without the notice, and a first visit has none', async () => {
    const answers = { [first!.id]: first!.options[0]!.id };
    const reload = await openStore({ savedText: saved(answers, 1), historyScreen: 'question-1', newVisit: true });
    expect(reload.$savedNotice.get()).toBeUndefined();
    const fresh = await openStore();
    expect(fresh.$savedNotice.get()).toBeUndefined();
  });

  test('finished answers resume at the result', async () => {
    const store = await openStore({ savedText: saved(all, count) });
    expect(store.$screen.get()).toEqual({ name: 'result' });
  });

  test('a reload returns to the screen of the history entry, as far as the answers allow', async () => {
    const answers = { [first!.id]: first!.options[0]!.id };
    const store = await openStore({ savedText: saved(answers, 1), historyScreen: 'question-0' });
    expect(store.$screen.get()).toEqual({ name: 'question', index: 0 });
    const ahead = await openStore({ savedText: saved(answers, 1), historyScreen: 'question-9' });
    expect(ahead.$screen.get()).toEqual({ name: 'question', index: 1 });
  });

  test.each([
    // answered before the island woke up: the answer is kept and the first question stays on show
    ['an answer', { optionId: first!.options[2]!.id }, { [first!.id]: first!.options[2]!.id }],
    // Start followed, nothing chosen yet
    ['no answer', {}, {}],
    // an option the question does not have (a page script could set any value)
    ['an unknown option', { optionId: 'nosuch' }, {}],
  ])('the first question shown before the island woke up, with %s, stays on show', async (_case, early, expected) => {
    const store = await openStore({ early });
    expect(store.$screen.get()).toEqual({ name: 'question', index: 0 });
    expect(store.$answers.get()).toEqual(expected);
  });

  test('an answer given before the island woke up wins over a saved one, and the rest are kept', async () => {
    const answers = { [first!.id]: first!.options[0]!.id, [second!.id]: second!.options[0]!.id };
    const store = await openStore({ savedText: saved(answers, 2), early: { optionId: first!.options[1]!.id } });
    expect(store.$answers.get()).toEqual({ ...answers, [first!.id]: first!.options[1]!.id });
    expect(store.$screen.get()).toEqual({ name: 'question', index: 0 });
  });

  const valid = JSON.parse(saved(all, 3)) as Record<string, unknown>;
  test.each([
    // not JSON at all
    ['corrupt JSON', '{"schemaVersion":1,"answ', 'unreadable'],
    // saved for an older questionnaire whose question list is no longer known (version 1)
    ['a questionnaire version no longer known', JSON.stringify({ ...valid, questionnaireVersion: 1 }), 'outdated'],
    // a hand-edited question id
    ['an unknown question', JSON.stringify({ ...valid, answers: { ...all, nosuch: 'x' } }), 'unreadable'],
    // a hand-edited answer
    ['an unknown answer', JSON.stringify({ ...valid, answers: { ...all, [first!.id]: 'nosuch' } }), 'unreadable'],
    // prototype pollution
    [
      'a __proto__ key',
      saved(all, 3).replace('"answers":{', '"answers":{"__proto__":{"polluted":"yes"},'),
      'unreadable',
    ],
    // a script where an answer belongs
    [
      'a script for an answer',
      JSON.stringify({ ...valid, answers: { [first!.id]: '<script>alert(1)</script>' } }),
      'unreadable',
    ],
    // a step out of range
    ['a step out of range', JSON.stringify({ ...valid, step: 999 }), 'unreadable'],
    // far too long
    ['a huge value', JSON.stringify({ ...valid, padding: 'x'.repeat(100_000) }), 'unreadable'],
  ])('saved state with %s is refused with the %s notice, and the check starts empty', async (_case, text, notice) => {
    const store = await openStore({ savedText: text });
    expect(store.$savedNotice.get()).toBe(notice);
    expect(store.$answers.get()).toEqual({});
    expect(store.$screen.get()).toEqual({ name: 'start' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // Answers saved with version 2 are kept, and only the questions added since are asked.
  test('a version-2 saved state keeps its answers and resumes at the first new question; Continue then only asks the new ones', async () => {
    const v2Answers = Object.fromEntries(questionnaire.earlierVersions['2']!.map((id) => [id, all[id]!]));
    const store = await openStore({
      savedText: JSON.stringify({ schemaVersion: 1, questionnaireVersion: 2, answers: v2Answers, step: 7 }),
    });
    expect(store.$savedNotice.get()).toBeUndefined();
    expect(store.$answers.get()).toEqual(v2Answers);
    const added = questionnaire.questions
      .map((q, index) => ({ id: q.id, index }))
      .filter(({ id }) => !Object.hasOwn(v2Answers, id));
    expect(added.map(({ id }) => id)).toEqual(['juniors', 'junior-release', 'juniors-willing']);
    for (const [i, { id, index }] of added.entries()) {
      expect(store.$screen.get(), id).toEqual({ name: 'question', index });
      store.choose(id, all[id]!);
      store.next();
      if (i < added.length - 1) expect(store.$screen.get()).toEqual({ name: 'question', index: added[i + 1]!.index });
    }
    expect(store.$screen.get()).toEqual({ name: 'review' });
    expect(store.$answers.get()).toEqual(all);
  });

  test('changing an answer from the review returns to the review', async () => {
    const store = await openStore({ savedText: saved(all, count) });
    store.review();
    store.changeAnswer(5);
    expect(store.$screen.get()).toEqual({ name: 'question', index: 5 });
    const question = questionnaire.questions[5]!;
    store.choose(question.id, question.options.at(-1)!.id);
    store.next();
    expect(store.$screen.get()).toEqual({ name: 'review' });
    expect(store.$answers.get()[question.id]).toBe(question.options.at(-1)!.id);
  });

  test('start again forgets every answer and shows the start screen', async () => {
    const store = await openStore({ savedText: saved(all, count) });
    store.startAgain();
    expect(store.$answers.get()).toEqual({});
    expect(store.$screen.get()).toEqual({ name: 'start' });
  });

  test('a share link shows its answers beside the own ones, and adopting them replaces the own', async () => {
    const own = { [first!.id]: first!.options[0]!.id };
    const shared = answersWith({ aim: 'onboarding' });
    const code = encodeShareCode(questionnaire, shared);
    const { store, result } = await openResultStores({ savedText: saved(own, 1), hash: `#a=${code}` });
    expect(store.$shared.get()).toEqual(shared);
    expect(result.$shownAnswers.get()).toEqual(shared);
    expect(store.$answers.get()).toEqual(own);
    expect(result.$shareUrl.get()).toBe(`https://example.test/questionnaire/#a=${code}`);
    store.adoptSharedAnswers();
    expect(store.$shared.get()).toBeUndefined();
    expect(store.$screen.get()).toEqual({ name: 'review' });
    expect(store.$answers.get()).toEqual(shared);
  });

  test('leaving a shared view returns to the own answers where they were left, in place of the shared entry', async () => {
    const own = { [first!.id]: first!.options[0]!.id };
    const store = await openStore({ savedText: saved(own, 1), hash: `#a=${encodeShareCode(questionnaire, all)}` });
    store.leaveSharedView();
    expect(store.$shared.get()).toBeUndefined();
    expect(store.$screen.get()).toEqual({ name: 'question', index: 1 });
    expect(store.$screenHistory.get()).toBe('replace');
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
  });

  test('other fragments, such as the skip link, are not share links', async () => {
    const store = await openStore();
    store.openShareLink('#main');
    expect(store.$shareNotice.get()).toBeUndefined();
    expect(store.$shared.get()).toBeUndefined();
  });
});

describe("the result's stores and reactions", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('the share link of the own result holds the own answers', async () => {
    const { result } = await openResultStores({ savedText: saved(all, count) });
    expect(result.$shownAnswers.get()).toEqual(all);
    expect(result.$shareUrl.get()).toBe(`https://example.test/questionnaire/#a=${encodeShareCode(questionnaire, all)}`);
  });

  test('copying and printing are requests that the reactions carry out', async () => {
    const { result } = await openResultStores({ savedText: saved(all, count) });
    result.copyShareLink();
    expect(result.$copyStatus.get()).toBe('copying');
    result.printResult();
    result.printResult();
    expect(result.$printRequests.get()).toBe(2);
  });

  test('a new screen forgets how copying the link went', async () => {
    const { store, result } = await openResultStores({ savedText: saved(all, count) });
    expect(store.$screen.get()).toEqual({ name: 'result' });
    result.copyShareLink();
    store.review();
    expect(result.$copyStatus.get()).toBe('idle');
  });

  test.each([
    // the browser writes the link to the clipboard
    ['copied', () => Promise.resolve()],
    // the browser refuses, e.g. without permission: the user is helped to copy it by hand
    ['failed', () => Promise.reject(new Error('not allowed'))],
  ])('the reactions put the share link on the clipboard and say it was %s', async (status, outcome) => {
    const { result } = await openResultStores({ savedText: saved(all, count) });
    const writeText = vi.fn((_text: string) => outcome());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const { connectQuestionnaireResult } = await import('../../../src/stores/questionnaire-result-reactions');
    connectQuestionnaireResult();
    result.copyShareLink();
    await vi.waitFor(() => expect(result.$copyStatus.get()).toBe(status));
    expect(writeText).toHaveBeenCalledExactlyOnceWith(result.$shareUrl.get());
  });

  test('the reactions open the print dialog once for each request', async () => {
    const { result } = await openResultStores({ savedText: saved(all, count) });
    const print = vi.fn();
    vi.stubGlobal('window', { print });
    const { connectQuestionnaireResult } = await import('../../../src/stores/questionnaire-result-reactions');
    connectQuestionnaireResult();
    result.printResult();
    result.printResult();
    expect(print).toHaveBeenCalledTimes(2);
  });
});
