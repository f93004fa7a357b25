// The printed list and the pairs CSV say the same about each pair: where to start and when to meet.

import { firstMeetingSlot } from '../../lib/matching/pair-list';
import type { Pair } from '../../lib/matching/match';
import type { MatchingView } from './matching-view';

/** The shared topic to start with, or a prompt to choose one. */
export function startTopic(view: MatchingView, pair: Pair): string {
  return pair.fit.sharedTopics.length > 0
    ? pair.fit.sharedTopics.map(view.topicName).join(', ')
    : view.t('matching.chooseTopic');
}

/** The suggested first meeting: the earliest shared half-day of the week, or a prompt to agree one. */
export function firstMeeting(view: MatchingView, pair: Pair): string {
  const slot = firstMeetingSlot(view.catalogue.slots, pair.fit.sharedSlots);
  return slot ? view.t('matching.firstMeeting', { slot: slot[view.lang] }) : view.t('matching.agreeTime');
}
