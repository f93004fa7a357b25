// What every questionnaire component needs from the page: the questionnaire in the page's
// language, the interface strings and the site's addresses. Static for the page's life, so a
// context rather than a store.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { GuideLink, Locale, LocalizedText, Questionnaire, TemplateSlug } from '../../lib/questionnaire/types';
import { fillPlaceholders } from '../../lib/fill-text';
import type { QuestionnaireStringKey, QuestionnaireStrings } from '../../lib/questionnaire-ui/strings';
import { localizedPath } from '../../lib/paths';
import { guideTopic } from '../../lib/questionnaire-ui/guide-topic';

/** The island's props, as the Astro page hands them over. */
export interface QuestionnairePageData {
  /** The questionnaire with only this page's language filled in. */
  readonly questionnaire: Questionnaire;
  readonly lang: Locale;
  readonly strings: QuestionnaireStrings;
  /** The site's base path, e.g. '/' or '/mentorfit/'. */
  readonly base: string;
  /** The titles of the template pages that exist, by slug; a template without a page is not linked. */
  readonly templateTitles: Readonly<Partial<Record<TemplateSlug, string>>>;
}

/** The page data plus small helpers to read it. */
export interface QuestionnaireView extends QuestionnairePageData {
  /** An interface string with its `{name}` placeholders filled in. */
  t(key: QuestionnaireStringKey, values?: Readonly<Record<string, string | number>>): string;
  /** A content text in the page's language. */
  text(value: LocalizedText): string;
  /** The address of a guide section. */
  guideHref(link: GuideLink): string;
  /** The address of a template page. */
  templateHref(slug: TemplateSlug): string;
  /** The name of a link to a guide section, e.g. "Read more: protected time". */
  readMore(link: GuideLink): string;
}

/** Adds the helpers to the page data. */
export function createView(data: QuestionnairePageData): QuestionnaireView {
  return {
    ...data,
    t: (key, values) => fillPlaceholders(data.strings[key], values),
    text: (value) => value[data.lang],
    guideHref: (link) => localizedPath(data.base, data.lang, `guides/${link.guide}/#${link.section}`),
    templateHref: (slug) => localizedPath(data.base, data.lang, `templates/${slug}/`),
    readMore: (link) => fillPlaceholders(data.strings['questionnaire.readGuide'], { topic: guideTopic(data.strings, link) }),
  };
}

/** Carries the view to every component below the island's root. */
export const ViewContext = createContext<QuestionnaireView | undefined>(undefined);

/** The view of the questionnaire page this component is part of. */
export function useView(): QuestionnaireView {
  const view = useContext(ViewContext);
  if (!view) throw new Error('Questionnaire components must be rendered inside QuestionnaireApp.');
  return view;
}

/** The id of every screen's main heading, which takes focus when the screen changes. */
export const HEADING_ID = 'questionnaire-heading';
