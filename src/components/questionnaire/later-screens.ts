// The screens after the questions, loaded only once the questions have begun (QuestionnaireApp
// imports this module dynamically): the review, the result report with its sections, and the model
// that assesses the answers.

export { assessReadiness } from '../../lib/questionnaire/assess';
export { AnswerReview } from './AnswerReview';
export { ResultReport } from './ResultReport';
