// The matching island's strings: every `matching.*` and `form.*` key of the dictionary, picked by the page with the
// island kit (src/i18n/island-strings.ts) so the island never ships the whole dictionary.

import type { FormStringKey, Strings, Translate, UiKeysUnder } from '../../i18n/island-strings';

/** The prefixes of the island's strings, for pickStrings(). */
export const MATCHING_STRING_KEYS = ['matching.', 'form.'] as const;

/** A dictionary key the matching island uses. */
type MatchingStringKey = UiKeysUnder<'matching.'> | FormStringKey;

/** The island's strings in one language. */
export type MatchingStrings = Strings<MatchingStringKey>;

/** The translate function over the island's strings: `t('matching.added', { name })`. */
export type MatchingT = Translate<MatchingStringKey>;
