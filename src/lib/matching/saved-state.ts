// The matching list kept in this browser, only after the facilitator chooses "keep on this device":
//
//   { "schemaVersion": 1, "people": [Person, ...], "locks": [{ "senior": "...", "junior": "..." }],
//     "excluded": [...], "format": "pairs", "setting": "hybrid",
//     "groupLocks": [{ "members": ["...", ...] }], "setAside": ["name", ...] }
//
// groupLocks and setAside came later and may be missing (read as none). Stored under
// 'mentorfit:matching' (src/stores/matching-reactions.ts). Read once when the page opens; what is
// stored is untrusted: parseSavedMatching never throws and refuses anything it does not fully
// understand; the page then starts fresh and says so, and the stored text stays until the user
// chooses to keep a copy or delete it. Saving refuses what reading would refuse for its length.

import type { GroupLock } from './groups';
import { readSavedJson } from '../storage';
import { MAX_PEOPLE } from './people';
import { nameKey } from './names';
import type { MatchingFormat } from './run';
import type { MeetingSetting, PairKey, Person } from './types';

/** The version of the saved shape; raise it when the shape changes. */
const SAVED_MATCHING_VERSION = 1;

/** The longest stored text read, or written, at all (about 1000 people with long lists). */
const MAX_SAVED_LENGTH = 2_000_000;

/** Everything the page keeps between visits. */
export interface SavedMatching {
  readonly people: readonly Person[];
  readonly locks: readonly PairKey[];
  readonly excluded: readonly PairKey[];
  readonly format: MatchingFormat;
  readonly setting: MeetingSetting;
  readonly groupLocks: readonly GroupLock[];
  readonly setAside: readonly string[];
}

/** Why stored text was refused. */
export type SavedMatchingProblem = 'malformed' | 'version' | 'too-long';

/** A stored list read back, or why it could not be. */
type SavedMatchingResult =
  { readonly ok: true; readonly value: SavedMatching } | { readonly ok: false; readonly reason: SavedMatchingProblem };

/** The JSON text to store, or 'too-long' when the reader would refuse it for its length. */
export function serializeSavedMatching(
  state: SavedMatching,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: 'too-long' } {
  const text = JSON.stringify({ schemaVersion: SAVED_MATCHING_VERSION, ...state });
  return text.length > MAX_SAVED_LENGTH ? { ok: false, reason: 'too-long' } : { ok: true, text };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

function readPerson(value: unknown): Person | undefined {
  if (!isObject(value)) return undefined;
  const { role, name, department, manager, topics, availability, site, pleaseNotWith } = value;
  if (role !== 'senior' && role !== 'junior') return undefined;
  if (!isString(name) || nameKey(name) === '' || !isString(department) || !isString(manager) || !isString(site))
    return undefined;
  if (!isStringList(topics) || !isStringList(availability) || !isStringList(pleaseNotWith)) return undefined;
  return { role, name, department, manager, topics, availability, site, pleaseNotWith };
}

function readPairs(value: unknown): PairKey[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const pairs: PairKey[] = [];
  for (const item of value) {
    if (!isObject(item) || !isString(item.senior) || !isString(item.junior)) return undefined;
    pairs.push({ senior: item.senior, junior: item.junior });
  }
  return pairs;
}

function readGroupLocks(value: unknown): GroupLock[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const locks: GroupLock[] = [];
  for (const item of value) {
    if (!isObject(item) || !isStringList(item.members)) return undefined;
    locks.push({ members: item.members });
  }
  return locks;
}

/** Reads stored text back into a list, or says why it was refused: never throws. */
export function parseSavedMatching(raw: unknown): SavedMatchingResult {
  const json = readSavedJson(raw, { version: SAVED_MATCHING_VERSION, maxLength: MAX_SAVED_LENGTH });
  if (!json.ok) return json;
  const { data } = json;
  const { format, setting } = data;
  if (format !== 'pairs' && format !== 'groups') return { ok: false, reason: 'malformed' };
  if (setting !== 'on-site' && setting !== 'hybrid' && setting !== 'remote') return { ok: false, reason: 'malformed' };
  if (!Array.isArray(data.people) || data.people.length > MAX_PEOPLE) return { ok: false, reason: 'malformed' };
  const people: Person[] = [];
  const names = new Set<string>();
  for (const item of data.people) {
    const person = readPerson(item);
    if (!person || names.has(nameKey(person.name))) return { ok: false, reason: 'malformed' };
    names.add(nameKey(person.name));
    people.push(person);
  }
  const locks = readPairs(data.locks);
  const excluded = readPairs(data.excluded);
  const groupLocks = readGroupLocks(data.groupLocks ?? []);
  const setAside = data.setAside ?? [];
  if (!locks || !excluded || !groupLocks || !isStringList(setAside)) return { ok: false, reason: 'malformed' };
  return { ok: true, value: { people, locks, excluded, format, setting, groupLocks, setAside } };
}
