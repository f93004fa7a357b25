// What the printed pair list and the pairs CSV say about each pair: the shared topic to start with
// and a suggested first meeting (the earliest half-day in the week both are free).

import { toDelimited } from './csv';
import type { Pair } from './match';
import type { CatalogueItem } from './types';

/** The earliest slot of the week among the given ones, in catalogue (Monday-first) order. */
export function firstMeetingSlot(
  slots: readonly CatalogueItem[],
  shared: readonly string[],
): CatalogueItem | undefined {
  return slots.find((slot) => shared.includes(slot.id));
}

/** The words the pairs CSV needs in the page's language. */
interface PairListText {
  readonly header: readonly [senior: string, junior: string, topics: string, firstMeeting: string, locked: string];
  readonly topicName: (topic: string) => string;
  readonly firstMeeting: (pair: Pair) => string;
  readonly yes: string;
  readonly no: string;
}

/** The pairs as CSV: one row per pair with shared topics, the suggested first meeting and whether it is locked. */
export function exportPairs(pairs: readonly Pair[], text: PairListText): string {
  const rows = pairs.map((pair) => [
    pair.senior.name,
    pair.junior.name,
    pair.fit.sharedTopics.map(text.topicName).join('; '),
    text.firstMeeting(pair),
    pair.locked ? text.yes : text.no,
  ]);
  return toDelimited([[...text.header], ...rows]);
}
