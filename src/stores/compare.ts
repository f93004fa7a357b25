// The compare page's state and every action on it. Components read these stores with useStore()
// and call the actions; the rules live in src/lib/compare (team view, spread, links, saving).
//
// Nothing is stored unless the user presses "Save this comparison": then localStorage holds
// 'mentorfit:comparison' (see src/lib/compare/saved-comparison.ts for its shape and lifecycle).
// A comparison link (#team=... or #change=...) in the address opens that comparison; without one,
// a saved comparison opens, and one that cannot be read is removed with a notice. The team and
// the before/after comparison are kept apart, so switching between them loses nothing.

import { atom, computed } from 'nanostores';
import {
  COMPARISON_SIZE,
  comparisonLink,
  decodeComparison,
  encodeComparison,
  readPastedLink,
  type ComparedResult,
  type ComparisonMode,
  type DecodedComparison,
  type EntryRefusal,
} from '../lib/compare/comparison-link';
import {
  COMPARISON_STORAGE_KEY,
  parseSavedComparison,
  serializeSavedComparison,
} from '../lib/compare/saved-comparison';
import type { Questionnaire } from '../lib/questionnaire/types';
import { createSafeStorage, type SafeStorage } from '../lib/storage';

/** Where a result is pasted: the team's list, or the before or after slot. */
export type PasteField = 'team' | 'before' | 'after';

/** Why a pasted link was not added, with the label of the result it repeats. */
interface PasteError {
  readonly field: PasteField;
  readonly reason: EntryRefusal | 'empty' | 'not-a-link' | 'comparison-link';
  /** For a duplicate: the position (0-based) of the result already there. */
  readonly duplicateOf?: number;
}

const inBrowser = typeof window !== 'undefined';

/** False in the server render and the first browser render, true once the address and storage are read. */
export const $ready = atom(false);

/** A team side by side, or before and after. */
export const $mode = atom<ComparisonMode>('team');

/** The team's results, in the order they were added. */
export const $team = atom<readonly ComparedResult[]>([]);

/** The before and after results; an empty slot is undefined. */
export const $change = atom<readonly [ComparedResult | undefined, ComparedResult | undefined]>([undefined, undefined]);

/** The entries of an opened link that were left out, and whether the whole link was. */
export const $refused = atom<Pick<DecodedComparison, 'mode' | 'refused' | 'problem'> | undefined>(undefined);

/** Why the last pasted link was not added. */
export const $pasteError = atom<PasteError | undefined>(undefined);

/** What became of a saved comparison when the page opened. */
export const $savedNotice = atom<'opened' | 'outdated' | 'unreadable' | undefined>(undefined);

/** The result of the last save or delete. */
export const $saveStatus = atom<'idle' | 'saved' | 'deleted' | 'not-saving'>('idle');

/** True while a saved comparison is in this browser. */
export const $hasSaved = atom(false);

/** Whether the comparison link was copied to the clipboard. */
export const $copyStatus = atom<'idle' | 'copied' | 'failed'>('idle');

/** The results of the comparison on show, with empty before/after slots as undefined. */
const $entries = computed([$mode, $team, $change], (mode, team, change) => (mode === 'team' ? [...team] : [...change]));

/** The link that opens the comparison on show. */
export const $link = computed([$mode, $entries], (mode, entries) =>
  comparisonLink(inBrowser ? window.location.href : '', mode, entries),
);

let storage: SafeStorage | undefined;

/** Every change of the comparison resets the messages about the previous one. */
function changed(): void {
  $copyStatus.set('idle');
  $saveStatus.set('idle');
}

/** Shows a decoded comparison: its mode, its results, and the entries left out. */
function showComparison(comparison: DecodedComparison): void {
  $pasteError.set(undefined);
  $mode.set(comparison.mode);
  if (comparison.mode === 'team') $team.set(comparison.entries.filter((entry) => entry !== undefined));
  else $change.set([comparison.entries[0], comparison.entries[1]]);
  $refused.set(
    comparison.refused.length > 0 || comparison.problem
      ? { mode: comparison.mode, refused: comparison.refused, problem: comparison.problem }
      : undefined,
  );
  changed();
}

/** Opens the compare page in the browser: a comparison link in the address, else a saved comparison. */
export function openCompare(questionnaire: Questionnaire): void {
  storage = inBrowser ? createSafeStorage(() => window.localStorage) : undefined;
  const stored = storage?.read(COMPARISON_STORAGE_KEY);
  $hasSaved.set(stored !== undefined);
  if (inBrowser) {
    // A comparison link put in the address bar of an open page arrives as a new fragment.
    window.addEventListener('hashchange', () => {
      const opened = decodeComparison(questionnaire, window.location.hash);
      if (opened) showComparison(opened);
    });
  }
  const fromLink = inBrowser ? decodeComparison(questionnaire, window.location.hash) : undefined;
  if (fromLink) {
    showComparison(fromLink);
  } else if (stored !== undefined) {
    const saved = parseSavedComparison(questionnaire, stored);
    if (saved.ok) {
      showComparison(saved.value);
      $savedNotice.set('opened');
    } else {
      $hasSaved.set(storage?.remove(COMPARISON_STORAGE_KEY) === false);
      $savedNotice.set(saved.reason === 'version' ? 'outdated' : 'unreadable');
    }
  }
  $ready.set(true);
}

/** The field's own results, for the duplicate and size checks. */
function resultsIn(field: PasteField): (ComparedResult | undefined)[] {
  return field === 'team' ? [...$team.get()] : [...$change.get()];
}

/** Adds one result to a field, or says why not. */
function addOne(field: PasteField, result: ComparedResult): PasteError | undefined {
  const present = resultsIn(field);
  const duplicateOf = present.findIndex((entry) => entry?.code === result.code);
  if (duplicateOf !== -1) return { field, reason: 'duplicate', duplicateOf };
  if (field === 'team') {
    if (present.length >= COMPARISON_SIZE.max) return { field, reason: 'too-many' };
    $team.set([...$team.get(), result]);
  } else {
    const [before, after] = $change.get();
    $change.set(field === 'before' ? [result, after] : [before, result]);
  }
  return undefined;
}

/** Adds the pasted share link with its label, or says why it cannot be added. */
export function addPasted(questionnaire: Questionnaire, field: PasteField, text: string, label: string): boolean {
  const pasted = readPastedLink(questionnaire, text);
  const error =
    pasted.kind === 'refused'
      ? { field, reason: pasted.reason }
      : addOne(field, { code: pasted.code, answers: pasted.answers, label });
  $pasteError.set(error);
  if (!error) changed();
  return error === undefined;
}

/** Removes a result: by position in the team, or the before (0) or after (1) slot. */
export function removeResult(index: number): void {
  if ($mode.get() === 'team') {
    $team.set($team.get().filter((_, i) => i !== index));
  } else {
    const [before, after] = $change.get();
    $change.set(index === 0 ? [undefined, after] : [before, undefined]);
  }
  changed();
}

/** Changes the label of a result: by position in the team, or the before (0) or after (1) slot. */
export function setLabel(index: number, label: string): void {
  const relabel = (entry: ComparedResult | undefined): ComparedResult | undefined => entry && { ...entry, label };
  if ($mode.get() === 'team') {
    $team.set($team.get().map((entry, i) => (i === index ? { ...entry, label } : entry)));
  } else {
    const [before, after] = $change.get();
    $change.set(index === 0 ? [relabel(before), after] : [before, relabel(after)]);
  }
  changed();
}

/** Shows the team or the before/after comparison. */
export function setMode(mode: ComparisonMode): void {
  $mode.set(mode);
  $pasteError.set(undefined);
  changed();
}

/** Keeps the comparison on show in this browser, at the user's request. */
export function saveComparison(): void {
  if (!storage) return;
  const saves = storage.write(
    COMPARISON_STORAGE_KEY,
    serializeSavedComparison(encodeComparison($mode.get(), $entries.get())),
  );
  // A save that did not reach the storage leaves the one saved before, which can still be deleted.
  $hasSaved.set(saves || $hasSaved.get());
  $saveStatus.set(saves ? 'saved' : 'not-saving');
}

/** Deletes the saved comparison from this browser, and says it is deleted only when it is. */
export function deleteSavedComparison(): void {
  const deleted = storage?.remove(COMPARISON_STORAGE_KEY) ?? false;
  $hasSaved.set(!deleted);
  $savedNotice.set(undefined);
  $saveStatus.set(deleted ? 'deleted' : 'not-saving');
}

/** Hides the notice about left-out entries. */
export function dismissRefused(): void {
  $refused.set(undefined);
}

/** Hides the notice about the saved comparison. */
export function dismissSavedNotice(): void {
  $savedNotice.set(undefined);
}

/** Copies the comparison link to the clipboard and says whether that worked. */
export async function copyComparisonLink(): Promise<void> {
  try {
    await navigator.clipboard.writeText($link.get().url);
    $copyStatus.set('copied');
  } catch {
    $copyStatus.set('failed');
  }
}

/** Opens the browser's print dialog for the comparison. */
export function printComparison(): void {
  window.print();
}
