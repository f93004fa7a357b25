import { getCollection, type CollectionEntry } from 'astro:content';
import { entryLang, entrySlug } from '../lib/content-entry';
import type { Lang } from '../lib/language';
import type { SheetPlacement } from '../lib/templates/template-groups';

/** A session template from the content collection. */
export type TemplateEntry = CollectionEntry<'templates'>;

/** A template entry with the fields the index and kit group by. */
export type TemplateSheet = SheetPlacement & { entry: TemplateEntry };

/** The slug of a template: its file name without language folder and extension. */
export const templateSlug: (entry: TemplateEntry) => string = entrySlug;

/** The language folder a template lives in. */
export const templateLang: (entry: TemplateEntry) => Lang = entryLang;

/** All templates of one language, in order, with their placement fields lifted out. */
export async function getTemplateSheets(lang: Lang): Promise<TemplateSheet[]> {
  const entries = await getCollection('templates', (entry) => entryLang(entry) === lang);
  return entries
    .map((entry) => ({
      slug: entrySlug(entry),
      moment: entry.data.moment,
      programme: entry.data.programme,
      order: entry.data.order,
      inKit: entry.data.inKit,
      entry,
    }))
    .sort((a, b) => a.order - b.order);
}
