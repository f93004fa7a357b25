// What the page hands the planner island besides its strings, and the small facts read from it.
import type { PilotHolidays } from '../../schemas/pilot-holidays';
import type { PilotRhythm } from '../../schemas/pilot-rhythm';
import type { Lang } from '../language';
import { localizedPath } from '../paths';
import type { HolidayChoice, PlannedFormat, SheetSlug } from './types';

/** A sheet as the planner shows it. */
export interface SheetInfo {
  title: string;
  /** Its length in minutes, when it is one meeting. */
  minutes?: number;
}

/** Everything the page hands the planner island besides its strings, in one language. */
export interface PlannerData {
  lang: Lang;
  rhythm: PilotRhythm;
  holidays: PilotHolidays;
  /** The holidays the form starts with: the page language's country. */
  defaultHolidays: HolidayChoice;
  /** Each format's name, from the questionnaire. */
  formats: Record<PlannedFormat, string>;
  sheets: Partial<Record<SheetSlug, SheetInfo>>;
  /** The site's base path, e.g. '/' or '/mentorfit/'. */
  base: string;
  /** The site's origin, for calendar UIDs and printed addresses, e.g. 'https://mentorfit.org'. */
  origin: string;
}

/** The holidays a page's language starts with. */
export function holidaysForLang(lang: Lang): HolidayChoice {
  return lang === 'nl' ? 'nl' : 'england-wales';
}

/** The address of a sheet's page. */
export function sheetHref(data: PlannerData, slug: SheetSlug): string {
  return localizedPath(data.base, data.lang, `templates/${slug}/`);
}

/** The sheets' minutes, as buildPlan takes them. */
export function sheetMinutes(data: PlannerData): Partial<Record<SheetSlug, number>> {
  return Object.fromEntries(Object.entries(data.sheets).map(([slug, sheet]) => [slug, sheet?.minutes]));
}
