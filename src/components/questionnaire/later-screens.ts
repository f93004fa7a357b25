// What the first screens do not need, loaded only when it is about to be shown (QuestionnaireApp
// imports this module dynamically): the review, the result report with its sections, the model that
// assesses the answers, the notices, and Start again for a returning user.

export { assessReadiness } from '../../lib/questionnaire/assess';
export { AnswerReview } from './AnswerReview';
export { ResultReport } from './ResultReport';
export { Notices } from './Notices';
export { StartAgainButton } from './StartAgainButton';
