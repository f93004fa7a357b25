// The matching island's strings: every `matching.*` key of the dictionary, picked by the page with the
// island kit (src/i18n/island-strings.ts) so the island never ships the whole dictionary.

import type { Strings, Translate, UiKeysUnder } from '../../i18n/island-strings';

/** A dictionary key the matching island uses. */
type MatchingStringKey = UiKeysUnder<'matching.'>;

/** The island's strings in one language. */
export type MatchingStrings = Strings<MatchingStringKey>;

/** The translate function over the island's strings: `t('matching.added', { name })`. */
export type MatchingT = Translate<MatchingStringKey>;
