// The readiness questionnaire's state and every action on it. Components only read these stores
// with useStore() and call the actions; the rules live in src/lib/questionnaire (scoring, share
// codes, saved state) and src/lib/questionnaire-ui (screens, storage that never throws).
//
// Saved data, in localStorage under 'mentorfit:questionnaire', written by serializeSavedState:
//
//   { "schemaVersion": 1, "questionnaireVersion": 1, "answers": { "aim": "digital-ai", ... }, "step": 4 }
//
// Lifecycle:
// - Read once, when the island opens (openQuestionnaire). persistentAtom decodes at import time,
//   before the island's props hold the questionnaire, so the store keeps the stored text as it is
//   (a decode that cannot throw) and openQuestionnaire checks it with parseSavedState. Corrupt,
//   outdated or hand-edited text is deleted, and $savedNotice tells the user why.
// - Written after every answer and every move to another screen, never for a shared view.
// - Deleted by startAgain().
// - When localStorage is missing or full, the engine works from memory: the questionnaire can
//   still be finished, $storage turns 'not-saving' and the page says so.
//
// A share link (#a=<code>) opens a read-only view of someone else's answers in $shared; they are
// only saved if the user chooses adoptSharedAnswers().
//
// The browser history holds the screen ({ mentorfitScreen: 'question-3' }), so the browser's Back
// button and a reload return to the same screen.

import { atom, computed } from 'nanostores';
import { persistentAtom, setPersistentEngine } from '@nanostores/persistent';
import { firstUnansweredIndex, isComplete, withAnswer } from '../lib/questionnaire/answers';
import { assessReadiness } from '../lib/questionnaire/assess';
import { createSavedState, parseSavedState, serializeSavedState } from '../lib/questionnaire/saved-state';
import { decodeShareCode, encodeShareCode } from '../lib/questionnaire/share-code';
import type { Answers, DecodeFailure, Questionnaire } from '../lib/questionnaire/types';
import {
  allowedScreen,
  furthestScreen,
  savedStepOf,
  screenAfter,
  screenBefore,
  screenFromKey,
  screenFromSavedStep,
  screenKey,
  type Screen,
} from '../lib/questionnaire-ui/flow';
import { createSafeStorage } from '../lib/questionnaire-ui/safe-storage';
import { shareCodeFromHash, withShareCode } from '../lib/questionnaire-ui/share-link';

/** The localStorage key of the saved answers. */
export const STORAGE_KEY = 'mentorfit:questionnaire';

/** Whether answers still reach the browser's storage. */
export const $storage = atom<'saving' | 'not-saving'>('saving');

const inBrowser = typeof window !== 'undefined';
const safeStorage = inBrowser
  ? createSafeStorage(
      () => window.localStorage,
      () => $storage.set('not-saving'),
    )
  : undefined;
// In the browser every read and write is guarded; the server render has no storage to touch.
if (safeStorage) setPersistentEngine(safeStorage.engine, { addEventListener() {}, removeEventListener() {} });

/** The saved state exactly as stored (unchecked text); only openQuestionnaire reads it. */
const $savedText = persistentAtom<string | undefined>(STORAGE_KEY, undefined, { listen: false });

/** The questionnaire in the page's language, set when the island opens. */
export const $questionnaire = atom<Questionnaire | undefined>(undefined);

/** The user's own answers: question id to option id. */
export const $answers = atom<Answers>({});

/** The screen on show. */
export const $screen = atom<Screen>({ name: 'start' });

/** False in the server render and the first browser render, true once the saved state is read. */
export const $ready = atom(false);

/** True after Continue was pressed on an unanswered question, until it is answered. */
export const $showError = atom(false);

/** Counts Continue presses that found no answer, so the error summary takes focus each time. */
export const $errorAttempt = atom(0);

/** True while an answer is changed from the review screen: Continue and Back then return there. */
export const $returnToReview = atom(false);

/** Why saved answers were thrown away when the page opened, if they were. */
export const $savedNotice = atom<'outdated' | 'unreadable' | undefined>(undefined);

/** Why the share link in the address could not be opened, if it could not. */
export const $shareNotice = atom<'outdated' | 'invalid' | undefined>(undefined);

/** Answers from a share link, shown read-only instead of the user's own. */
export const $shared = atom<Answers | undefined>(undefined);

/** Whether the share link was copied to the clipboard. */
export const $copyStatus = atom<'idle' | 'copied' | 'failed'>('idle');

/** The answers on show: a shared set, or the user's own. */
export const $shownAnswers = computed([$shared, $answers], (shared, own) => shared ?? own);

/** Everything the result page shows, once every question has an answer. */
export const $assessment = computed([$questionnaire, $shownAnswers], (questionnaire, answers) =>
  questionnaire && isComplete(questionnaire, answers) ? assessReadiness(questionnaire, answers) : undefined,
);

/** The address that shows the answers on show to anyone who opens it. */
export const $shareUrl = computed([$questionnaire, $shownAnswers], (questionnaire, answers) =>
  questionnaire && inBrowser ? withShareCode(window.location.href, encodeShareCode(questionnaire, answers)) : '',
);

interface HistoryState {
  readonly mentorfitScreen?: unknown;
}

function questionnaireOrThrow(): Questionnaire {
  const questionnaire = $questionnaire.get();
  if (!questionnaire) throw new Error('openQuestionnaire() must run before any other questionnaire action.');
  return questionnaire;
}

/** Writes the own answers and screen to storage; a shared view is never saved. */
function save(): void {
  const questionnaire = $questionnaire.get();
  if (!questionnaire || $shared.get()) return;
  const answers = $answers.get();
  const screen = $screen.get();
  if (Object.keys(answers).length === 0 && screen.name === 'start') return;
  const step = savedStepOf(screen, questionnaire.questions.length);
  $savedText.set(serializeSavedState(createSavedState(questionnaire, answers, step)));
}

/** Shows a screen, records it in the browser history (a new entry, the current one, or none) and saves. */
function show(screen: Screen, history: 'push' | 'replace' | 'none' = 'push'): void {
  $screen.set(screen);
  $showError.set(false);
  $copyStatus.set('idle');
  if (screen.name === 'review' || screen.name === 'result' || screen.name === 'start') $returnToReview.set(false);
  if (inBrowser && history !== 'none') {
    const state: HistoryState = { mentorfitScreen: screenKey(screen) };
    const url = withShareCode(window.location.href, shareCodeFromHash(window.location.hash));
    if (history === 'push') window.history.pushState(state, '', url);
    else window.history.replaceState(state, '', url);
  }
  save();
}

/** Puts the share code of a shared view on the language switch link, so the other language shows it too. */
function syncLanguageLink(code: string | undefined): void {
  if (!inBrowser) return;
  const link = document.querySelector<HTMLAnchorElement>('a[hreflang]');
  if (link) link.href = withShareCode(link.href, code);
}

/** Removes a share code from the address bar without adding a history entry. */
function clearShareFragment(): void {
  if (!inBrowser || shareCodeFromHash(window.location.hash) === undefined) return;
  window.history.replaceState(window.history.state, '', withShareCode(window.location.href, undefined));
}

function shareNoticeFor(reason: DecodeFailure): 'outdated' | 'invalid' {
  return reason === 'version' ? 'outdated' : 'invalid';
}

/** Opens the share link in an address fragment: a shared view, a notice when it is broken, nothing for other fragments. */
export function openShareLink(hash: string): void {
  const code = shareCodeFromHash(hash);
  if (code === undefined) {
    // Back from a shared view to the address without the link: show the user's own answers again.
    if ($shared.get() || $shareNotice.get()) {
      $shared.set(undefined);
      $shareNotice.set(undefined);
      syncLanguageLink(undefined);
    }
    return;
  }
  const questionnaire = questionnaireOrThrow();
  const decoded = decodeShareCode(questionnaire, code);
  if (decoded.ok && isComplete(questionnaire, decoded.value)) {
    $shared.set(decoded.value);
    $shareNotice.set(undefined);
    syncLanguageLink(code);
  } else {
    $shared.set(undefined);
    $shareNotice.set(decoded.ok ? 'invalid' : shareNoticeFor(decoded.reason));
    syncLanguageLink(undefined);
  }
}

function onPopState(event: PopStateEvent): void {
  const questionnaire = $questionnaire.get();
  const remembered = screenFromKey((event.state as HistoryState | null)?.mentorfitScreen);
  if (!questionnaire || !remembered) return;
  show(allowedScreen(questionnaire, $answers.get(), remembered), 'none');
}

function onHashChange(): void {
  openShareLink(window.location.hash);
}

let listening = false;

/** Opens the questionnaire in the browser: reads the saved answers and any share link, and resumes. */
export function openQuestionnaire(questionnaire: Questionnaire): void {
  $questionnaire.set(questionnaire);
  if (safeStorage && !safeStorage.saves()) $storage.set('not-saving');

  let answers: Answers = {};
  let resumeAt: Screen = { name: 'start' };
  const text = $savedText.get();
  if (text !== undefined) {
    const saved = parseSavedState(questionnaire, text);
    if (saved.ok) {
      answers = saved.value.answers;
      if (Object.keys(answers).length > 0) resumeAt = screenFromSavedStep(questionnaire, answers, saved.value.step);
    } else {
      $savedText.set(undefined);
      $savedNotice.set(saved.reason === 'version' ? 'outdated' : 'unreadable');
    }
  }
  $answers.set(answers);

  // A reload or a step back through history returns to the screen it showed; a new visit resumes.
  const historyState = inBrowser ? (window.history.state as HistoryState | null) : null;
  const remembered = screenFromKey(historyState?.mentorfitScreen);
  show(remembered ? allowedScreen(questionnaire, answers, remembered) : resumeAt, 'replace');
  if (inBrowser) openShareLink(window.location.hash);

  if (inBrowser && !listening) {
    window.addEventListener('popstate', onPopState);
    window.addEventListener('hashchange', onHashChange);
    listening = true;
  }
  $ready.set(true);
}

/** Starts the questions, or carries on at the first unanswered one. */
export function start(): void {
  const questionnaire = questionnaireOrThrow();
  const answers = $answers.get();
  show(Object.keys(answers).length === 0 ? { name: 'question', index: 0 } : furthestScreen(questionnaire, answers));
}

/** Records the answer to a question; it is saved at once, so Back never loses it. */
export function choose(questionId: string, optionId: string): void {
  $answers.set(withAnswer($answers.get(), questionId, optionId));
  $showError.set(false);
  save();
}

/** Continue: the next screen when the question on show is answered, otherwise the error. */
export function next(): void {
  const questionnaire = questionnaireOrThrow();
  const screen = $screen.get();
  if (screen.name !== 'question') return;
  const question = questionnaire.questions[screen.index];
  const answers = $answers.get();
  if (!question || !Object.hasOwn(answers, question.id)) {
    $showError.set(true);
    $errorAttempt.set($errorAttempt.get() + 1);
    return;
  }
  show(screenAfter(questionnaire, answers, screen.index, $returnToReview.get()));
}

/** Back: the screen before this one, keeping every answer. */
export function back(): void {
  show(screenBefore(questionnaireOrThrow(), $screen.get(), $returnToReview.get()));
}

/** Opens a question from the review screen; Continue then returns to the review. */
export function changeAnswer(index: number): void {
  const questionnaire = questionnaireOrThrow();
  const target = allowedScreen(questionnaire, $answers.get(), { name: 'question', index });
  show(target);
  $returnToReview.set(true);
}

/** Shows the review screen, or the first unanswered question. */
export function review(): void {
  const questionnaire = questionnaireOrThrow();
  show(allowedScreen(questionnaire, $answers.get(), { name: 'review' }));
}

/** Shows the result, or the first unanswered question when something is missing. */
export function showResult(): void {
  const questionnaire = questionnaireOrThrow();
  show(allowedScreen(questionnaire, $answers.get(), { name: 'result' }));
}

/** Deletes every answer, saved and shown, and goes back to the start screen. */
export function startAgain(): void {
  $answers.set({});
  $shared.set(undefined);
  $savedNotice.set(undefined);
  $shareNotice.set(undefined);
  $savedText.set(undefined);
  clearShareFragment();
  syncLanguageLink(undefined);
  show({ name: 'start' });
}

/** Takes the answers of a shared view as the user's own (replacing any saved ones) and opens the review. */
export function adoptSharedAnswers(): void {
  const shared = $shared.get();
  if (!shared) return;
  $answers.set(shared);
  $shared.set(undefined);
  clearShareFragment();
  syncLanguageLink(undefined);
  show({ name: 'review' });
}

/** Leaves a shared view (or a broken share link) for the user's own answers, where they left off. */
export function leaveSharedView(): void {
  const questionnaire = questionnaireOrThrow();
  $shared.set(undefined);
  $shareNotice.set(undefined);
  clearShareFragment();
  syncLanguageLink(undefined);
  const answers = $answers.get();
  const index = firstUnansweredIndex(questionnaire, answers);
  const own: Screen =
    Object.keys(answers).length === 0 ? { name: 'start' } : index === -1 ? { name: 'result' } : { name: 'question', index };
  show(own, 'replace');
}

/** Hides the notice about thrown-away saved answers. */
export function dismissSavedNotice(): void {
  $savedNotice.set(undefined);
}

/** Copies the share link to the clipboard and says whether that worked. */
export async function copyShareLink(): Promise<void> {
  try {
    await navigator.clipboard.writeText($shareUrl.get());
    $copyStatus.set('copied');
  } catch {
    $copyStatus.set('failed');
  }
}

/** Opens the browser's print dialog for the result. */
export function printResult(): void {
  window.print();
}
