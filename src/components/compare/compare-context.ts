// What every compare component needs from the page: the questionnaire in the page's language, the
// interface strings (both from the page's data file), and how to name a result. Static for the
// page's life, so a context.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Answers, LocalizedText, Question } from '../../lib/questionnaire/types';
import type { PlaceholderValues } from '../../lib/fill-text';
import { translator } from '../../i18n/island-strings';
import { tidyLabel } from '../../lib/compare/comparison-link';
import { displayLabel } from '../../lib/compare/labels';
import type { CompareStringKey } from '../../lib/compare/strings';
import type { ComparePageData } from '../../lib/compare/page-data';

/** The page data plus small helpers to read it. */
export interface CompareView extends ComparePageData {
  /** An interface string with its `{name}` placeholders filled in. */
  readonly t: (key: CompareStringKey, values?: PlaceholderValues) => string;
  /** A content text in the page's language. */
  readonly text: (value: LocalizedText) => string;
  /** The name a result is shown by, from its position (0-based) in the comparison, or the fallback given. */
  readonly nameOf: (
    result: { readonly answers: Answers; readonly label: string },
    index: number,
    fallback?: string,
  ) => string;
  /** The words of the answer a result gave to a question. */
  readonly answerText: (question: Question, optionId: string | undefined) => string;
}

/** Adds the helpers to the page data. */
export function createCompareView(data: ComparePageData): CompareView {
  const t = translator(data.strings);
  return {
    ...data,
    t,
    text: (value) => value[data.lang],
    nameOf: (result, index, fallback) =>
      displayLabel(
        data.questionnaire,
        { answers: result.answers, label: tidyLabel(result.label) },
        data.lang,
        fallback ?? t('compare.person', { number: index + 1 }),
      ),
    answerText: (question, optionId) =>
      question.options.find((option) => option.id === optionId)?.label[data.lang] ?? t('compare.notAnswered'),
  };
}

/** Carries the view to every component below the island's root. */
export const CompareContext = createContext<CompareView | undefined>(undefined);

/** The view of the compare page this component is part of. */
export function useCompareView(): CompareView {
  const view = useContext(CompareContext);
  if (!view) throw new Error('Compare components must be rendered inside CompareApp.');
  return view;
}
