// The matching helper's fixed column ids, which both the matching file's schema and the helper's
// code need. Plain values, no imports, so the browser's bundles can carry them without the schema library.

/** Every CSV column, in the order the export writes them. */
export const COLUMN_IDS = [
  'role',
  'name',
  'department',
  'manager',
  'topics',
  'availability',
  'site',
  'pleaseNotWith',
] as const;

/** The data a CSV column holds. */
export type ColumnId = (typeof COLUMN_IDS)[number];
