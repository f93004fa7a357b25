// Looking words up in the catalogue: a topic or time slot can be written as its id, its English or
// Dutch name, or one of its aliases, in any case.

import { nameKey } from './names';
import type { Lang } from '../language';
import type { CatalogueItem } from './types';

/** Finds catalogue items by any of their names. */
type CatalogueLookup = (text: string) => CatalogueItem | undefined;

/** Builds a lookup over a list of topics or slots. */
export function catalogueLookup(items: readonly CatalogueItem[]): CatalogueLookup {
  const byKey = new Map<string, CatalogueItem>();
  for (const item of items) {
    for (const word of [item.id, item.en, item.nl, ...item.aliases]) {
      const key = nameKey(word);
      if (!byKey.has(key)) byKey.set(key, item);
    }
  }
  return (text) => byKey.get(nameKey(text));
}

/** The name of a topic in a language: a listed topic's name, or a free topic as typed. */
export function topicName(topics: readonly CatalogueItem[], topic: string, lang: Lang): string {
  return topics.find((item) => item.id === topic)?.[lang] ?? topic;
}

/** The key two topics are compared by: a listed topic's id, or a free topic's compared form. */
export function topicKey(topic: string): string {
  return nameKey(topic);
}
