import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n';
import type { SheetPlacement } from '../lib/templates/template-groups';

/** A session template from the content collection. */
export type TemplateEntry = CollectionEntry<'templates'>;

/** A template entry with the fields the index and kit group by. */
export type TemplateSheet = SheetPlacement & { entry: TemplateEntry };

/** The slug of a template: its file name without language folder and extension. */
export function templateSlug(entry: TemplateEntry): string {
  return entry.id.split('/').slice(1).join('/');
}

/** The language folder a template lives in. */
export function templateLang(entry: TemplateEntry): Lang {
  return entry.id.startsWith('nl/') ? 'nl' : 'en';
}

/** All templates of one language, in order, with their placement fields lifted out. */
export async function getTemplateSheets(lang: Lang): Promise<TemplateSheet[]> {
  const entries = await getCollection('templates', (entry) => templateLang(entry) === lang);
  return entries
    .map((entry) => ({
      slug: templateSlug(entry),
      moment: entry.data.moment,
      programme: entry.data.programme,
      order: entry.data.order,
      inKit: entry.data.inKit,
      entry,
    }))
    .sort((a, b) => a.order - b.order);
}
