// What the questionnaire components need from the page, in two parts, both in the page's language
// only and static for the page's life (so contexts rather than stores):
// - the island's props: the strings of the first screens and the first question, which the server
//   renders so that Start and the first answer work before the island wakes up;
// - the page's data file (JSON beside the page, its name hashed): the whole questionnaire, every
//   interface string and the template titles, fetched once when the island wakes up.
// Props are serialized by Astro with a wrapper around every value; the data file is plain JSON.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { GuideLink, LocalizedText, TemplateSlug } from '../../lib/questionnaire/types';
import type { PlaceholderValues } from '../../lib/fill-text';
import { translator } from '../../i18n/island-strings';
import type {
  FirstScreenStringKey,
  QuestionnaireStringKey,
  QuestionnaireStrings,
} from '../../lib/questionnaire-ui/strings';
import type { QuestionnaireIslandProps, QuestionnairePageData } from '../../lib/questionnaire-ui/page-data';
import { localizedPath } from '../../lib/paths';
import { guideTopic } from '../../lib/questionnaire-ui/guide-topic';

/** The id of the server-rendered first question, the target of Start before the island wakes up. */
export const FIRST_QUESTION_ID = 'first-question';

/** The id of every screen's main heading, which takes focus when the screen changes. */
export const HEADING_ID = 'questionnaire-heading';

/** What the first screens need: the props plus small helpers to read them. */
export interface FirstScreenView extends Omit<QuestionnaireIslandProps, 'firstQuestion' | 'dataUrl'> {
  /** An interface string with its `{name}` placeholders filled in. */
  readonly t: (key: FirstScreenStringKey, values?: PlaceholderValues) => string;
  /** A content text in the page's language. */
  readonly text: (value: LocalizedText) => string;
}

/** Everything the questionnaire's screens need, once the page's data has arrived. */
export interface QuestionnaireView extends FirstScreenView, Omit<QuestionnairePageData, 'strings'> {
  readonly strings: QuestionnaireStrings;
  /** An interface string with its `{name}` placeholders filled in. */
  readonly t: (key: QuestionnaireStringKey, values?: PlaceholderValues) => string;
  /** The address of a guide section. */
  readonly guideHref: (link: GuideLink) => string;
  /** The address of a template page. */
  readonly templateHref: (slug: TemplateSlug) => string;
  /** The name of a link to a guide section, e.g. "Read more: protected time". */
  readonly readMore: (link: GuideLink) => string;
}

/** Adds the helpers to the island's props. */
export function createFirstScreenView(props: QuestionnaireIslandProps): FirstScreenView {
  return {
    lang: props.lang,
    base: props.base,
    strings: props.strings,
    questionCount: props.questionCount,
    t: translator(props.strings),
    text: (value) => value[props.lang],
  };
}

/** Adds the page's data and its helpers to the first screens' view. */
export function createView(first: FirstScreenView, data: QuestionnairePageData): QuestionnaireView {
  const { lang, base } = first;
  const t = translator(data.strings);
  return {
    ...first,
    ...data,
    t,
    guideHref: (link) => localizedPath(base, lang, `guides/${link.guide}/#${link.section}`),
    templateHref: (slug) => localizedPath(base, lang, `templates/${slug}/`),
    readMore: (link) => t('questionnaire.readGuide', { topic: guideTopic(data.strings, link) }),
  };
}

/** Carries the first screens' view to every component below the island's root. */
export const FirstScreenContext = createContext<FirstScreenView | undefined>(undefined);

/** Carries the whole view, once the page's data has arrived. */
export const ViewContext = createContext<QuestionnaireView | undefined>(undefined);

/** The view of the first screens, which the server renders too. */
export function useFirstScreenView(): FirstScreenView {
  const view = useContext(FirstScreenContext);
  if (!view) throw new Error('Questionnaire components must be rendered inside QuestionnaireApp.');
  return view;
}

/** The view of the questionnaire page this component is part of, once the page's data has arrived. */
export function useView(): QuestionnaireView {
  const view = useContext(ViewContext);
  if (!view) throw new Error('This questionnaire component needs the page data, fetched when the island wakes up.');
  return view;
}
