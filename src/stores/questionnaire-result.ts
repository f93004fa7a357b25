// What only the result does with the questionnaire's state: the answers on show, their share link,
// copying that link, and printing. Atoms and pure actions, no browser, as in
// src/stores/questionnaire.ts; they live apart from it so that their code loads with the later
// screens (src/components/questionnaire/later-screens.ts), not before the first question.
// src/stores/questionnaire-result-reactions.ts carries the requests out.
//
// Lifecycle:
// - copyShareLink() sets $copyStatus to 'copying'; the reactions write $shareUrl to the clipboard and
//   set 'copied' or 'failed'. Every new screen sets it back to 'idle', so a status never outlives
//   the result it was for.
// - printResult() counts a request in $printRequests; the reactions open the print dialog for each.

import { atom, computed } from 'nanostores';
import { encodeShareCode } from '../lib/questionnaire/share-code';
import { withShareCode } from '../lib/questionnaire-ui/share-link';
import { $answers, $pageAddress, $questionnaire, $screen, $shared } from './questionnaire';

/** The share link's way to the clipboard: asked for ('copying'), then copied or refused. */
export const $copyStatus = atom<'idle' | 'copying' | 'copied' | 'failed'>('idle');

/** Counts the requests to print the result; the reactions open the print dialog for each. */
export const $printRequests = atom(0);

// Here rather than in questionnaire.ts: there the first screens would load nanostores' computed()
// for it alone (0.5 KB gzipped). The island, which needs these answers before this module loads,
// takes `shared ?? own` from $shared and $answers itself.
/** The answers on show: a shared set, or the user's own. */
export const $shownAnswers = computed([$shared, $answers], (shared, own) => shared ?? own);

/** The address that shows the answers on show to anyone who opens it. */
export const $shareUrl = computed([$questionnaire, $shownAnswers, $pageAddress], (questionnaire, answers, address) =>
  questionnaire && address ? withShareCode(address, encodeShareCode(questionnaire, answers)) : '',
);

// A rule of the state, not a side effect: the screen's change is what makes the status stale. Before
// this module loads no link was copied, so nothing is missed.
$screen.listen(() => $copyStatus.set('idle'));

/** Asks for the share link to be copied to the clipboard; $copyStatus says how it went. */
export function copyShareLink(): void {
  $copyStatus.set('copying');
}

/** Asks for the browser's print dialog for the result. */
export function printResult(): void {
  $printRequests.set($printRequests.get() + 1);
}
