// The printed list and the pairs CSV say the same about each pair: when to meet first.

import { firstMeetingSlot } from '../../lib/matching/pair-list';
import type { Pair } from '../../lib/matching/match';
import type { MatchingView } from './matching-view';

/** The suggested first meeting: the earliest shared half-day of the week, or a prompt to agree one. */
export function firstMeeting(view: MatchingView, pair: Pair): string {
  const slot = firstMeetingSlot(view.catalogue.slots, pair.fit.sharedSlots);
  return slot ? view.t('matching.firstMeeting', { slot: slot[view.lang] }) : view.t('matching.agreeTime');
}
