// What the matching helper's state means for the browser, kept apart from the state itself
// (src/stores/matching.ts holds atoms and pure actions). connectMatching() runs once, when the island
// wakes up: it reads the kept list, opens the store with it, and from then on reacts to the stores:
//
//   the list and the choices   -> matched again: on the page for small lists, in a Web Worker
//                                 (matching-worker.ts) for large ones, with $busy set at once
//   the list, with $keep on    -> the kept copy in localStorage under 'mentorfit:matching', unless it
//                                 is longer than the reader accepts: then the copy goes and $storage says so
//   $forget                    -> the kept copy deleted
//
// and offers the other browser effects to the components: reading a chosen file, printing and
// downloads (a Blob behind a temporary link; nothing leaves the browser).

import type { MatchingJob, MatchingResult } from '../lib/matching/run';
import { runPairs } from '../lib/matching/run-pairs';
import { serializeSavedMatching } from '../lib/matching/saved-state';
import type { MatchingCatalogue } from '../lib/matching/types';
import { createSafeStorage } from '../lib/storage';
import {
  $excluded,
  $forget,
  $format,
  $groupLocks,
  $keep,
  $locks,
  $people,
  $setAside,
  $setting,
  importFile,
  keptCopyFits,
  matched,
  matchingJob,
  openMatching,
  savedState,
  storageReaches,
} from './matching';

/** The localStorage key of the kept list. */
export const MATCHING_STORAGE_KEY = 'mentorfit:matching';

/** From this many people on, matching runs in the worker (when there is one) and the page shows it is busy. */
export const WORKER_FROM = 150;

/** A message to the worker: one run, numbered so that only the latest answer counts. */
export interface WorkerRequest {
  readonly id: number;
  readonly catalogue: Pick<MatchingCatalogue, 'fit' | 'groups'>;
  readonly job: MatchingJob;
}
/** The worker's answer. */
export interface WorkerAnswer {
  readonly id: number;
  readonly result: MatchingResult;
}

/** What the reactions use of the browser; tests hand in their own. */
interface BrowserParts {
  readonly storage: () => Storage | undefined;
  readonly worker: () => Worker | undefined;
}

const browserParts: BrowserParts = {
  storage: () => window.localStorage,
  worker: () =>
    typeof Worker === 'function'
      ? new Worker(new URL('./matching-worker.ts', import.meta.url), { type: 'module' })
      : undefined,
};

/** Opens the helper with what the browser keeps, then keeps the browser in step with the stores. */
export function connectMatching(catalogue: MatchingCatalogue, parts: BrowserParts = browserParts): void {
  const storage = createSafeStorage(parts.storage, storageReaches);
  openMatching(catalogue, storage.read(MATCHING_STORAGE_KEY));

  const save = (): void => {
    if (!$keep.get()) return;
    const saved = serializeSavedMatching(savedState());
    if (saved.ok) storage.write(MATCHING_STORAGE_KEY, saved.text);
    // An older, smaller copy must not come back on the next visit as if it were the list.
    else storage.remove(MATCHING_STORAGE_KEY);
    keptCopyFits(saved.ok);
  };

  let worker: Worker | undefined;
  let workerFailed = false;
  let latest = 0;
  // Pairs at once; groups once their code has loaded (the first time they are chosen).
  const runHere = (job: MatchingJob): void => {
    if (job.format === 'pairs') {
      matched(runPairs(catalogue, job), false);
      return;
    }
    const id = latest;
    void import('../lib/matching/run').then(({ runMatching }) => {
      if (id === latest) matched(runMatching(catalogue, job), false);
    });
  };
  const startWorker = (): Worker | undefined => {
    if (worker || workerFailed) return worker;
    try {
      worker = parts.worker();
    } catch {
      worker = undefined;
    }
    if (!worker) {
      workerFailed = true;
      return undefined;
    }
    worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
      if (event.data.id === latest) matched(event.data.result, false);
    });
    // A worker that cannot start (blocked, or its file missing) leaves the page to match on its own.
    worker.addEventListener('error', () => {
      workerFailed = true;
      worker?.terminate();
      worker = undefined;
      runHere(matchingJob());
    });
    return worker;
  };

  // One run and one write per action, however many atoms it changed.
  let pending = false;
  const changed = (): void => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      save();
      const job = matchingJob();
      const id = ++latest;
      const off = job.people.length >= WORKER_FROM ? startWorker() : undefined;
      if (!off) {
        runHere(job);
        return;
      }
      matched(undefined, true);
      const request: WorkerRequest = { id, catalogue: { fit: catalogue.fit, groups: catalogue.groups }, job };
      off.postMessage(request);
    });
  };

  for (const store of [$people, $locks, $groupLocks, $excluded, $setAside, $format, $setting]) store.listen(changed);
  $keep.listen(save);
  $forget.listen(() => storage.remove(MATCHING_STORAGE_KEY));
  changed();
}

/** Reads a chosen file as a spreadsheet saved it (see decodeFile, loaded when a file is first chosen) and adds its people. */
export async function readChosenFile(file: Blob): Promise<void> {
  const [{ decodeFile }, bytes] = await Promise.all([import('../lib/matching/decode'), file.arrayBuffer()]);
  importFile(decodeFile(new Uint8Array(bytes)));
}

/** Opens the browser's print dialogue: the print style sheet shows only the pair or group list. */
export function printList(): void {
  window.print();
}

/** Offers `text` as a download called `fileName`. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // A byte-order mark, so spreadsheet programs read accented names as UTF-8.
  const parts = type.startsWith('text/csv') ? ['\uFEFF', text] : [text];
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
