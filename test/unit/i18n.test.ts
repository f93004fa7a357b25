import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { useTranslations } from '../../src/i18n';
import { placeholdersIn } from '../../src/lib/fill-text';

describe('the interface dictionaries', () => {
  test('Dutch has exactly the keys of English', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  test.each([
    ['en', en],
    ['nl', nl],
  ] as const)('no %s string is empty', (_lang, dictionary) => {
    const empty = Object.entries(dictionary).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  test('every placeholder in an English string also appears in its Dutch string', () => {
    const placeholders = (text: string): string[] => placeholdersIn(text).sort();
    const mismatched = Object.entries(en).filter(
      ([key, text]) => placeholders(text).join() !== placeholders(nl[key as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  test('t() fills in named values and leaves unknown ones visible', () => {
    expect(useTranslations('en')('guide.readingTime', { minutes: 4 })).toBe('4 min read');
    expect(useTranslations('nl')('guide.readingTime', { minutes: 4 })).toBe('4 min. lezen');
    expect(useTranslations('en')('guide.readingTime')).toBe('{minutes} min read');
  });
});
