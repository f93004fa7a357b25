// The downloadable files of the matching page, generated at build time from the content file:
// an example list and an empty template, with column names in the page's language.

import type { Lang } from '../language';

/** The file names of the example and the template in each language (under /matching/). */
export const MATCHING_FILES = {
  en: { example: 'example.csv', template: 'template.csv' },
  nl: { example: 'voorbeeld.csv', template: 'sjabloon.csv' },
} as const satisfies Record<Lang, { example: string; template: string }>;

/** The name a downloaded file is saved under: the site's name first, so it is found again in Downloads. */
export const downloadName = (fileName: string): string => `mentorfit-${fileName}`;
