// What every part of the matching island needs besides the stores: the strings, the names of topics,
// half-days and columns in the page's language, and the site's addresses.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ExplainContext } from '../../lib/matching-ui/explain';
import type { Lang } from '../../lib/language';
import type { MatchingCatalogue } from '../../lib/matching/types';

/** The island's view: strings, names and links, the same for every component. */
export interface MatchingView extends ExplainContext {
  readonly lang: Lang;
  readonly catalogue: MatchingCatalogue;
  /** The agreement sheet's address. */
  readonly agreementHref: string;
}

/** Carries the view from MatchingApp to its parts. */
export const MatchingViewContext = createContext<MatchingView | undefined>(undefined);

/** The view, inside MatchingApp. */
export function useMatchingView(): MatchingView {
  const view = useContext(MatchingViewContext);
  if (!view) throw new Error('useMatchingView() outside MatchingApp');
  return view;
}
