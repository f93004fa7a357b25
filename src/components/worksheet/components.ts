// The components a template's MDX may use without importing them; pages hand this map to
// <Content components={...}>, so every sheet is built from the same few pieces.
import Blank from './Blank.astro';
import CheckList from './CheckList.astro';
import Columns from './Columns.astro';
import FillIn from './FillIn.astro';
import FillTable from './FillTable.astro';
import Note from './Note.astro';
import PairPrompt from './PairPrompt.astro';
import PilotFact from '../pilot/PilotFact.astro';
import Prompt from './Prompt.astro';
import Rating from './Rating.astro';
import SheetH3 from './SheetH3.astro';
import SheetH4 from './SheetH4.astro';
import SignatureBlock from './SignatureBlock.astro';
import WritingBox from './WritingBox.astro';
import WritingLines from './WritingLines.astro';
import type { WorksheetComponentName } from './component-names';

/** The worksheet components available in every template's MDX. */
export const worksheetComponents = {
  Blank,
  CheckList,
  Columns,
  FillIn,
  FillTable,
  Note,
  PairPrompt,
  PilotFact,
  Prompt,
  Rating,
  SignatureBlock,
  WritingBox,
  WritingLines,
} satisfies Record<WorksheetComponentName, unknown>;

/** The same components with each heading one level lower, for sheets inside the pilot kit. */
export const kitComponents = {
  ...worksheetComponents,
  h2: SheetH3,
  h3: SheetH4,
} satisfies Record<WorksheetComponentName | 'h2' | 'h3', unknown>;
