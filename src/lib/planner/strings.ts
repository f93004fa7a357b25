// The interface strings the planner island uses: every `planner.*`, `pilot.*` and `form.*` key and the print
// button's, which the page picks at build time with pickStrings (src/i18n/island-strings.ts).
import type { UiKey } from '../../i18n/en';
import type { Strings, Translate } from '../../i18n/island-strings';

/** The prefixes and keys of the planner's strings, for pickStrings(). */
export const PLANNER_STRING_KEYS = ['planner.', 'pilot.', 'form.', 'print.button'] as const;

/** A dictionary key the planner uses. */
type PlannerKey = Extract<UiKey, `planner.${string}` | `pilot.${string}` | `form.${string}` | 'print.button'>;

/** The planner's strings in one language. */
export type PlannerStrings = Strings<PlannerKey>;

/** The planner's translate function. */
export type PlannerT = Translate<PlannerKey>;
