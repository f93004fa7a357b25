// Why a pasted share link was not added to the comparison, and the message that says so. The store
// (src/stores/compare.ts) refuses the paste with a PasteError; the paste form shows pasteErrorText.

import type { Translate } from '../../i18n/island-strings';
import type { Answers } from '../questionnaire/types';
import { COMPARISON_SIZE, type ComparedResult, type EntryRefusal } from './comparison-link';
import type { CompareStringKey } from './strings';

/** Where a result is pasted: the team's list, or the before or after slot. */
export type PasteField = 'team' | 'before' | 'after';

/** Why a pasted link was not added, with the label of the result it repeats. */
export interface PasteError {
  readonly field: PasteField;
  readonly reason: EntryRefusal | 'empty' | 'not-a-link' | 'comparison-link' | 'several';
  /** For a duplicate: the position (0-based) of the result already there. */
  readonly duplicateOf?: number;
  /** When several links were pasted at once: the first refused one's place (1-based), how many were pasted and refused. */
  readonly among?: { readonly position: number; readonly count: number; readonly refused: number };
}

/** What the message needs from the page: its strings, and the name a result is shown by from its position. */
interface PasteErrorWords {
  readonly t: Translate<CompareStringKey>;
  readonly nameOf: (
    result: { readonly answers: Answers; readonly label: string },
    index: number,
    fallback?: string,
  ) => string;
}

/** The results a paste is checked against: the team's list, and the before and after slots. */
interface PastedInto {
  readonly team: readonly ComparedResult[];
  readonly change: readonly (ComparedResult | undefined)[];
}

/**
 * The message for a refused paste: its problem, naming the result a duplicate repeats (in the team,
 * or in the other before-or-after slot, by its label or else the slot's name), and when several links
 * were pasted at once, which one it was and what became of the others.
 */
export function pasteErrorText({ t, nameOf }: PasteErrorWords, error: PasteError, into: PastedInto): string {
  let problem: string;
  if (error.reason === 'duplicate') {
    const index = error.duplicateOf ?? 0;
    const inTeam = error.field === 'team';
    const present = (inTeam ? into.team : into.change)[index];
    const fallback = inTeam ? undefined : t(index === 0 ? 'compare.before' : 'compare.after');
    problem = t('compare.error.duplicate', { label: present ? nameOf(present, index, fallback) : '' });
  } else {
    problem = t(`compare.error.${error.reason}`, { max: COMPARISON_SIZE.max });
  }
  if (!error.among) return problem;
  const { position, count, refused } = error.among;
  return t(refused === 1 ? 'compare.error.oneOf' : 'compare.error.someOf', { position, count, refused, problem });
}
