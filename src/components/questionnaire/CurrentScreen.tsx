import type { VNode } from 'preact';
import { answeredCount } from '../../lib/questionnaire/answers';
import type { Question } from '../../lib/questionnaire/types';
import { QuestionStep } from './QuestionStep';
import { StartScreen } from './StartScreen';
import type { ShownScreen } from './use-questionnaire-island';

interface Props {
  /** The first question from the island's props, which the server renders. */
  readonly firstQuestion: Question;
  readonly shown: ShownScreen;
}

/**
 * The screen on show: until the store is open the server-rendered start screen and first question,
 * then a result, the store's screen, or nothing while a later screen waits for its code. Always a
 * keyed list, so the server-rendered first question stays the same element (and keeps its focus and
 * answer) when the island takes it over.
 */
export function CurrentScreen({ firstQuestion, shown }: Props): VNode[] {
  const { ready, questionnaire, later, assessment, screen, question } = shown;
  if (!ready || !questionnaire) {
    return [
      <QuestionStep key={firstQuestion.id} question={firstQuestion} index={0} answered={0} />,
      <StartScreen key="start" />,
    ];
  }
  if (assessment && later) {
    return [
      <later.ResultReport key="result" assessment={assessment} answers={shown.answers} shared={shown.sharedView} />,
    ];
  }
  if (shown.waiting) return [];
  if (screen.name === 'question' && question) {
    const answered = answeredCount(questionnaire, shown.ownAnswers);
    return [<QuestionStep key={question.id} question={question} index={screen.index} answered={answered} />];
  }
  if (screen.name === 'review' && later) return [<later.AnswerReview key="review" />];
  return [<StartScreen key="start" startAgain={later && <later.StartAgainButton />} />];
}
