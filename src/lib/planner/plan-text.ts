// How a plan, its moments and its calendar entries read in the page's language. Pure, so the table,
// the print, the calendar file and the tests all say the same thing. Loaded with the plan's screen.
import { dateText } from './date-text';
import type { IcsTexts } from './ics';
import type { PilotPlan, PlanMoment } from './plan';
import { monthsText, rhythmText, withinText } from './rhythm-text';
import type { PlannerT } from './strings';
import { sheetHref, type PlannerData } from './plan-data';
import type { SheetSlug } from './types';

/** The name of a moment: 'Kickoff', 'Session 3 of 6'. */
export function momentName(t: PlannerT, plan: PilotPlan, moment: PlanMoment): string {
  return moment.kind === 'session'
    ? t('planner.moment.session', { number: moment.number, count: plan.sessions })
    : t(`planner.moment.${moment.kind}`);
}

/** Why a moment moved, or '' when it did not: 'Moved from Fri 25 Dec 2026: Christmas Day.' */
export function movedText(t: PlannerT, data: PlannerData, plan: PilotPlan, moment: PlanMoment): string {
  const moved = moment.moved;
  if (!moved) return '';
  const date = dateText(data.lang, moved.date);
  if (moved.reason.kind === 'christmas-week') return t('planner.moved.christmas-week', { date });
  const { id, substitute } = moved.reason;
  const region = plan.input.holidays === 'none' ? undefined : data.holidays.regions[plan.input.holidays];
  const holiday = region?.days.find((day) => day.id === id)?.name[data.lang] ?? id;
  return t(substitute ? 'planner.moved.substitute' : 'planner.moved.holiday', { date, holiday });
}

/** What a moment involves, in a sentence, or '' when its name says enough. */
export function momentDetail(t: PlannerT, data: PlannerData, plan: PilotPlan, moment: PlanMoment): string {
  const unit = data.rhythm.formats[plan.input.format].unit;
  const time = plan.input.time;
  const parts: string[] = [];
  if (time && moment.minutes !== undefined) {
    const clock = `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
    parts.push(t('planner.detail.time', { time: clock, minutes: moment.minutes }));
  }
  if (moment.kind === 'preparation') {
    parts.push(
      t('planner.detail.preparation', { weeks: data.rhythm.preparationWeeks, units: t(`pilot.units.${unit}`) }),
    );
  }
  if (moment.kind === 'retake') parts.push(t('planner.detail.retake'));
  if (moment.kind === 'session' && moment.number === 1) {
    parts.push(t('planner.detail.session', { within: withinText(data.rhythm.rescheduleWithinDays, t) }));
  }
  return parts.join('. ').replace(/^./, (first) => first.toUpperCase());
}

/** The plan in one sentence: format, size, sessions, rhythm, length and weekday. */
export function planSummary(t: PlannerT, data: PlannerData, plan: PilotPlan): string {
  const { input } = plan;
  const unit = data.rhythm.formats[input.format].unit;
  return t('planner.planSummary', {
    format: data.formats[input.format],
    count: input.units,
    units: input.units === 1 ? t(`pilot.unit.${unit}`) : t(`pilot.units.${unit}`),
    sessions: plan.sessions,
    rhythm: rhythmText(input.rhythm, t),
    length: monthsText(input.months, t),
    weekday: t(`planner.weekday.${input.weekday}`),
  });
}

/** What the calendar file says: titles that stand on their own, the sheets to bring, why a date moved, and the plan's link. */
export function icsTexts(t: PlannerT, data: PlannerData, plan: PilotPlan, planAddress: string): IcsTexts {
  const title = (slug: SheetSlug): string => data.sheets[slug]?.title ?? slug;
  return {
    calendarName: t('planner.calendarName', { format: data.formats[plan.input.format] }),
    summary: (moment) =>
      t('planner.event.title', {
        pilot: t(`planner.pilotName.${plan.input.format}`),
        moment: momentName(t, plan, moment),
      }),
    description: (moment) =>
      [
        momentDetail(t, data, plan, moment),
        movedText(t, data, plan, moment),
        moment.sheets.length > 0 ? t('planner.eventSheets', { sheets: moment.sheets.map(title).join(', ') }) : '',
        moment.sheets[0]
          ? t('planner.eventWhere', { address: `${data.origin}${sheetHref(data, moment.sheets[0])}` })
          : '',
        t('planner.eventPlan', { address: planAddress }),
      ]
        .filter(Boolean)
        .join('\n'),
  };
}
