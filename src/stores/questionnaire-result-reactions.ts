// What the result's requests mean for the browser, kept apart from the stores that hold them
// (src/stores/questionnaire-result.ts), as src/stores/questionnaire-reactions.ts is for the rest of the
// questionnaire. connectQuestionnaireResult() runs once, when the island has loaded the later
// screens' code, and from then on reacts to the stores:
//
//   $copyStatus 'copying'  -> the share link to the clipboard, then 'copied' or 'failed'
//   $printRequests         -> the print dialog

import { $copyStatus, $printRequests, $shareUrl } from './questionnaire-result';

function copyToClipboard(): void {
  navigator.clipboard.writeText($shareUrl.get()).then(
    () => $copyStatus.set('copied'),
    () => $copyStatus.set('failed'),
  );
}

/** Carries out the result's requests to copy its share link and to print it; call it once. */
export function connectQuestionnaireResult(): void {
  $copyStatus.listen((status) => {
    if (status === 'copying') copyToClipboard();
  });
  $printRequests.listen(() => window.print());
}
