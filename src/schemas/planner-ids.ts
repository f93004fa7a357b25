// The planner's fixed id lists that both the content files' schemas and the planner's code need.
// Plain values, no run-time imports, so the browser's bundles can carry them without the schema library.
import type { PILOT_FORMATS } from './questionnaire-ids';

/** The regions whose public holidays the planner knows. */
export const HOLIDAY_REGIONS = ['nl', 'be', 'england-wales'] as const;

/** The formats that run a pilot the planner can date; 'foundations' has no pilot yet. */
export const PLANNED_FORMATS = [
  'reverse-pairs',
  'reverse-groups',
  'traditional',
  'buddy',
] as const satisfies readonly (typeof PILOT_FORMATS)[number][];

/** How often sessions take place; 'weekly-then-fortnightly' is weekly for the first month, then every two weeks. */
export const RHYTHMS = ['weekly', 'fortnightly', 'monthly', 'weekly-then-fortnightly'] as const;
