// What the planner island needs besides its strings: the data the page hands it, and the words for
// a plan's moments, shared by the table and the calendar file.
import type { PilotRhythm } from '../../schemas/pilot-rhythm';
import { localizedPath } from '../../lib/paths';
import type { PilotPlan, PlanMoment } from '../../lib/planner/plan';
import { monthsText, rhythmText, withinText } from '../../lib/planner/rhythm-text';
import type { plannerTranslator } from '../../lib/planner/strings';
import type { PlannedFormat, SheetSlug } from '../../lib/planner/types';
import { localeTag } from '../../lib/language';
import type { Lang } from '../../i18n';

/** A sheet as the planner shows it. */
export interface SheetInfo {
  title: string;
  /** Its length in minutes, when it is one meeting. */
  minutes?: number;
}

/** Everything the page hands the planner island, in one language. */
export interface PlannerData {
  lang: Lang;
  rhythm: PilotRhythm;
  /** Each format's name, from the questionnaire. */
  formats: Record<PlannedFormat, string>;
  sheets: Partial<Record<SheetSlug, SheetInfo>>;
  /** The site's base path, e.g. '/' or '/mentorfit/'. */
  base: string;
  /** The site's host, for calendar UIDs and printed addresses, e.g. 'mentorfit.org'. */
  host: string;
}

/** The planner's translate function. */
export type PlannerT = ReturnType<typeof plannerTranslator>;

/** The address of a sheet, or of the readiness check for the retake. */
export function sheetHref(data: PlannerData, slug: SheetSlug): string {
  return localizedPath(data.base, data.lang, `templates/${slug}/`);
}

/** A date in words in the page's language, e.g. 'Tue 2 Mar 2027'; formatted in UTC so it never shifts. */
export function dateText(lang: Lang, { year, month, day }: PlanMoment['date']): string {
  return new Intl.DateTimeFormat(localeTag(lang), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The name of a moment: 'Kickoff', 'Session 3 of 6'. */
export function momentName(t: PlannerT, plan: PilotPlan, moment: PlanMoment): string {
  return moment.kind === 'session'
    ? t('planner.moment.session', { number: moment.number, count: plan.sessions })
    : t(`planner.moment.${moment.kind}`);
}

/** What a moment involves, in a sentence, or '' when its name says enough. */
export function momentDetail(t: PlannerT, data: PlannerData, plan: PilotPlan, moment: PlanMoment): string {
  const unit = data.rhythm.formats[plan.input.format].unit;
  const time = plan.input.time;
  const parts: string[] = [];
  if (time && moment.minutes !== undefined && moment.kind !== 'preparation' && moment.kind !== 'retake') {
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
