// The matching helper's state and every action on it: atoms and pure actions, nothing of the browser.
// Components read these stores and call the actions; the rules live in src/lib/matching (import,
// hard rules, fit, assignment, groups, saved list) and the sentences in src/lib/matching-ui. What the
// state means for the browser (the kept copy in localStorage, matching in a Web Worker, printing,
// downloads, reading a chosen file) is src/stores/matching-reactions.ts.
//
// - openMatching() takes the catalogue and the text kept on this device, if any. Text it cannot read
//   is left where it is: $savedNotice says what was lost and the page offers a copy or deletion.
// - Every change to the list or the choices changes matchingJob(); the reactions match it again and
//   set $result (and $busy while a large list is matched off the page).
// - A removal and "Delete everything" can be undone until the next change ($undo).

import { atom } from 'nanostores';
import type { DecodedFile, TextEncodingUsed } from '../lib/matching/decode';
import type { GroupLock } from '../lib/matching/groups';
import { pairBlock } from '../lib/matching/match';
import { nameKey } from '../lib/matching/names';
import { addImported, importPeople, type ImportProblem, type ImportResult } from '../lib/matching/people';
import type { BlockReason } from '../lib/matching/rules';
import type { MatchingFormat, MatchingJob, MatchingResult } from '../lib/matching/run';
import { parseSavedMatching, type SavedMatching, type SavedMatchingProblem } from '../lib/matching/saved-state';
import type { MatchingCatalogue, MeetingSetting, PairKey, Person } from '../lib/matching/types';

/** The catalogue from content/matching/matching.yaml, once the island opens. */
export const $catalogue = atom<MatchingCatalogue | undefined>(undefined);
/** The people on the list, in the order they were added. */
export const $people = atom<readonly Person[]>([]);
/** Pairs the facilitator locked. */
export const $locks = atom<readonly PairKey[]>([]);
/** Groups the facilitator locked. */
export const $groupLocks = atom<readonly GroupLock[]>([]);
/** Pairs the facilitator ruled out. */
export const $excluded = atom<readonly PairKey[]>([]);
/** Names of people set aside: on the list, with their locks and exclusions, but not matched. */
export const $setAside = atom<readonly string[]>([]);
/** One-to-one pairs or small groups. */
export const $format = atom<MatchingFormat>('pairs');
/** How the programme meets. */
export const $setting = atom<MeetingSetting>('hybrid');
/** Whether the list is kept on this device. */
export const $keep = atom(false);
/** Whether the kept list reaches the browser's storage: not at all, or not because it is too large. */
export const $storage = atom<'saving' | 'not-saving' | 'too-large'>('saving');
/** Raised each time the kept copy must go from the device (keeping switched off, everything deleted). */
export const $forget = atom(0);
/** A kept list that could not be read: why, and its text, still on the device until the user decides. */
export const $savedNotice = atom<{ readonly reason: SavedMatchingProblem; readonly raw: string } | undefined>(
  undefined,
);
/** What the last import added and what went wrong, row by row; how a file was read; or why it was not. */
export const $importReport = atom<
  | {
      readonly added: number;
      readonly problems: readonly ImportProblem[];
      readonly encoding?: TextEncodingUsed;
      readonly refused?: 'workbook' | 'binary';
    }
  | undefined
>(undefined);
/** The last action's outcome, for the status lines. */
type MatchingStatus =
  | {
      readonly kind: 'added' | 'removed' | 'changed' | 'set-aside' | 'brought-back' | 'undone';
      readonly name: string;
    }
  | { readonly kind: 'swapped'; readonly first: PairKey; readonly second: PairKey }
  | { readonly kind: 'swap-blocked'; readonly pair: PairKey; readonly reason: BlockReason }
  | { readonly kind: 'swap-same' }
  | { readonly kind: 'deleted' | 'restored' };
/** The last action's outcome. */
export const $status = atom<MatchingStatus | undefined>(undefined);
/** The name of the person whose row is open for editing. */
export const $editing = atom<string | undefined>(undefined);
/** True while "Delete everything" waits for a yes. */
export const $confirmingDelete = atom(false);
/** The pairs or groups for the current list, once matched. */
export const $result = atom<MatchingResult | undefined>(undefined);
/** True while a large list is being matched. */
export const $busy = atom(false);
/** True once the first matching run has finished: the page is ready. */
export const $ready = atom(false);

/** Everything "Undo" puts back. */
type Snapshot = SavedMatching & { readonly keep: boolean };
/** The state before the last removal or "Delete everything", until the next change. */
export const $undo = atom<
  | { readonly kind: 'removed'; readonly name: string; readonly before: Snapshot }
  | { readonly kind: 'deleted'; readonly before: Snapshot }
  | undefined
>(undefined);

const snapshot = (): Snapshot => ({
  people: $people.get(),
  locks: $locks.get(),
  groupLocks: $groupLocks.get(),
  excluded: $excluded.get(),
  setAside: $setAside.get(),
  format: $format.get(),
  setting: $setting.get(),
  keep: $keep.get(),
});

function restore(state: SavedMatching): void {
  $people.set(state.people);
  $locks.set(state.locks);
  $groupLocks.set(state.groupLocks);
  $excluded.set(state.excluded);
  $setAside.set(state.setAside);
  $format.set(state.format);
  $setting.set(state.setting);
}

/** The list and choices as they are kept on the device. */
export function savedState(): SavedMatching {
  const { keep: _keep, ...state } = snapshot();
  return state;
}

/** What the next matching run needs. */
export function matchingJob(): MatchingJob {
  return savedState();
}

/** Starts a change: any undo and any question about deleting are over. */
function changing(): void {
  $undo.set(undefined);
  $confirmingDelete.set(false);
}

/** Opens the helper with the catalogue and the text kept on this device (if any). */
export function openMatching(catalogue: MatchingCatalogue, keptText: string | undefined): void {
  $catalogue.set(catalogue);
  if (keptText === undefined) return;
  const saved = parseSavedMatching(keptText);
  if (saved.ok) {
    restore(saved.value);
    $keep.set(true);
  } else {
    $savedNotice.set({ reason: saved.reason, raw: keptText });
  }
}

/** Deletes the kept copy that could not be read. */
export function discardSavedCopy(): void {
  $savedNotice.set(undefined);
  $forget.set($forget.get() + 1);
}

function addResult(result: ImportResult, extra: { encoding?: TextEncodingUsed } = {}): void {
  changing();
  const added = addImported($people.get(), result);
  $importReport.set({
    added: added.people.length - $people.get().length,
    problems: added.problems,
    ...(extra.encoding === 'windows-1252' ? { encoding: extra.encoding } : {}),
  });
  $people.set(added.people);
  $status.set(undefined);
}

const catalogueOrThrow = (): MatchingCatalogue => {
  const catalogue = $catalogue.get();
  if (!catalogue) throw new Error('openMatching() must run before any other matching action.');
  return catalogue;
};

/** Reads CSV text or a pasted range and adds its people to the list. */
export function importText(text: string): void {
  addResult(importPeople(catalogueOrThrow(), text));
}

/** Adds the people of a chosen file, read by decodeFile; a workbook or binary file is refused with the reason. */
export function importFile(file: DecodedFile): void {
  if (!file.ok) {
    $importReport.set({ added: 0, problems: [], refused: file.reason });
    return;
  }
  addResult(importPeople(catalogueOrThrow(), file.text), { encoding: file.encoding });
}

/** Adds the example people (already checked at build time) to the list. */
export function importExample(people: readonly Person[]): void {
  addResult({ people, rows: people.map((_, index) => index + 2), problems: [] });
}

/** Adds one typed-in person (checked by checkPersonInput first). */
export function addPerson(person: Person): void {
  changing();
  $people.set([...$people.get(), person]);
  $status.set({ kind: 'added', name: person.name });
}

const involves = (pair: PairKey, name: string): boolean =>
  nameKey(pair.senior) === nameKey(name) || nameKey(pair.junior) === nameKey(name);
const samePair = (a: PairKey, b: PairKey): boolean =>
  nameKey(a.senior) === nameKey(b.senior) && nameKey(a.junior) === nameKey(b.junior);
const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/** Opens a person's row for editing, or closes it (undefined). */
export function editPerson(name: string | undefined): void {
  $editing.set(name);
}

/** Replaces a person (checked by checkPersonInput first); a new name is followed everywhere the old one was. */
export function updatePerson(oldName: string, person: Person): void {
  changing();
  const rename = (name: string): string => (sameName(name, oldName) ? person.name : name);
  const renamePair = (pair: PairKey): PairKey => ({ senior: rename(pair.senior), junior: rename(pair.junior) });
  $people.set(
    $people
      .get()
      .map((other) =>
        sameName(other.name, oldName)
          ? person
          : { ...other, manager: rename(other.manager), pleaseNotWith: other.pleaseNotWith.map(rename) },
      ),
  );
  // A lock that the change breaks (a new role, a new reporting line) is dropped by matching, which says so.
  $locks.set($locks.get().map(renamePair));
  $excluded.set($excluded.get().map(renamePair));
  $groupLocks.set($groupLocks.get().map((lock) => ({ members: lock.members.map(rename) })));
  $setAside.set($setAside.get().map(rename));
  $editing.set(undefined);
  $status.set({ kind: 'changed', name: person.name });
}

/** Takes someone off the list, with their locks and exclusions; "Undo" brings them all back. */
export function removePerson(name: string): void {
  const before = snapshot();
  changing();
  $people.set($people.get().filter((person) => !sameName(person.name, name)));
  $locks.set($locks.get().filter((pair) => !involves(pair, name)));
  $excluded.set($excluded.get().filter((pair) => !involves(pair, name)));
  $groupLocks.set($groupLocks.get().filter((lock) => !lock.members.some((member) => sameName(member, name))));
  $setAside.set($setAside.get().filter((other) => !sameName(other, name)));
  if ($editing.get() !== undefined && sameName($editing.get() ?? '', name)) $editing.set(undefined);
  $undo.set({ kind: 'removed', name, before });
  $status.set({ kind: 'removed', name });
}

/** Puts back what the last removal or "Delete everything" took away. */
export function undo(): void {
  const last = $undo.get();
  if (!last) return;
  restore(last.before);
  $keep.set(last.before.keep);
  $undo.set(undefined);
  $status.set(last.kind === 'removed' ? { kind: 'undone', name: last.name } : { kind: 'restored' });
}

/** Sets someone aside (on leave): kept on the list with their locks and exclusions, but not matched; or brings them back. */
export function setAside(name: string, aside: boolean): void {
  changing();
  const others = $setAside.get().filter((other) => !sameName(other, name));
  $setAside.set(aside ? [...others, name] : others);
  $status.set({ kind: aside ? 'set-aside' : 'brought-back', name });
}

/** True when that person is set aside. */
export const isSetAside = (setAsideNames: readonly string[], name: string): boolean =>
  setAsideNames.some((other) => sameName(other, name));

/** Keeps this pair whatever else changes. */
export function lockPair(pair: PairKey): void {
  changing();
  $locks.set([...$locks.get().filter((lock) => !involves(lock, pair.senior) && !involves(lock, pair.junior)), pair]);
}

/** Lets this pair be matched again like any other. */
export function unlockPair(pair: PairKey): void {
  changing();
  $locks.set($locks.get().filter((lock) => !samePair(lock, pair)));
}

const sameGroup = (a: GroupLock, b: GroupLock): boolean =>
  a.members.length === b.members.length && a.members.every((name) => b.members.some((other) => sameName(name, other)));

/** Keeps this group whatever else changes; its members leave any other locked group. */
export function lockGroup(members: readonly string[]): void {
  changing();
  const others = $groupLocks
    .get()
    .filter((lock) => !lock.members.some((name) => members.some((m) => sameName(m, name))));
  $groupLocks.set([...others, { members }]);
}

/** Lets this group be formed again like any other. */
export function unlockGroup(members: readonly string[]): void {
  changing();
  $groupLocks.set($groupLocks.get().filter((lock) => !sameGroup(lock, { members })));
}

/** Rules this pair out and matches the rest again. */
export function excludePair(pair: PairKey): void {
  changing();
  $locks.set($locks.get().filter((lock) => !samePair(lock, pair)));
  $excluded.set([...$excluded.get().filter((other) => !samePair(other, pair)), pair]);
}

/** Allows a ruled-out pair again. */
export function allowPair(pair: PairKey): void {
  changing();
  $excluded.set($excluded.get().filter((other) => !samePair(other, pair)));
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
  changing();
  const names = [first.senior, first.junior, second.senior, second.junior];
  $locks.set([...$locks.get().filter((lock) => !names.some((name) => involves(lock, name))), newFirst, newSecond]);
  $status.set({ kind: 'swapped', first: newFirst, second: newSecond });
}

/** Chooses pairs or small groups. */
export function setFormat(format: MatchingFormat): void {
  changing();
  $format.set(format);
}

/** Chooses how the programme meets. */
export function setSetting(setting: MeetingSetting): void {
  changing();
  $setting.set(setting);
}

/** Keeps the list on this device, or stops keeping it (and the kept copy goes). */
export function setKeep(keep: boolean): void {
  $keep.set(keep);
  if (keep) $storage.set('saving');
  else $forget.set($forget.get() + 1);
}

/** Asks before deleting everything. */
export function askDeleteEverything(): void {
  $confirmingDelete.set(true);
}

/** Keeps everything after all. */
export function cancelDeleteEverything(): void {
  $confirmingDelete.set(false);
}

/** Deletes the list, the choices and the kept copy; "Undo" brings them back until the next change. */
export function deleteEverything(): void {
  const before = snapshot();
  changing();
  restore({ people: [], locks: [], groupLocks: [], excluded: [], setAside: [], format: 'pairs', setting: 'hybrid' });
  $keep.set(false);
  $forget.set($forget.get() + 1);
  $editing.set(undefined);
  $importReport.set(undefined);
  $savedNotice.set(undefined);
  $undo.set({ kind: 'deleted', before });
  $status.set({ kind: 'deleted' });
}

/** Whether writes reach the browser's storage; when they do not, the list is kept in this tab only. */
export function storageReaches(saves: boolean): void {
  if (!saves) $storage.set('not-saving');
  else if ($storage.get() === 'not-saving') $storage.set('saving');
}

/**
 * Whether the list fitted in what the reader accepts when it was last saved. When it did not, the kept
 * copy was not updated, and has gone so it cannot come back stale.
 */
export function keptCopyFits(fits: boolean): void {
  if (!fits) $storage.set('too-large');
  else if ($storage.get() === 'too-large') $storage.set('saving');
}

/** A matching run finished (or started, for a list matched off the page). */
export function matched(result: MatchingResult | undefined, busy: boolean): void {
  if (result) {
    $result.set(result);
    $ready.set(true);
  }
  $busy.set(busy);
}
