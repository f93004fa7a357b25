// What the compare island gets from its page: its props, and the data file (src/data/compare-page-data.ts)
// it fetches when it wakes up. Types only; the page builds them at build time.

import type { Lang } from '../language';
import type { Questionnaire } from '../questionnaire/types';
import type { CompareStrings } from './strings';

/** The island's props: what it needs before the page's data file has arrived. */
export interface CompareIslandProps {
  readonly lang: Lang;
  /** The page's data file (src/data/compare-page-data.ts), which the page preloads. */
  readonly dataUrl: string;
  /** What the page says when the data file cannot be fetched. */
  readonly loadFailed: { readonly title: string; readonly message: string; readonly reload: string };
}

/** What the page's data file holds. */
export type CompareDataFile = Omit<ComparePageData, 'lang'>;

/** Everything the compare components read: the data file's content and the page's language. */
export interface ComparePageData {
  /** The questionnaire with only this page's language filled in. */
  readonly questionnaire: Questionnaire;
  readonly lang: Lang;
  readonly strings: CompareStrings;
}
