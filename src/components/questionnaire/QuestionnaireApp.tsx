import type * as LaterScreensModule from './later-screens';
import { useStore } from '../island-kit/use-store';
import type { VNode } from 'preact';
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
import { answeredCount, isComplete } from '../../lib/questionnaire/answers';
import { screenKey } from '../../lib/questionnaire-ui/flow';
import { documentTitle } from '../../lib/questionnaire-ui/title';
import { QuestionStep } from './QuestionStep';
import { StartScreen } from './StartScreen';
import { LoadFailedNotice } from '../LoadFailedNotice';
import { fetchJson } from '../../lib/fetch-json';
import {
  createFirstScreenView,
  createView,
  FIRST_QUESTION_ID,
  FirstScreenContext,
  HEADING_ID,
  ViewContext,
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

/**
 * The readiness questionnaire island. The server renders the start screen and, hidden until Start
 * is followed, the first question; on waking up the island fetches the page's data, opens the store
 * (keeping an answer given before) and shows the screen the store says.
 */
export default function QuestionnaireApp(props: QuestionnaireIslandProps) {
  const first = useMemo(() => createFirstScreenView(props), [props]);
  const [view, setView] = useState<QuestionnaireView | undefined>(undefined);
  const ready = useStore($ready);
  const screen = useStore($screen);
  const shared = useStore($shared);
  const ownAnswers = useStore($answers);
  // The answers on show, as $shownAnswers in questionnaire-result.ts, which loads with the later screens.
  const answers = shared ?? ownAnswers;
  const showError = useStore($showError);
  const savedNotice = useStore($savedNotice);
  const shareNotice = useStore($shareNotice);
  const storage = useStore($storage);
  const notice = Boolean(savedNotice || shareNotice || storage === 'not-saving');
  const [later, setLater] = useState<LaterScreens | undefined>(undefined);
  // The page's data or the later screens' code could not be fetched (offline, or a new version deployed).
  const [loadFailed, setLoadFailed] = useState(false);
  const pageTitle = useRef('');

  useEffect(() => {
    pageTitle.current = document.title;
    // The page's data file, built with the page (the page asks the browser to fetch it early).
    fetchJson<QuestionnairePageData>(props.dataUrl).then(
      (data) => {
        setView(createView(first, data));
        connectQuestionnaire(data.questionnaire, FIRST_QUESTION_ID);
      },
      () => setLoadFailed(true),
    );
  }, [first, props.dataUrl]);

  const questionnaire = view?.questionnaire;
  const { t, text } = first;
  const sharedView = Boolean(ready && questionnaire && shared && isComplete(questionnaire, shared));
  const wantsResult = sharedView || (ready && screen.name === 'result');
  // The later screens' code is fetched once the questions begin (so it is there before the review),
  // or at once for a shared result, a notice, or saved answers to carry on with.
  const hasAnswers = Object.keys(ownAnswers).length > 0;
  const needsLaterScreens = ready && (sharedView || notice || hasAnswers || screen.name !== 'start');
  useEffect(() => {
    if (needsLaterScreens) loadLaterScreens().then(setLater, () => setLoadFailed(true));
  }, [needsLaterScreens]);
  const assessment = useMemo(
    () => (wantsResult && later && questionnaire ? later.assessReadiness(questionnaire, answers) : undefined),
    [wantsResult, later, questionnaire, answers],
  );

  // What the user sees: a shared result over everything else, otherwise the store's screen; a
  // later screen waits for its code.
  const waiting = (wantsResult && !assessment) || (screen.name === 'review' && !later);
  const showing = !ready ? 'loading' : waiting ? 'loading-later' : sharedView ? 'shared' : screenKey(screen);
  const question = screen.name === 'question' ? questionnaire?.questions[screen.index] : undefined;

  let heading: string | undefined;
  if (view && assessment) {
    const caption = view.t(sharedView ? 'questionnaire.sharedResultCaption' : 'questionnaire.resultCaption');
    heading = `${caption}: ${text(assessment.recommendation.title)}`;
  } else if (view && screen.name === 'review') {
    heading = view.t('questionnaire.reviewTitle');
  } else if (question && screen.name === 'question') {
    heading = `${t('questionnaire.step', { step: screen.index + 1, count: first.questionCount })}: ${text(question.prompt)}`;
  }

  useEffect(() => {
    if (!ready) return;
    document.title = documentTitle({
      pageTitle: pageTitle.current,
      screenHeading: heading,
      errorPrefix: showError ? t('questionnaire.errorPrefix') : undefined,
    });
  }, [ready, heading, showError, t]);

  // Focus moves to the new screen's heading, so screen readers announce "Step 4 of 17: ...".
  // Not when the page opens: then the browser's own focus handling applies.
  const lastShown = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (showing === 'loading' || showing === 'loading-later') return;
    const previous = lastShown.current;
    lastShown.current = showing;
    if (previous === undefined || previous === showing) return;
    window.scrollTo(0, 0);
    document.getElementById(HEADING_ID)?.focus({ preventScroll: true });
  }, [showing]);

  // Always a keyed list, so the server-rendered first question stays the same element (and keeps
  // its focus and answer) when the island takes it over.
  let content: VNode[];
  if (!ready || !questionnaire) {
    content = [
      <QuestionStep key={props.firstQuestion.id} question={props.firstQuestion} index={0} answered={0} />,
      <StartScreen key="start" />,
    ];
  } else if (assessment && later) {
    content = [<later.ResultReport key="result" assessment={assessment} answers={answers} shared={sharedView} />];
  } else if (showing === 'loading-later') {
    content = [];
  } else if (screen.name === 'question' && question) {
    const answered = answeredCount(questionnaire, ownAnswers);
    content = [<QuestionStep key={question.id} question={question} index={screen.index} answered={answered} />];
  } else if (screen.name === 'review' && later) {
    content = [<later.AnswerReview key="review" />];
  } else {
    content = [<StartScreen key="start" startAgain={later && <later.StartAgainButton />} />];
  }

  return (
    <FirstScreenContext.Provider value={view ?? first}>
      <ViewContext.Provider value={view}>
        <div class="questionnaire">
          {loadFailed && (
            <LoadFailedNotice
              title={t('questionnaire.errorTitle')}
              message={t('questionnaire.loadFailed')}
              reload={t('questionnaire.reload')}
            />
          )}
          {ready && later && <later.Notices />}
          {content}
        </div>
      </ViewContext.Provider>
    </FirstScreenContext.Provider>
  );
}
