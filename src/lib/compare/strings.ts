// The interface strings the compare island has: every `compare.*` and `form.*` key of the dictionary, which the
// page picks at build time (src/i18n/island-strings.ts).

import type { FormStringKey, Strings, UiKeysUnder } from '../../i18n/island-strings';

/** The prefixes of the island's strings, for pickStrings(). */
export const COMPARE_STRING_KEYS = ['compare.', 'form.'] as const;

/** A dictionary key the compare island uses. */
export type CompareStringKey = UiKeysUnder<'compare.'> | FormStringKey;

/** The compare island's strings in one language. */
export type CompareStrings = Strings<CompareStringKey>;
