import type { LocalizedText } from './types';

const PLACEHOLDER = /\{([a-z]+)\}/g;

/** Fills `{name}` placeholders in both languages of a text; unknown names are left as they are. */
export function fillText(text: LocalizedText, values: Readonly<Record<string, string | number>>): LocalizedText {
  const fill = (s: string): string =>
    s.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
  return { en: fill(text.en), nl: fill(text.nl) };
}

/** Lists the placeholder names a string uses, e.g. ['score', 'threshold']. */
export function placeholdersIn(s: string): string[] {
  return [...s.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}
