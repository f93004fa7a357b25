// The questionnaire island's wiring, apart from what it shows (QuestionnaireApp, CurrentScreen): it
// fetches the page's data and opens the store with it, loads the later screens' code when they are
// near, works out which screen is on show, keeps the document title in step with that screen's
// heading, and moves focus to the heading when the screen changes.

import type * as LaterScreensModule from './later-screens';
import { useStore } from '../island-kit/use-store';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  $answers,
  $ready,
  $savedNotice,
  $screen,
  $shared,
  $shareNotice,
  $showError,
  $storage,
} from '../../stores/questionnaire';
import { connectQuestionnaire } from '../../stores/questionnaire-reactions';
import { isComplete } from '../../lib/questionnaire/answers';
import type { Answers, Question, Questionnaire, ReadinessAssessment } from '../../lib/questionnaire/types';
import { screenKey, type Screen } from '../../lib/questionnaire-ui/flow';
import { documentTitle } from '../../lib/questionnaire-ui/title';
import { fetchJson } from '../../lib/fetch-json';
import {
  createFirstScreenView,
  createView,
  FIRST_QUESTION_ID,
  HEADING_ID,
  type FirstScreenView,
  type QuestionnaireView,
} from './questionnaire-context';
import type { QuestionnaireIslandProps, QuestionnairePageData } from '../../lib/questionnaire-ui/page-data';

type LaterScreens = typeof LaterScreensModule;

/**
 * Loads the code of everything but the first screens once, and connects the result's reactions;
 * later calls get the same promise.
 */
let laterScreens: Promise<LaterScreens> | undefined;
const loadLaterScreens = (): Promise<LaterScreens> =>
  (laterScreens ??= import('./later-screens').then((later) => {
    later.connectQuestionnaireResult();
    return later;
  }));

/** What the island's screen area shows, as CurrentScreen draws it. */
export interface ShownScreen {
  /** False until the store is open with the page's data. */
  readonly ready: boolean;
  readonly questionnaire: Questionnaire | undefined;
  /** The later screens' code, once it has loaded. */
  readonly later: LaterScreens | undefined;
  /** The result on show, once its code has loaded. */
  readonly assessment: ReadinessAssessment | undefined;
  /** The answers on show: a shared view's, else the user's own. */
  readonly answers: Answers;
  /** The user's own answers, for the progress bar. */
  readonly ownAnswers: Answers;
  /** True while a shared result is on show. */
  readonly sharedView: boolean;
  /** True while a later screen waits for its code. */
  readonly waiting: boolean;
  /** The store's screen. */
  readonly screen: Screen;
  /** The question on show, on a question screen. */
  readonly question: Question | undefined;
}

/** The island's views of the page, whether anything failed to load, and what is on show. */
interface QuestionnaireIsland {
  readonly first: FirstScreenView;
  readonly view: QuestionnaireView | undefined;
  /** The page's data or the later screens' code could not be fetched (offline, or a new version deployed). */
  readonly loadFailed: boolean;
  readonly shown: ShownScreen;
}

/**
 * Fetches the page's data file (built with the page, which asks the browser to fetch it early), then
 * opens the store with it.
 */
function usePageData(
  first: FirstScreenView,
  dataUrl: string,
): { view: QuestionnaireView | undefined; failed: boolean } {
  const [view, setView] = useState<QuestionnaireView | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    fetchJson<QuestionnairePageData>(dataUrl).then(
      (data) => {
        setView(createView(first, data));
        connectQuestionnaire(data.questionnaire, FIRST_QUESTION_ID);
      },
      () => setFailed(true),
    );
  }, [first, dataUrl]);
  return { view, failed };
}

/** Loads the later screens' code once `needed` turns true. */
function useLaterScreens(needed: boolean): { later: LaterScreens | undefined; failed: boolean } {
  const [later, setLater] = useState<LaterScreens | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (needed) loadLaterScreens().then(setLater, () => setFailed(true));
  }, [needed]);
  return { later, failed };
}

/** True while a notice about saved answers, a share link or the storage is up. */
function useNoticeShown(): boolean {
  const savedNotice = useStore($savedNotice);
  const shareNotice = useStore($shareNotice);
  const storage = useStore($storage);
  return Boolean(savedNotice || shareNotice || storage === 'not-saving');
}

/** The heading of the screen on show, as the document title begins with it; none on the start screen. */
function screenHeading(first: FirstScreenView, view: QuestionnaireView | undefined, shown: ShownScreen) {
  const { assessment, screen, question } = shown;
  const { t, text } = first;
  if (view && assessment) {
    // resultCaptionKey (result-report.ts) says the same, but importing it here would bring the model's
    // decision code into the first screens' script, 1.4 KB over their budget.
    const caption = view.t(shown.sharedView ? 'questionnaire.sharedResultCaption' : 'questionnaire.resultCaption');
    return `${caption}: ${text(assessment.recommendation.title)}`;
  }
  if (view && screen.name === 'review') return view.t('questionnaire.reviewTitle');
  if (question && screen.name === 'question') {
    return `${t('questionnaire.step', { step: screen.index + 1, count: first.questionCount })}: ${text(question.prompt)}`;
  }
  return undefined;
}

/** Keeps the document title in step with the screen's heading and its error, once the store is open. */
function useDocumentTitle(ready: boolean, heading: string | undefined, errorPrefix: string | undefined): void {
  // The page's own title, as the server rendered it.
  const pageTitle = useRef('');
  useEffect(() => {
    pageTitle.current = document.title;
  }, []);
  useEffect(() => {
    if (!ready) return;
    document.title = documentTitle({ pageTitle: pageTitle.current, screenHeading: heading, errorPrefix });
  }, [ready, heading, errorPrefix]);
}

/**
 * Moves focus to the new screen's heading, so screen readers announce "Step 4 of 17: ...".
 * Not when the page opens: then the browser's own focus handling applies.
 */
function useHeadingFocus(showing: string): void {
  const lastShown = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (showing === 'loading' || showing === 'loading-later') return;
    const previous = lastShown.current;
    lastShown.current = showing;
    if (previous === undefined || previous === showing) return;
    window.scrollTo(0, 0);
    document.getElementById(HEADING_ID)?.focus({ preventScroll: true });
  }, [showing]);
}

/**
 * The island's state: the page's data, opened into the store once fetched, the later screens' code,
 * and the screen on show, with the document title and focus kept in step with it.
 */
export function useQuestionnaireIsland(props: QuestionnaireIslandProps): QuestionnaireIsland {
  const first = useMemo(() => createFirstScreenView(props), [props]);
  const page = usePageData(first, props.dataUrl);
  const ready = useStore($ready);
  const screen = useStore($screen);
  const shared = useStore($shared);
  const ownAnswers = useStore($answers);
  const showError = useStore($showError);
  const notice = useNoticeShown();
  // The answers on show, as $shownAnswers in questionnaire-result.ts, which loads with the later screens.
  const answers = shared ?? ownAnswers;
  const questionnaire = page.view?.questionnaire;
  const sharedView = Boolean(ready && questionnaire && shared && isComplete(questionnaire, shared));
  const wantsResult = sharedView || (ready && screen.name === 'result');
  // The later screens' code is fetched once the questions begin (so it is there before the review),
  // or at once for a shared result, a notice, or saved answers to carry on with.
  const hasAnswers = Object.keys(ownAnswers).length > 0;
  const code = useLaterScreens(ready && (sharedView || notice || hasAnswers || screen.name !== 'start'));
  const later = code.later;
  const assessment = useMemo(
    () => (wantsResult && later && questionnaire ? later.assessReadiness(questionnaire, answers) : undefined),
    [wantsResult, later, questionnaire, answers],
  );

  // What the user sees: a shared result over everything else, otherwise the store's screen; a
  // later screen waits for its code.
  const waiting = (wantsResult && !assessment) || (screen.name === 'review' && !later);
  const showing = !ready ? 'loading' : waiting ? 'loading-later' : sharedView ? 'shared' : screenKey(screen);
  const question = screen.name === 'question' ? questionnaire?.questions[screen.index] : undefined;
  const shown = { ready, questionnaire, later, assessment, answers, ownAnswers, sharedView, waiting, screen, question };

  const errorPrefix = showError ? first.t('form.errorPrefix') : undefined;
  useDocumentTitle(ready, screenHeading(first, page.view, shown), errorPrefix);
  useHeadingFocus(showing);
  return { first, view: page.view, loadFailed: page.failed || code.failed, shown };
}
