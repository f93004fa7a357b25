import { fillPlaceholders, type PlaceholderValues } from '../lib/fill-text';
import { DEFAULT_LANG, isLang, type Lang } from '../lib/language';
import { en, type UiKey } from './en';
import { nl } from './nl';

const dictionaries: Record<Lang, Record<UiKey, string>> = { en, nl };

/** The whole interface dictionary of a language, for a page to pick an island's strings from. */
export function dictionaryFor(lang: Lang): Readonly<Record<UiKey, string>> {
  return dictionaries[lang];
}

/** Returns the translate function for a language: `t('guide.readingTime', { minutes: 4 })`. */
export function useTranslations(lang: Lang) {
  const dictionary = dictionaries[lang];
  return function t(key: UiKey, values: PlaceholderValues = {}): string {
    return fillPlaceholders(dictionary[key], values);
  };
}

/** Narrows an unknown route parameter to a language, English when absent. */
export function toLang(value: string | undefined): Lang {
  return value !== undefined && isLang(value) ? value : DEFAULT_LANG;
}

/** The other language, the target of the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'nl' : 'en';
}

export type { Lang, UiKey };
