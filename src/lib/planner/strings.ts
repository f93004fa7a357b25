// The planner island gets only its own interface strings, in one language, from the page: the
// dictionaries stay out of the script, and the island fills them with the one placeholder filler.
import type { UiKey } from '../../i18n/en';
import { fillPlaceholders, type PlaceholderValues } from '../fill-text';

/** The interface keys the planner island uses. */
export type PlannerKey = Extract<UiKey, `planner.${string}` | `pilot.${string}` | 'print.button'>;

/** The planner's strings in one language. */
export type PlannerStrings = Record<PlannerKey, string>;

const isPlannerKey = (key: string): key is PlannerKey =>
  key.startsWith('planner.') || key.startsWith('pilot.') || key === 'print.button';

/** Picks the planner's strings out of a whole dictionary. */
export function pickPlannerStrings(dictionary: Readonly<Record<UiKey, string>>): PlannerStrings {
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => isPlannerKey(key))) as PlannerStrings;
}

/** The translate function over the planner's strings: `t('planner.moment.session', { number: 2, count: 6 })`. */
export function plannerTranslator(strings: PlannerStrings) {
  return (key: PlannerKey, values: PlaceholderValues = {}): string => fillPlaceholders(strings[key], values);
}
