import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n';

/** A guide entry from the content collection. */
export type GuideEntry = CollectionEntry<'guides'>;

/** The slug of a guide: its file name without language folder and extension. */
export function guideSlug(entry: GuideEntry): string {
  return entry.id.split('/').slice(1).join('/');
}

/** The language folder a guide lives in. */
export function guideLang(entry: GuideEntry): Lang {
  return entry.id.startsWith('nl/') ? 'nl' : 'en';
}

/** All guides of one language in reading order. */
export async function getGuides(lang: Lang): Promise<GuideEntry[]> {
  const all = await getCollection('guides', (entry) => guideLang(entry) === lang);
  return all.sort((a, b) => a.data.order - b.data.order);
}
