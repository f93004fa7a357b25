// What the questionnaire's state means for the browser, kept apart from the state itself
// (src/stores/questionnaire.ts holds atoms and pure actions). connectQuestionnaire() runs once, when
// the island wakes up: it reads what the browser knows (saved answers, the history entry, the
// address, an answer given before the island woke up), opens the store with it, and from then on
// reacts to the stores:
//
//   $answers, $screen, $shared  -> the user's own progress saved in localStorage (never a shared view)
//   $screen + $screenHistory    -> a browser history entry per screen ({ mentorfitScreen: 'question-3' })
//   $shared, $shareNotice       -> the share code on the language link, and out of the address once left
//
// and to the browser: Back and Forward (popstate) return to a screen, a new share link (hashchange) opens.
// The result's clipboard and print reactions load with the result's code:
// src/stores/questionnaire-result-reactions.ts.

import { screenFromKey, screenKey, type Screen } from '../lib/questionnaire-ui/flow';
import { progressToSave, STORAGE_KEY } from '../lib/questionnaire-ui/saved-progress';
import { createSafeStorage } from '../lib/storage';
import { shareCodeFromHash, withShareCode } from '../lib/questionnaire-ui/share-link';
import type { Questionnaire } from '../lib/questionnaire/types';
import {
  $answers,
  $questionnaire,
  $screen,
  $screenHistory,
  $shared,
  $shareNotice,
  $storage,
  openQuestionnaire,
  openShareLink,
  returnToScreen,
  type QuestionnaireOpening,
} from './questionnaire';

interface HistoryState {
  readonly mentorfitScreen?: unknown;
}

const historyState = (): HistoryState | null => window.history.state as HistoryState | null;

/** The session key that marks a tab in which the check was already open. */
const VISIT_KEY = 'mentorfit:questionnaire-visit';

/**
 * True the first time the check opens in this tab: a later visit, perhaps by someone else on a shared
 * computer, is told that saved answers were loaded; a reload or a language switch in the same tab is not.
 */
function isNewVisit(): boolean {
  try {
    const seen = window.sessionStorage.getItem(VISIT_KEY) !== null;
    window.sessionStorage.setItem(VISIT_KEY, '1');
    return !seen;
  } catch {
    // Without session storage every opening counts as new: saying too much is the safer mistake.
    return true;
  }
}

/** Puts a share code on the language switch link, so the other language shows the same shared view. */
function syncLanguageLink(code: string | undefined): void {
  const link = document.querySelector<HTMLAnchorElement>('a[hreflang]');
  if (link) link.href = withShareCode(link.href, code);
}

/** A shared view shows its code on the language link; once left, the code leaves the address too. */
function reflectSharedView(): void {
  const code = shareCodeFromHash(window.location.hash);
  syncLanguageLink($shared.get() ? code : undefined);
  if (!$shared.get() && !$shareNotice.get() && code !== undefined) {
    window.history.replaceState(window.history.state, '', withShareCode(window.location.href, undefined));
  }
}

/** Records the screen in the browser history, as the store's $screenHistory says. */
function recordScreen(screen: Screen): void {
  const how = $screenHistory.get();
  if (how === 'none') return;
  const state: HistoryState = { mentorfitScreen: screenKey(screen) };
  // Any fragment but a share link (the skip link's #main, the first question's) is left behind.
  const url = withShareCode(window.location.href, shareCodeFromHash(window.location.hash));
  if (how === 'push') window.history.pushState(state, '', url);
  else window.history.replaceState(state, '', url);
}

/**
 * The first question as the user left it before the island woke up, if they followed Start then: the
 * address names its element (`firstQuestionId`), and its checked radio button is the answer.
 */
function earlyFirstAnswer(firstQuestionId: string): QuestionnaireOpening['early'] {
  if (window.location.hash !== `#${firstQuestionId}`) return undefined;
  const checked = document.querySelector<HTMLInputElement>(`#${firstQuestionId} input[type=radio]:checked`);
  return checked ? { optionId: checked.value } : {};
}

function onPopState(): void {
  // An entry without a screen and without a fragment is the page as it loaded, before Start was
  // followed ahead of the island: its screen is the start.
  const remembered =
    screenFromKey(historyState()?.mentorfitScreen) ??
    (window.location.hash === '' ? { name: 'start' as const } : undefined);
  if (remembered) returnToScreen(remembered);
}

/**
 * Opens the questionnaire with what the browser knows, then keeps the browser in step with it.
 * `firstQuestionId` is the id of the server-rendered first question, which may have been answered
 * before the island woke up.
 */
export function connectQuestionnaire(questionnaire: Questionnaire, firstQuestionId: string): void {
  const storage = createSafeStorage(
    () => window.localStorage,
    (saves) => $storage.set(saves ? 'saving' : 'not-saving'),
  );

  // One write per action, however many atoms it changed.
  let savePending = false;
  const save = (): void => {
    if (savePending) return;
    savePending = true;
    queueMicrotask(() => {
      savePending = false;
      const current = $questionnaire.get();
      if (!current || $shared.get()) return;
      const text = progressToSave(current, $answers.get(), $screen.get());
      if (text === undefined) storage.remove(STORAGE_KEY);
      else storage.write(STORAGE_KEY, text);
    });
  };

  openQuestionnaire(questionnaire, {
    newVisit: isNewVisit(),
    savedText: storage.read(STORAGE_KEY),
    historyScreen: historyState()?.mentorfitScreen,
    hash: window.location.hash,
    pageAddress: withShareCode(window.location.href, undefined),
    early: earlyFirstAnswer(firstQuestionId),
  });
  recordScreen($screen.get());
  reflectSharedView();
  save();

  $screen.listen((screen) => {
    recordScreen(screen);
    save();
  });
  $answers.listen(save);
  $shared.listen(() => {
    reflectSharedView();
    save();
  });
  $shareNotice.listen(reflectSharedView);
  window.addEventListener('popstate', onPopState);
  window.addEventListener('hashchange', () => openShareLink(window.location.hash));
}
