// The readiness questionnaire's state and every action on it: atoms and pure actions only, no
// browser. Components read these stores with useStore() and call the actions; the rules live in
// src/lib/questionnaire (scoring, share codes, saved state) and src/lib/questionnaire-ui (screens).
// What the state means for the browser (saving, history, the address, the language link) is done by
// src/stores/questionnaire-reactions.ts, which subscribes to these stores (nanostores: "separate
// changes and reaction"). What only the result needs (the answers on show, their share link, copying
// it, printing) lives in src/stores/questionnaire-result.ts, so that its code loads with the later
// screens.
//
// Lifecycle:
// - openQuestionnaire() gets what the browser knows when the island wakes up: the saved text
//   (untrusted: corrupt, outdated or hand-edited text is refused and $savedNotice says why), the
//   screen of the history entry, a share link in the address, and an answer given to the
//   server-rendered first question before the island woke up.
// - Every action then changes atoms; the reactions save the user's own answers after each change
//   (never those of a shared view) and record each screen in the browser history as $screenHistory says.
//
// A share link (#a=<code>) opens a read-only view of someone else's answers in $shared; they are
// only kept if the user chooses adoptSharedAnswers().

import { atom } from 'nanostores';
import {
  firstUnansweredIndex,
  isComplete,
  isCompleteForSomeVersion,
  isKnownOption,
  withAnswer,
} from '../lib/questionnaire/answers';
import { parseSavedState } from '../lib/questionnaire/saved-state';
import { decodeShareCode } from '../lib/questionnaire/share-code';
import type { Answers, DecodeFailure, Questionnaire } from '../lib/questionnaire/types';
import {
  allowedScreen,
  furthestScreen,
  screenAfter,
  screenBefore,
  screenFromKey,
  screenFromSavedStep,
  type Screen,
} from '../lib/questionnaire-ui/flow';
import { shareCodeFromHash } from '../lib/questionnaire-ui/share-link';

/** Whether answers still reach the browser's storage. */
export const $storage = atom<'saving' | 'not-saving'>('saving');

/** The questionnaire in the page's language, set when the island opens. */
export const $questionnaire = atom<Questionnaire | undefined>(undefined);

/** The user's own answers: question id to option id. */
export const $answers = atom<Answers>({});

/** The screen on show. */
export const $screen = atom<Screen>({ name: 'start' });

/** How the latest screen change goes into the browser history: a new entry, the current one, or none. */
export const $screenHistory = atom<'push' | 'replace' | 'none'>('replace');

/** False in the server render and the first browser render, true once the saved state is read. */
export const $ready = atom(false);

/** True after Continue was pressed on an unanswered question, until it is answered. */
export const $showError = atom(false);

/** Counts Continue presses that found no answer, so the error summary takes focus each time. */
export const $errorAttempt = atom(0);

/** True while an answer is changed from the review screen: Continue and Back then return there. */
const $returnToReview = atom(false);

/** True while answers kept from an earlier version are completed: Continue skips the questions already answered. */
const $fillingGaps = atom(false);

/** Why saved answers were thrown away when the page opened, if they were. */
export const $savedNotice = atom<'outdated' | 'unreadable' | 'resumed' | undefined>(undefined);

/** Why the share link in the address could not be opened, if it could not. */
export const $shareNotice = atom<'outdated' | 'invalid' | undefined>(undefined);

/** Answers from a share link, shown read-only instead of the user's own. */
export const $shared = atom<Answers | undefined>(undefined);

/** The page's address without a fragment, the base of every share link. */
export const $pageAddress = atom('');

/** What the browser knows when the questionnaire opens; the reactions module reads it. */
export interface QuestionnaireOpening {
  /** The saved state exactly as stored (untrusted), if anything is stored. */
  readonly savedText?: string | undefined;
  /** The screen key of the current browser history entry (untrusted). */
  readonly historyScreen?: unknown;
  /** The address fragment, which may hold a share link. */
  readonly hash: string;
  /** The page's address without its fragment. */
  readonly pageAddress: string;
  /** Set when Start was followed before the island woke up: the first question is on show, maybe answered. */
  readonly early?: { readonly optionId?: string | undefined } | undefined;
  /** True for the first page of a browsing session (a new tab or a later visit), not a reload or a language switch. */
  readonly newVisit?: boolean;
}

function questionnaireOrThrow(): Questionnaire {
  const questionnaire = $questionnaire.get();
  if (!questionnaire) throw new Error('openQuestionnaire() must run before any other questionnaire action.');
  return questionnaire;
}

/** Shows a screen; the reactions record it in the browser history as `history` says, and save. */
function show(screen: Screen, history: 'push' | 'replace' | 'none' = 'push'): void {
  $screenHistory.set(history);
  $showError.set(false);
  if (screen.name === 'review' || screen.name === 'result' || screen.name === 'start') {
    $returnToReview.set(false);
    $fillingGaps.set(false);
  }
  $screen.set(screen);
}

/** Ends a shared view or a broken share link; the reactions then take the code out of the address. */
function closeSharedView(): void {
  $shared.set(undefined);
  $shareNotice.set(undefined);
}

function shareNoticeFor(reason: DecodeFailure): 'outdated' | 'invalid' {
  return reason === 'version' ? 'outdated' : 'invalid';
}

/** Opens the share link in an address fragment: a shared view, a notice when it is broken, nothing for other fragments. */
export function openShareLink(hash: string): void {
  const code = shareCodeFromHash(hash);
  if (code === undefined) {
    // Back from a shared view to the address without the link: show the user's own answers again.
    closeSharedView();
    return;
  }
  const questionnaire = questionnaireOrThrow();
  const decoded = decodeShareCode(questionnaire, code);
  // The new view or notice is set before the old one is cleared: the reactions take the code out of
  // the address as soon as neither is set.
  if (decoded.ok && isCompleteForSomeVersion(questionnaire, decoded.value)) {
    $shared.set(decoded.value);
    $shareNotice.set(undefined);
  } else {
    $shareNotice.set(decoded.ok ? 'invalid' : shareNoticeFor(decoded.reason));
    $shared.set(undefined);
  }
}

/** Opens the questionnaire: reads the saved answers, any early answer and share link, and resumes. */
export function openQuestionnaire(questionnaire: Questionnaire, opening: QuestionnaireOpening): void {
  $questionnaire.set(questionnaire);
  $pageAddress.set(opening.pageAddress);

  let answers: Answers = {};
  let resumeAt: Screen = { name: 'start' };
  if (opening.savedText !== undefined) {
    const saved = parseSavedState(questionnaire, opening.savedText);
    if (saved.ok) {
      answers = saved.value.answers;
      if (Object.keys(answers).length > 0) resumeAt = screenFromSavedStep(questionnaire, answers, saved.value.step);
      if (saved.value.questionnaireVersion !== questionnaire.version && !isComplete(questionnaire, answers)) {
        $fillingGaps.set(true);
      }
    } else {
      $savedNotice.set(saved.reason === 'version' ? 'outdated' : 'unreadable');
    }
  }

  // The first question answered before the island woke up: that answer wins, and it stays on show.
  const first = questionnaire.questions[0];
  const early = opening.early;
  if (early && first) {
    if (early.optionId !== undefined && isKnownOption(first, early.optionId)) {
      answers = withAnswer(answers, first.id, early.optionId);
    }
    resumeAt = { name: 'question', index: 0 };
  }
  $answers.set(answers);

  // A reload or a step back through history returns to the screen it showed; a new visit resumes.
  const remembered = early ? undefined : screenFromKey(opening.historyScreen);
  // A new visit that resumes saved answers says so: on a shared computer they may be someone else's.
  if (opening.newVisit && !remembered && !early && resumeAt.name !== 'start') $savedNotice.set('resumed');
  show(remembered ? allowedScreen(questionnaire, answers, remembered) : resumeAt, 'replace');
  openShareLink(opening.hash);
  $ready.set(true);
}

/** Returns to a screen from the browser history (Back or Forward), as far as the answers allow. */
export function returnToScreen(screen: Screen): void {
  show(allowedScreen(questionnaireOrThrow(), $answers.get(), screen), 'none');
}

/** Starts the questions, or carries on at the first unanswered one. */
export function start(): void {
  const questionnaire = questionnaireOrThrow();
  const answers = $answers.get();
  show(Object.keys(answers).length === 0 ? { name: 'question', index: 0 } : furthestScreen(questionnaire, answers));
}

/** Records the answer to a question; it is saved at once, so Back never loses it. */
export function choose(questionId: string, optionId: string): void {
  $showError.set(false);
  $answers.set(withAnswer($answers.get(), questionId, optionId));
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
  show(screenAfter(questionnaire, answers, screen.index, $returnToReview.get(), $fillingGaps.get()));
}

/** Back: the screen before this one, keeping every answer. */
export function back(): void {
  show(screenBefore(questionnaireOrThrow(), $screen.get(), $returnToReview.get()));
}

/** Opens a question from the review screen; Continue then returns to the review. */
export function changeAnswer(index: number): void {
  const questionnaire = questionnaireOrThrow();
  show(allowedScreen(questionnaire, $answers.get(), { name: 'question', index }));
  $returnToReview.set(true);
}

/** Shows the review screen, or the first unanswered question. */
export function review(): void {
  show(allowedScreen(questionnaireOrThrow(), $answers.get(), { name: 'review' }));
}

/** Shows the result, or the first unanswered question when something is missing. */
export function showResult(): void {
  show(allowedScreen(questionnaireOrThrow(), $answers.get(), { name: 'result' }));
}

/** Deletes every answer, saved and shown, and goes back to the start screen. */
export function startAgain(): void {
  closeSharedView();
  $savedNotice.set(undefined);
  $answers.set({});
  show({ name: 'start' });
}

/** Takes the answers of a shared view as the user's own (replacing any saved ones) and opens the review. */
export function adoptSharedAnswers(): void {
  const shared = $shared.get();
  if (!shared) return;
  closeSharedView();
  $answers.set(shared);
  // A link made before questions were added: ask only those, then the review.
  const questionnaire = questionnaireOrThrow();
  if (isComplete(questionnaire, shared)) {
    show({ name: 'review' });
  } else {
    show(furthestScreen(questionnaire, shared));
    $fillingGaps.set(true);
  }
}

/** Leaves a shared view (or a broken share link) for the user's own answers, where they left off. */
export function leaveSharedView(): void {
  const questionnaire = questionnaireOrThrow();
  closeSharedView();
  const answers = $answers.get();
  const index = firstUnansweredIndex(questionnaire, answers);
  const own: Screen =
    Object.keys(answers).length === 0
      ? { name: 'start' }
      : index === -1
        ? { name: 'result' }
        : { name: 'question', index };
  show(own, 'replace');
}

/** Hides the notice about thrown-away saved answers. */
export function dismissSavedNotice(): void {
  $savedNotice.set(undefined);
}
