import { getCollection, type CollectionEntry } from 'astro:content';
import { entryLang, entrySlug } from '../lib/content-entry';
import type { Lang } from '../lib/language';

/** A guide entry from the content collection. */
export type GuideEntry = CollectionEntry<'guides'>;

/** The slug of a guide: its file name without language folder and extension. */
export const guideSlug: (entry: GuideEntry) => string = entrySlug;

/** The language folder a guide lives in. */
export const guideLang: (entry: GuideEntry) => Lang = entryLang;

/** All guides of one language in reading order. */
export async function getGuides(lang: Lang): Promise<GuideEntry[]> {
  const all = await getCollection('guides', (entry) => entryLang(entry) === lang);
  return all.sort((a, b) => a.data.order - b.data.order);
}
