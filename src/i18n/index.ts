import { en, type UiKey } from './en';
import { nl } from './nl';

/** The languages the site is published in; English is the default at the site root. */
export const LANGUAGES = ['en', 'nl'] as const;
/** One of the site's languages. */
export type Lang = (typeof LANGUAGES)[number];

const dictionaries: Record<Lang, Record<UiKey, string>> = { en, nl };

/** Returns the translate function for a language: `t('guide.readingTime', { minutes: 4 })`. */
export function useTranslations(lang: Lang) {
  const dictionary = dictionaries[lang];
  return function t(key: UiKey, values: Readonly<Record<string, string | number>> = {}): string {
    return dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
  };
}

/** Narrows an unknown route parameter to a language, English when absent. */
export function toLang(value: string | undefined): Lang {
  return value === 'nl' ? 'nl' : 'en';
}

/** The other language, the target of the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'nl' : 'en';
}

export type { UiKey };
