// The interface strings the compare island needs: every `compare.*` key of the dictionary, picked
// at build time so the island never ships the whole dictionary.

import type { UiKey } from '../../i18n/en';

/** A dictionary key the compare island uses. */
export type CompareStringKey = Extract<UiKey, `compare.${string}`>;

/** The compare island's strings in one language. */
export type CompareStrings = Readonly<Record<CompareStringKey, string>>;

/** Picks the compare page's strings out of a full dictionary. */
export function pickCompareStrings(dictionary: Readonly<Record<UiKey, string>>): CompareStrings {
  const entries = Object.entries(dictionary).filter(([key]) => key.startsWith('compare.'));
  return Object.fromEntries(entries) as CompareStrings;
}
