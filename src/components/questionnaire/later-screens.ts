// What the first screens do not need, loaded only when it is about to be shown (the island's hook,
// use-questionnaire-island.ts, imports this module dynamically): the review, the result report with
// its sections, the model that assesses the answers, the notices, Start again for a returning user,
// and the result's reactions (copying its share link, printing), which the island connects once this
// module has loaded.

export { assessReadiness } from '../../lib/questionnaire/assess';
export { connectQuestionnaireResult } from '../../stores/questionnaire-result-reactions';
export { AnswerReview } from './AnswerReview';
export { ResultReport } from './ResultReport';
export { Notices } from './Notices';
export { StartAgainButton } from './StartAgainButton';
