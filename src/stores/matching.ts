// The matching helper's state and every action on it. Components only read these stores with
// useStore() and call the actions; the rules live in src/lib/matching (import, hard rules, fit,
// assignment, groups, saved list) and the sentences in src/lib/matching-ui.
//
// Saved data, only after "Keep the list on this device", in localStorage under 'mentorfit:matching',
// written by serializeSavedMatching:
//
//   { "schemaVersion": 1, "people": [...], "locks": [...], "excluded": [...], "format": "pairs", "setting": "hybrid" }
//
// Lifecycle:
// - Read once, when the island opens (openMatching). Text that parseSavedMatching refuses is deleted,
//   and $savedNotice says so; the page starts empty.
// - Written after every change while $keep is on; deleted when it is switched off, and by
//   deleteEverything(). When localStorage is missing or full the list lives in memory
//   (createSafeStorage) and $storage turns 'not-saving' until a write or delete reaches it again.
// - Matching runs after every change. Lists of more than BUSY_FROM people are matched after the
//   "Matching …" status has been painted, so the page shows progress instead of seeming stuck.

import { atom } from 'nanostores';
import { matchGroups, type GroupingResult } from '../lib/matching/groups';
import { matchPairs, pairBlock, type PairingResult } from '../lib/matching/match';
import { nameKey } from '../lib/matching/names';
import { addImported, importPeople, type ImportProblem } from '../lib/matching/people';
import type { BlockReason } from '../lib/matching/rules';
import { parseSavedMatching, serializeSavedMatching, type MatchingFormat } from '../lib/matching/saved-state';
import type { MatchingCatalogue, MeetingSetting, PairKey, Person } from '../lib/matching/types';
import { createSafeStorage, type SafeStorage } from '../lib/storage';

/** The localStorage key of the kept list. */
export const MATCHING_STORAGE_KEY = 'mentorfit:matching';

/** From this many people on, matching waits one frame so the busy status shows first. */
const BUSY_FROM = 150;

/** The people on the list, in the order they were added. */
export const $people = atom<readonly Person[]>([]);
/** Pairs the facilitator locked. */
const $locks = atom<readonly PairKey[]>([]);
/** Pairs the facilitator ruled out. */
export const $excluded = atom<readonly PairKey[]>([]);
/** One-to-one pairs or small groups. */
export const $format = atom<MatchingFormat>('pairs');
/** How the programme meets. */
export const $setting = atom<MeetingSetting>('hybrid');
/** Whether the list is kept on this device. */
export const $keep = atom(false);
/** Whether the kept list still reaches the browser's storage. */
export const $storage = atom<'saving' | 'not-saving'>('saving');
/** Set when a kept list could not be read and was deleted. */
export const $savedNotice = atom<'unreadable' | undefined>(undefined);
/** What the last import added and what went wrong, row by row. */
export const $importReport = atom<{ readonly added: number; readonly problems: readonly ImportProblem[] } | undefined>(
  undefined,
);
/** The last action's outcome, for the status line. */
type MatchingStatus =
  | { readonly kind: 'added' | 'removed'; readonly name: string }
  | { readonly kind: 'swapped'; readonly first: PairKey; readonly second: PairKey }
  | { readonly kind: 'swap-blocked'; readonly pair: PairKey; readonly reason: BlockReason }
  | { readonly kind: 'swap-same' }
  | { readonly kind: 'deleted' };
/** The last action's outcome. */
export const $status = atom<MatchingStatus | undefined>(undefined);
/** The pairs or groups for the current list, once matched. */
export const $result = atom<
  | { readonly format: 'pairs'; readonly pairs: PairingResult }
  | { readonly format: 'groups'; readonly groups: GroupingResult }
  | undefined
>(undefined);
/** True while a large list is being matched. */
export const $busy = atom(false);

let catalogue: MatchingCatalogue | undefined;
let storage: SafeStorage | undefined;
let generation = 0;

function catalogueOrThrow(): MatchingCatalogue {
  if (!catalogue) throw new Error('openMatching() must run before any other matching action.');
  return catalogue;
}

function save(): void {
  if (!storage) return;
  if ($keep.get()) {
    storage.write(
      MATCHING_STORAGE_KEY,
      serializeSavedMatching({
        people: $people.get(),
        locks: $locks.get(),
        excluded: $excluded.get(),
        format: $format.get(),
        setting: $setting.get(),
      }),
    );
  } else {
    storage.remove(MATCHING_STORAGE_KEY);
  }
}

function computeResult() {
  const current = catalogueOrThrow();
  const people = $people.get();
  if ($format.get() === 'groups') {
    return { format: 'groups' as const, groups: matchGroups(current.groups, people, $excluded.get()) };
  }
  const pairs = matchPairs(current.fit, people, {
    setting: $setting.get(),
    locks: $locks.get(),
    excluded: $excluded.get(),
  });
  return { format: 'pairs' as const, pairs };
}

/** Saves (when kept) and matches again after any change. */
function changed(): void {
  save();
  const mine = ++generation;
  if ($people.get().length < BUSY_FROM) {
    $result.set(computeResult());
    return;
  }
  $busy.set(true);
  // Two frames: the first paints the busy status, the second runs the matching.
  const later =
    typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (run: () => void) => setTimeout(run, 0);
  later(() =>
    setTimeout(() => {
      if (mine !== generation) return;
      $result.set(computeResult());
      $busy.set(false);
    }, 0),
  );
}

/** Opens the helper with the catalogue: reads a kept list, if there is one, and matches it. */
export function openMatching(data: MatchingCatalogue): void {
  catalogue = data;
  storage ??= createSafeStorage(
    () => window.localStorage,
    (saves) => $storage.set(saves ? 'saving' : 'not-saving'),
  );
  const raw = storage.read(MATCHING_STORAGE_KEY);
  if (raw !== undefined) {
    const saved = parseSavedMatching(raw);
    if (saved.ok) {
      $people.set(saved.value.people);
      $locks.set(saved.value.locks);
      $excluded.set(saved.value.excluded);
      $format.set(saved.value.format);
      $setting.set(saved.value.setting);
      $keep.set(true);
    } else {
      storage.remove(MATCHING_STORAGE_KEY);
      $savedNotice.set('unreadable');
    }
  }
  changed();
}

/** Reads CSV text or a pasted range and adds its people to the list. */
export function importText(text: string): void {
  const result = addImported($people.get(), importPeople(catalogueOrThrow(), text));
  $importReport.set({ added: result.people.length - $people.get().length, problems: result.problems });
  $people.set(result.people);
  $status.set(undefined);
  changed();
}

/** True when someone of that name is on the list. */
export function isListed(name: string): boolean {
  return $people.get().some((person) => nameKey(person.name) === nameKey(name));
}

/** Adds one typed-in person (checked by the form first). */
export function addPerson(person: Person): void {
  $people.set([...$people.get(), person]);
  $status.set({ kind: 'added', name: person.name });
  changed();
}

const involves = (pair: PairKey, name: string): boolean =>
  nameKey(pair.senior) === nameKey(name) || nameKey(pair.junior) === nameKey(name);
const samePair = (a: PairKey, b: PairKey): boolean =>
  nameKey(a.senior) === nameKey(b.senior) && nameKey(a.junior) === nameKey(b.junior);

/** Takes someone off the list, with their locks and exclusions. */
export function removePerson(name: string): void {
  $people.set($people.get().filter((person) => nameKey(person.name) !== nameKey(name)));
  $locks.set($locks.get().filter((pair) => !involves(pair, name)));
  $excluded.set($excluded.get().filter((pair) => !involves(pair, name)));
  $status.set({ kind: 'removed', name });
  changed();
}

/** Keeps this pair whatever else changes. */
export function lockPair(pair: PairKey): void {
  $locks.set([...$locks.get().filter((lock) => !involves(lock, pair.senior) && !involves(lock, pair.junior)), pair]);
  changed();
}

/** Lets this pair be matched again like any other. */
export function unlockPair(pair: PairKey): void {
  $locks.set($locks.get().filter((lock) => !samePair(lock, pair)));
  changed();
}

/** Rules this pair out and matches the rest again. */
export function excludePair(pair: PairKey): void {
  $locks.set($locks.get().filter((lock) => !samePair(lock, pair)));
  $excluded.set([...$excluded.get().filter((other) => !samePair(other, pair)), pair]);
  changed();
}

/** Allows a ruled-out pair again. */
export function allowPair(pair: PairKey): void {
  $excluded.set($excluded.get().filter((other) => !samePair(other, pair)));
  changed();
}

/** Swaps the juniors of two pairs and locks both new pairs, unless a hard rule forbids one. */
export function swapJuniors(first: PairKey, second: PairKey): void {
  if (samePair(first, second)) {
    $status.set({ kind: 'swap-same' });
    return;
  }
  const newFirst = { senior: first.senior, junior: second.junior };
  const newSecond = { senior: second.senior, junior: first.junior };
  for (const pair of [newFirst, newSecond]) {
    const reason = pairBlock($people.get(), $excluded.get(), pair);
    if (reason) {
      $status.set({ kind: 'swap-blocked', pair, reason });
      return;
    }
  }
  const names = [first.senior, first.junior, second.senior, second.junior];
  $locks.set([...$locks.get().filter((lock) => !names.some((name) => involves(lock, name))), newFirst, newSecond]);
  $status.set({ kind: 'swapped', first: newFirst, second: newSecond });
  changed();
}

/** Chooses pairs or small groups. */
export function setFormat(format: MatchingFormat): void {
  $format.set(format);
  changed();
}

/** Chooses how the programme meets. */
export function setSetting(setting: MeetingSetting): void {
  $setting.set(setting);
  changed();
}

/** Keeps the list on this device, or stops keeping it (and deletes the kept copy). */
export function setKeep(keep: boolean): void {
  $keep.set(keep);
  save();
}

/** Deletes the list, the choices and the kept copy. */
export function deleteEverything(): void {
  $people.set([]);
  $locks.set([]);
  $excluded.set([]);
  $format.set('pairs');
  $setting.set('hybrid');
  $keep.set(false);
  $importReport.set(undefined);
  $savedNotice.set(undefined);
  $status.set({ kind: 'deleted' });
  changed();
}
