// How the templates index and the pilot kit order and group the sheets. Pure, so the rules are
// pinned by test/unit/template-sheets.test.ts without building the site.
import { TEMPLATE_MOMENTS, type TemplateMoment, type TemplateProgramme } from '../../schemas/template';

/** The fields of a sheet that decide where it is listed. */
export interface SheetPlacement {
  slug: string;
  moment: TemplateMoment;
  programme: TemplateProgramme;
  order: number;
  inKit: boolean;
}

/** A programme type with a section of its own on the index. */
export type ListedProgramme = Exclude<TemplateProgramme, 'all'>;

const byOrder = <Sheet extends SheetPlacement>(a: Sheet, b: Sheet): number => a.order - b.order;

/** The sheets written for one programme type only, in order (sheets for 'all' are left out). */
export function sheetsOnlyFor<Sheet extends SheetPlacement>(
  programme: ListedProgramme,
  sheets: readonly Sheet[],
): Sheet[] {
  return sheets.filter((sheet) => sheet.programme === programme).sort(byOrder);
}

/** The sheets that suit every programme type, in order. */
export function sheetsForAll<Sheet extends SheetPlacement>(sheets: readonly Sheet[]): Sheet[] {
  return sheets.filter((sheet) => sheet.programme === 'all').sort(byOrder);
}

/** The reverse-mentoring pilot's sheets (its own and the shared ones) grouped by moment, each group in order. */
export function pilotSheetsByMoment<Sheet extends SheetPlacement>(
  sheets: readonly Sheet[],
): { moment: TemplateMoment; sheets: Sheet[] }[] {
  const pilot = sheets.filter((sheet) => sheet.programme === 'reverse' || sheet.programme === 'all').sort(byOrder);
  return TEMPLATE_MOMENTS.map((moment) => ({ moment, sheets: pilot.filter((sheet) => sheet.moment === moment) }));
}

/** The sheets of the printed pilot kit, in the order they are used. */
export function kitSheets<Sheet extends SheetPlacement>(sheets: readonly Sheet[]): Sheet[] {
  return sheets.filter((sheet) => sheet.inKit).sort(byOrder);
}

/** The kit sheet that follows the given one, or undefined for the last sheet and sheets outside the kit. */
export function nextKitSheet<Sheet extends SheetPlacement>(slug: string, sheets: readonly Sheet[]): Sheet | undefined {
  const kit = kitSheets(sheets);
  const index = kit.findIndex((sheet) => sheet.slug === slug);
  return index === -1 ? undefined : kit[index + 1];
}
