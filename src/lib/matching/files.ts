// The downloadable files of the matching page, generated at build time from the content file:
// an example list and an empty template, with column names in the page's language.

import type { Lang } from '../language';

/** The file names of the example and the template in each language (under /matching/). */
export const MATCHING_FILES = {
  en: { example: 'example.csv', template: 'template.csv' },
  nl: { example: 'voorbeeld.csv', template: 'sjabloon.csv' },
} as const satisfies Record<Lang, { example: string; template: string }>;
