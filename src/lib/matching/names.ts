// Names and free words are compared the way a person reads them: without case, accents written
// two ways, or extra spaces. "Noor  hendriks" and "Noor Hendriks" are the same person.

/** The form of a name or word used to compare it with another. */
export function nameKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A name or free text as kept: spaces collapsed and trimmed, otherwise as typed. */
export function tidyText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Compares two names for the canonical order: by their key, then by their exact text. */
export function compareNames(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const personKeys = new WeakMap<{ readonly name: string }, string>();

/** nameKey of a person's name, worked out once per person (matching compares names many times). */
export function personKey(person: { readonly name: string }): string {
  let key = personKeys.get(person);
  if (key === undefined) {
    key = nameKey(person.name);
    personKeys.set(person, key);
  }
  return key;
}
