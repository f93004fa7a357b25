// The shapes the matching helper works with. The catalogue (topics, time slots, columns, fit
// weights) comes from content/matching/matching.yaml through src/schemas/matching.ts; people come
// from the facilitator (typed in, or a CSV file or pasted spreadsheet range) and are parsed once at
// the edge (people.ts), then trusted. Age is never an input: there is no field for it.

import { COLUMN_IDS, type ColumnId } from '../../schemas/matching-ids';

export { COLUMN_IDS, type ColumnId };

/** The two sides of a reverse-mentoring pair: the senior learns, the junior teaches. */
export type Role = 'senior' | 'junior';

/** A text in both languages. */
interface BilingualText {
  readonly en: string;
  readonly nl: string;
}

/** A listed topic or time slot: an id, its name in both languages and other words the import accepts. */
export interface CatalogueItem extends BilingualText {
  readonly id: string;
  readonly aliases: readonly string[];
}

/** A CSV column: its names in both languages, aliases, and whether a file must have it. */
interface ColumnSpec extends BilingualText {
  readonly id: ColumnId;
  readonly aliases: readonly string[];
  readonly required: boolean;
}

/** The points that make up a pair's fit. */
export interface FitWeights {
  readonly perSharedTopic: number;
  readonly maxCountedTopics: number;
  readonly sharedTime: number;
  readonly perExtraSharedSlot: number;
  readonly maxExtraSharedSlots: number;
  readonly sameSiteOnSite: number;
  readonly sameSiteHybrid: number;
  readonly otherDepartment: number;
}

/** Everything the helper reads from the content file. */
export interface MatchingCatalogue {
  readonly topics: readonly CatalogueItem[];
  readonly slots: readonly CatalogueItem[];
  readonly columns: readonly ColumnSpec[];
  readonly ignoredColumns: readonly string[];
  readonly fit: FitWeights;
  readonly groups: { readonly juniorsPerGroup: number; readonly maxSeniorsPerGroup: number };
}

/** One participant, as parsed and trusted. */
export interface Person {
  readonly role: Role;
  /** Unique within the list (compared without case or extra spaces). */
  readonly name: string;
  readonly department: string;
  /** Their own manager's name; empty when not given. Followed up the list to see reporting lines. */
  readonly manager: string;
  /** Seniors: what they want to learn; juniors: what they can teach. Topic ids, or free topics as typed. */
  readonly topics: readonly string[];
  /** Slot ids of the half-days they are free. Empty: not given. */
  readonly availability: readonly string[];
  readonly site: string;
  /** Names of people they would rather not be paired or grouped with. */
  readonly pleaseNotWith: readonly string[];
}

/** How the programme meets; only on-site and hybrid programmes count the site. */
export type MeetingSetting = 'on-site' | 'hybrid' | 'remote';

/** A senior and a junior, by name. */
export interface PairKey {
  readonly senior: string;
  readonly junior: string;
}
