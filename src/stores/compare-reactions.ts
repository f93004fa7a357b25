// What the compare page's state means for the browser, kept apart from the state itself
// (src/stores/compare.ts holds atoms and pure actions). connectCompare() runs once, when the island
// has its data: it opens the store with the address and the saved comparison, and from then on
// reacts to the stores and the address:
//
//   $storageRequest        -> localStorage 'mentorfit:comparison' written, deleted or discarded,
//                             then storageDone() says whether the storage took it
//   $copyStatus 'copying'  -> the comparison link to the clipboard, then 'copied' or 'failed'
//   $printRequests         -> the print dialog
//   a new address fragment -> the comparison link in it opened

import type { Questionnaire } from '../lib/questionnaire/types';
import { COMPARISON_STORAGE_KEY } from '../lib/compare/saved-comparison';
import { createSafeStorage } from '../lib/storage';
import {
  $copyStatus,
  $link,
  $printRequests,
  $storageRequest,
  openCompare,
  openComparisonLink,
  storageDone,
} from './compare';

/** What the reactions use of the browser; tests hand in their own. */
interface BrowserParts {
  readonly storage: () => Storage | undefined;
}

const browserParts: BrowserParts = { storage: () => window.localStorage };

/** Opens the compare page with what the browser holds, then keeps the browser in step with the stores. */
export function connectCompare(questionnaire: Questionnaire, parts: BrowserParts = browserParts): void {
  const storage = createSafeStorage(parts.storage);
  $storageRequest.listen((request) => {
    if (!request) return;
    const reached =
      request.kind === 'save'
        ? storage.write(COMPARISON_STORAGE_KEY, request.text)
        : storage.remove(COMPARISON_STORAGE_KEY);
    storageDone(request, reached);
  });
  $copyStatus.listen((status) => {
    if (status !== 'copying') return;
    navigator.clipboard.writeText($link.get().url).then(
      () => $copyStatus.set('copied'),
      () => $copyStatus.set('failed'),
    );
  });
  $printRequests.listen(() => window.print());
  window.addEventListener('hashchange', () => openComparisonLink(questionnaire, window.location.hash));
  openCompare(questionnaire, {
    address: window.location.href,
    hash: window.location.hash,
    saved: storage.read(COMPARISON_STORAGE_KEY),
  });
}
