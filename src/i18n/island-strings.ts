// How an island gets its interface strings: the page picks them out of the dictionary at build time
// (so the island never ships the whole dictionary), and the island builds t() over what it got.

import { fillPlaceholders, type PlaceholderValues } from '../lib/fill-text';
import type { UiKey } from './en';

/** The keys of `Key` that a wanted entry names: a prefix ending in '.' names every key under it. */
export type KeysNamed<Key extends string, Wanted extends string> = Wanted extends `${string}.`
  ? Extract<Key, `${Wanted}${string}`>
  : Extract<Key, Wanted>;

/** The dictionary keys under a prefix, e.g. `UiKeysUnder<'compare.'>`. */
export type UiKeysUnder<Prefix extends string> = KeysNamed<UiKey, Prefix>;

/** A string of the island kit's forms (the error summary's title, "Error:"), which every island with a form picks. */
export type FormStringKey = UiKeysUnder<'form.'>;

/** An island's strings in one language. */
export type Strings<Key extends string> = Readonly<Record<Key, string>>;

/** The translate function over an island's strings: `t('compare.person', { number: 2 })`. */
export type Translate<Key extends string> = (key: Key, values?: PlaceholderValues) => string;

/** Picks the strings an island needs: whole prefixes ('compare.') and single keys ('print.button'). */
export function pickStrings<Key extends string, const Wanted extends string>(
  dictionary: Strings<Key>,
  wanted: readonly Wanted[],
): Strings<KeysNamed<Key, Wanted>> {
  const picked = (key: string): boolean =>
    wanted.some((entry) => (entry.endsWith('.') ? key.startsWith(entry) : key === entry));
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => picked(key))) as Strings<
    KeysNamed<Key, Wanted>
  >;
}

/** Builds t() over an island's strings, filling `{name}` placeholders. */
export function translator<Key extends string>(strings: Strings<Key>): Translate<Key> {
  return (key, values = {}) => fillPlaceholders(strings[key], values);
}
