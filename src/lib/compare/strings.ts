// The interface strings the compare island has: every `compare.*` key of the dictionary, which the
// page picks at build time (src/i18n/island-strings.ts).

import type { Strings, UiKeysUnder } from '../../i18n/island-strings';

/** A dictionary key the compare island uses. */
export type CompareStringKey = UiKeysUnder<'compare.'>;

/** The compare island's strings in one language. */
export type CompareStrings = Strings<CompareStringKey>;
