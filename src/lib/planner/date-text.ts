// Plan dates in words, in the page's language: 'Tue 2 Mar 2027', or '2 Mar' in a list of dates.
// Formatted in UTC from year, month and day, so a date never shifts with the reader's time zone.
import type { Lang } from '../language';
import type { LocalDate } from './types';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date in words: 'full' gives 'Tue 2 Mar 2027', 'short' gives '2 Mar'. */
export function dateText(lang: Lang, { year, month, day }: LocalDate, style: 'full' | 'short' = 'full'): string {
  const key = `${lang}:${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      ...(style === 'full' ? { weekday: 'short', year: 'numeric' } : {}),
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(Date.UTC(year, month - 1, day)));
}
