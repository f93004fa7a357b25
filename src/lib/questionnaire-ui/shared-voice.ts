// A colleague's shared result speaks of "they", not "you". Every interface string on the result that
// speaks to the reader about their own answers ("You answered …", "How ready you are") has a variant
// under the same key plus '.shared' ("They answered …", "How ready they are"), which the result reads
// when it shows someone else's answers. Strings without a variant say the same on both.

import type { QuestionnaireStringKey, QuestionnaireStrings } from './strings';

/** The key to read on a shared result: its '.shared' variant where there is one, else the key itself. */
export function sharedVariant(strings: QuestionnaireStrings, key: QuestionnaireStringKey): QuestionnaireStringKey {
  const variant = `${key}.shared`;
  return Object.hasOwn(strings, variant) ? (variant as QuestionnaireStringKey) : key;
}
