// The pilot's numbers in words, for guides, sheets, the planner and (through the lead's loader) the
// questionnaire: every phrase about length, rhythm and rescheduling is made here from
// content/pilot/rhythm.yaml, so no page can say "same week" while another says "two weeks".
import type { UiKey } from '../../i18n/en';
import type { PlaceholderValues } from '../fill-text';
import type { PilotRhythm } from '../../schemas/pilot-rhythm';
import { sessionCount } from './plan';
import type { PlannedFormat, Rhythm } from './types';

/** A fact about the pilot that a page can print. */
export type PilotFact = 'length' | 'rhythm' | 'sessions' | 'reschedule' | 'programme' | 'retake';

/** A translate function that knows at least the pilot phrases (src/i18n's, or the planner island's). */
export type Translate = (key: Extract<UiKey, `pilot.${string}`>, values?: PlaceholderValues) => string;

/** A rhythm in words: 'every two weeks'. */
export function rhythmText(rhythm: Rhythm, t: Translate): string {
  return t(`pilot.rhythm.${rhythm}`);
}

/** A number of months in words: '3 months', '1 month'. */
export function monthsText(months: number, t: Translate): string {
  return months === 1 ? t('pilot.oneMonth') : t('pilot.months', { count: months });
}

/** A rescheduling window in words: 'within a week', 'within 2 weeks', 'within 10 days'. */
export function withinText(days: number, t: Translate): string {
  if (days === 7) return t('pilot.withinWeek');
  if (days % 7 === 0) return t('pilot.withinWeeks', { count: days / 7 });
  return t('pilot.withinDays', { count: days });
}

/** One fact about a format's pilot, in words. */
export function pilotFactText(fact: PilotFact, format: PlannedFormat, rhythm: PilotRhythm, t: Translate): string {
  const own = rhythm.formats[format];
  switch (fact) {
    case 'length':
      return monthsText(own.lengthMonths, t);
    case 'rhythm':
      return rhythmText(own.rhythm, t);
    case 'sessions':
      return String(sessionCount(own.rhythm, own.lengthMonths));
    case 'reschedule':
      return withinText(rhythm.rescheduleWithinDays, t);
    case 'programme':
      return t('pilot.programme', { min: rhythm.programmeMonths.min, max: rhythm.programmeMonths.max });
    case 'retake':
      return monthsText(rhythm.retakeAfterMonths, t);
  }
}
