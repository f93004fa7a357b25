// What the questionnaire island gets from its page: its props (the first screens, rendered on the
// server) and the data file (src/data/questionnaire-page-data.ts) it fetches when it wakes up. Types
// only; the page builds them at build time.

import type { Lang } from '../language';
import type { Question, Questionnaire, TemplateSlug } from '../questionnaire/types';
import type { FirstScreenStrings, QuestionnaireStrings } from './strings';

/** The island's props, as the Astro page hands them over. */
export interface QuestionnaireIslandProps {
  readonly lang: Lang;
  /** The site's base path, e.g. '/' or '/mentorfit/'. */
  readonly base: string;
  readonly strings: FirstScreenStrings;
  /** The first question with only this page's language filled in. */
  readonly firstQuestion: Question;
  readonly questionCount: number;
  /** The address of the page's data file. */
  readonly dataUrl: string;
}

/** The page's data file, fetched when the island wakes up. */
export interface QuestionnairePageData {
  /** The questionnaire with only this page's language filled in. */
  readonly questionnaire: Questionnaire;
  readonly strings: QuestionnaireStrings;
  /** The titles of the template pages that exist, by slug; a template without a page is not linked. */
  readonly templateTitles: Readonly<Partial<Record<TemplateSlug, string>>>;
}
