import { getCollection } from 'astro:content';

/** The reference articles sorted by id; a source's number is its place here, the same on every page. */
export async function getSources() {
  return (await getCollection('sources')).sort((a, b) => a.id.localeCompare(b.id));
}

/** The number a source carries on every page (1 for the first id in alphabetical order). */
export async function sourceNumber(id: string, file: string): Promise<number> {
  const index = (await getSources()).findIndex((source) => source.id === id);
  if (index === -1) throw new Error(`${file}: unknown source id "${id}" (see content/sources.yaml)`);
  return index + 1;
}
