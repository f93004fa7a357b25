import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import {
  $assessment,
  $ready,
  $screen,
  $shared,
  $shownAnswers,
  $showError,
  openQuestionnaire,
} from '../../stores/questionnaire';
import { screenKey } from '../../lib/questionnaire-ui/flow';
import { documentTitle } from '../../lib/questionnaire-ui/title';
import { AnswerReview } from './AnswerReview';
import { Notices } from './Notices';
import { QuestionStep } from './QuestionStep';
import { ResultReport } from './ResultReport';
import { StartScreen } from './StartScreen';
import { createView, HEADING_ID, ViewContext, type QuestionnairePageData } from './questionnaire-context';

/** The readiness questionnaire island: opens the saved state, then shows the screen the store says. */
export default function QuestionnaireApp(props: QuestionnairePageData) {
  const view = useMemo(() => createView(props), [props]);
  const { t, text, questionnaire } = view;
  const ready = useStore($ready);
  const screen = useStore($screen);
  const shared = useStore($shared);
  const answers = useStore($shownAnswers);
  const assessment = useStore($assessment);
  const showError = useStore($showError);
  const pageTitle = useRef('');

  useEffect(() => {
    pageTitle.current = document.title;
    openQuestionnaire(questionnaire);
  }, [questionnaire]);

  // What the user sees: a shared result over everything else, otherwise the store's screen.
  const showing = !ready ? 'loading' : shared && assessment ? 'shared' : screenKey(screen);
  const question = screen.name === 'question' ? questionnaire.questions[screen.index] : undefined;

  let heading: string | undefined;
  if (showing === 'shared' || (screen.name === 'result' && assessment)) {
    const caption = showing === 'shared' ? t('questionnaire.sharedResultCaption') : t('questionnaire.resultCaption');
    heading = assessment && `${caption}: ${text(assessment.recommendation.title)}`;
  } else if (screen.name === 'review') {
    heading = t('questionnaire.reviewTitle');
  } else if (question && screen.name === 'question') {
    heading = `${t('questionnaire.step', { step: screen.index + 1, count: questionnaire.questions.length })}: ${text(question.prompt)}`;
  }

  useEffect(() => {
    if (!ready) return;
    document.title = documentTitle({
      pageTitle: pageTitle.current,
      screenHeading: heading,
      errorPrefix: showError ? t('questionnaire.errorPrefix') : undefined,
    });
  }, [ready, heading, showError]);

  // Focus moves to the new screen's heading, so screen readers announce "Step 4 of 17: ...".
  // Not when the page opens: then the browser's own focus handling applies.
  const lastShown = useRef<string | undefined>(undefined);
  useEffect(() => {
    const previous = lastShown.current;
    lastShown.current = showing;
    if (previous === undefined || previous === 'loading' || previous === showing) return;
    window.scrollTo(0, 0);
    document.getElementById(HEADING_ID)?.focus({ preventScroll: true });
  }, [showing]);

  let content;
  if (showing === 'shared' && assessment) {
    content = <ResultReport assessment={assessment} answers={answers} shared />;
  } else if (ready && screen.name === 'question' && question) {
    content = <QuestionStep key={question.id} question={question} index={screen.index} />;
  } else if (ready && screen.name === 'review') {
    content = <AnswerReview />;
  } else if (ready && screen.name === 'result' && assessment) {
    content = <ResultReport assessment={assessment} answers={answers} shared={false} />;
  } else {
    content = <StartScreen />;
  }

  return (
    <ViewContext.Provider value={view}>
      <div class="questionnaire">
        {ready && <Notices />}
        {content}
      </div>
    </ViewContext.Provider>
  );
}
