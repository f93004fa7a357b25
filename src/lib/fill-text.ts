// The one placeholder filler: the interface dictionaries, the questionnaire island's strings and the
// questionnaire's own texts all write `{name}` and fill it the same way.

/** A `{name}` placeholder: letters, digits and underscores between braces, e.g. {belowStrong}. */
const PLACEHOLDER = /\{(\w+)\}/g;

/** Values to fill in, by placeholder name. */
export type PlaceholderValues = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders with their values. A name without a value stays visible, so the gap is
 * noticed; only the values' own names count, never inherited ones such as {toString}; a filled-in
 * value is not filled again.
 */
export function fillPlaceholders(template: string, values: PlaceholderValues = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** Lists the placeholder names a text uses, in order, e.g. ['score', 'threshold']. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}
