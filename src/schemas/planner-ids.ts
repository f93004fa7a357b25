// The planner's fixed id lists that both the holidays file's schema and the planner's code need.
// Plain values, no imports, so the browser's bundles can carry them without the schema library.

/** The regions whose public holidays the planner knows. */
export const HOLIDAY_REGIONS = ['nl', 'be', 'england-wales'] as const;
