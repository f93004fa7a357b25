/** The components a template's MDX may use without importing them; the unit tests refuse any other tag. */
export const WORKSHEET_COMPONENT_NAMES = [
  'Blank',
  'CheckList',
  'Columns',
  'FillIn',
  'FillTable',
  'Note',
  'PairPrompt',
  'PilotFact',
  'Prompt',
  'Rating',
  'SignatureBlock',
  'WritingBox',
  'WritingLines',
] as const;

/** The name of a worksheet component. */
export type WorksheetComponentName = (typeof WORKSHEET_COMPONENT_NAMES)[number];
