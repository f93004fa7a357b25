// The compare page's state and every action on it. Components read these stores with useStore()
// and call the actions; the rules live in src/lib/compare (team view, spread, links, saving). What
// the state means for the browser (the address, localStorage, the clipboard, printing) is in
// compare-reactions.ts: the actions here only ask, through $storageRequest, $copyStatus 'copying'
// and $printRequests, and the reactions report back.
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
} from '../lib/compare/comparison-link';
import type { PasteError, PasteField } from '../lib/compare/paste-error';
import { parseSavedComparison, serializeSavedComparison } from '../lib/compare/saved-comparison';
import { splitPastedLinks } from '../lib/compare/pasted-links';
import type { Questionnaire } from '../lib/questionnaire/types';

/** What the browser's storage is asked to do: keep a comparison, delete it, or drop one that cannot be read. */
export type StorageRequest =
  { readonly kind: 'save'; readonly text: string } | { readonly kind: 'delete' } | { readonly kind: 'discard' };

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

/** The comparison link's way to the clipboard: asked for ('copying'), then copied or refused. */
export const $copyStatus = atom<'idle' | 'copying' | 'copied' | 'failed'>('idle');

/** The last request to the browser's storage, carried out by the reactions (see storageDone). */
export const $storageRequest = atom<StorageRequest | undefined>(undefined);

/** Raised each time the user asks to print. */
export const $printRequests = atom(0);

/** The page's address without its fragment, as the browser gave it when the page opened. */
const $pageAddress = atom('');

/** The results of the comparison on show, with empty before/after slots as undefined. */
const $entries = computed([$mode, $team, $change], (mode, team, change) => (mode === 'team' ? [...team] : [...change]));

/** The link that opens the comparison on show. */
export const $link = computed([$pageAddress, $mode, $entries], (address, mode, entries) =>
  comparisonLink(address, mode, entries),
);

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

/** What the browser knows when the compare page opens. */
interface OpeningState {
  /** The page's address. */
  readonly address: string;
  /** The address's fragment, which may hold a comparison link. */
  readonly hash: string;
  /** The saved comparison's text, if there is one. */
  readonly saved: string | undefined;
}

/**
 * Opens the compare page: a comparison link in the address, else a saved comparison. A saved one that
 * cannot be read is asked to be discarded, with a notice.
 */
export function openCompare(questionnaire: Questionnaire, { address, hash, saved }: OpeningState): void {
  $pageAddress.set(address);
  $hasSaved.set(saved !== undefined);
  const fromLink = decodeComparison(questionnaire, hash);
  if (fromLink) {
    showComparison(fromLink);
  } else if (saved !== undefined) {
    const parsed = parseSavedComparison(questionnaire, saved);
    if (parsed.ok) {
      showComparison(parsed.value);
      $savedNotice.set('opened');
    } else {
      $savedNotice.set(parsed.reason === 'version' ? 'outdated' : 'unreadable');
      $storageRequest.set({ kind: 'discard' });
    }
  }
  $ready.set(true);
}

/** A comparison link put in the address bar of the open page: shown if it holds a comparison. */
export function openComparisonLink(questionnaire: Questionnaire, hash: string): void {
  const opened = decodeComparison(questionnaire, hash);
  if (opened) showComparison(opened);
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

/**
 * Adds what was pasted: one share link with its label, or into the team several links at once (from
 * an e-mail, say), each checked on its own, so the good ones are added and the first refused one is
 * named. Returns the text of the links left out, '' when every one was added.
 */
export function addPasted(questionnaire: Questionnaire, field: PasteField, text: string, label: string): string {
  const links = splitPastedLinks(text);
  if (links.length > 1 && field !== 'team') {
    $pasteError.set({ field, reason: 'several' });
    return text;
  }
  const left: string[] = [];
  let refusal: PasteError | undefined;
  for (const [index, link] of links.entries()) {
    const pasted = readPastedLink(questionnaire, link);
    const error =
      pasted.kind === 'refused'
        ? { field, reason: pasted.reason }
        : addOne(field, { code: pasted.code, answers: pasted.answers, label: links.length === 1 ? label : '' });
    if (!error) continue;
    left.push(link);
    refusal ??=
      links.length === 1 ? error : { ...error, among: { position: index + 1, count: links.length, refused: 0 } };
  }
  $pasteError.set(refusal?.among ? { ...refusal, among: { ...refusal.among, refused: left.length } } : refusal);
  if (left.length < links.length) changed();
  return links.length === 1 && left.length === 1 ? text : left.join(' ');
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
  $storageRequest.set({ kind: 'save', text: serializeSavedComparison(encodeComparison($mode.get(), $entries.get())) });
}

/** Deletes the saved comparison from this browser, at the user's request. */
export function deleteSavedComparison(): void {
  $savedNotice.set(undefined);
  $storageRequest.set({ kind: 'delete' });
}

/**
 * What became of a storage request: `reached` is false when the browser's storage refused it. A save
 * that did not reach the storage leaves the one saved before, which can still be deleted; a delete is
 * reported only when it happened.
 */
export function storageDone(request: StorageRequest, reached: boolean): void {
  if (request.kind === 'save') {
    $hasSaved.set(reached || $hasSaved.get());
    $saveStatus.set(reached ? 'saved' : 'not-saving');
  } else {
    $hasSaved.set(!reached);
    if (request.kind === 'delete') $saveStatus.set(reached ? 'deleted' : 'not-saving');
  }
}

/** Hides the notice about left-out entries. */
export function dismissRefused(): void {
  $refused.set(undefined);
}

/** Hides the notice about the saved comparison. */
export function dismissSavedNotice(): void {
  $savedNotice.set(undefined);
}

/** Asks for the comparison link to be copied to the clipboard; $copyStatus says how it went. */
export function copyComparisonLink(): void {
  $copyStatus.set('copying');
}

/** Asks for the browser's print dialog for the comparison. */
export function printComparison(): void {
  $printRequests.set($printRequests.get() + 1);
}
