// The site's languages, defined once: the interface dictionaries, the paths, the content folders and
// the questionnaire's texts all use this type.

/** The languages the site is published in; English is the default at the site root. */
export const LANGUAGES = ['en', 'nl'] as const;

/** One of the site's languages. */
export type Lang = (typeof LANGUAGES)[number];

/** True when a string is one of the site's languages. */
export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}
