// The interface strings the matching island needs: every `matching.*` key of the dictionary,
// picked at build time so the island never ships the whole dictionary.

import type { UiKey } from '../../i18n/en';
import { fillPlaceholders as fillString, type PlaceholderValues } from '../fill-text';

/** A dictionary key the matching island uses. */
type MatchingStringKey = Extract<UiKey, `matching.${string}`>;

/** The island's strings in one language. */
export type MatchingStrings = Readonly<Record<MatchingStringKey, string>>;

/** Picks the matching helper's strings out of a full dictionary. */
export function pickMatchingStrings(dictionary: Readonly<Record<UiKey, string>>): MatchingStrings {
  const entries = Object.entries(dictionary).filter(([key]) => key.startsWith('matching.'));
  return Object.fromEntries(entries) as MatchingStrings;
}

/** The translate function over the island's strings. */
export type MatchingT = (key: MatchingStringKey, values?: PlaceholderValues) => string;

/** Returns t() for the island's strings: `t('matching.added', { name })`. */
export function matchingTranslator(strings: MatchingStrings): MatchingT {
  return (key, values = {}) => fillString(strings[key], values);
}
