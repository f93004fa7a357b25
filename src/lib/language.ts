// The site's languages, defined once: the interface dictionaries, the paths, the content folders,
// the questionnaire's texts, number and date formats, and astro.config.mjs all read this table.

/** The languages the site is published in. */
export const LANGUAGES = ['en', 'nl'] as const;

/** One of the site's languages. */
export type Lang = (typeof LANGUAGES)[number];

/** Each language's locale, in which its numbers and dates are written. */
const LOCALES: Readonly<Record<Lang, { readonly tag: string }>> = {
  en: { tag: 'en-GB' },
  nl: { tag: 'nl-NL' },
};

/** The language at the site root, without a prefix in its paths. */
export const DEFAULT_LANG: Lang = 'en';

/** True when a string is one of the site's languages. */
export function isLang(value: string): value is Lang {
  return Object.hasOwn(LOCALES, value);
}

/** The locale tag for Intl number and date formats, e.g. 'en-GB'. */
export function localeTag(lang: Lang): string {
  return LOCALES[lang].tag;
}

/** The `[...lang]` route parameter of a language: none for the default language. */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}
