// The paste form's messages: each refusal in the user's words, a duplicate named as the comparison
// names it, and a refusal among several links pasted at once placed among them.
import { describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { pickStrings, translator } from '../../../src/i18n/island-strings';
import { COMPARE_STRING_KEYS } from '../../../src/lib/compare/strings';
import { COMPARISON_SIZE } from '../../../src/lib/compare/comparison-link';
import { pasteErrorText, type PasteError } from '../../../src/lib/compare/paste-error';

const wordsFor = (dictionary: Readonly<Record<keyof typeof en, string>>) => ({
  t: translator(pickStrings(dictionary, COMPARE_STRING_KEYS)),
  nameOf: (result: { readonly label: string }, index: number, fallback?: string) =>
    result.label || (fallback ?? `Person ${index + 1}`),
});
const english = wordsFor(en);
const dutch = wordsFor(nl);
const team = [
  { code: 'a', answers: {}, label: 'Sponsor' },
  { code: 'b', answers: {}, label: '' },
];
const into = { team, change: [{ code: 'c', answers: {}, label: '' }, undefined] };

describe('the message for a refused paste', () => {
  test.each<{ error: PasteError; message: string }>([
    // a refusal says its problem
    { error: { field: 'team', reason: 'not-a-link' }, message: en['compare.error.not-a-link'] },
    { error: { field: 'before', reason: 'several' }, message: en['compare.error.several'] },
    // a full team names its size
    {
      error: { field: 'team', reason: 'too-many' },
      message: en['compare.error.too-many'].replace('{max}', String(COMPARISON_SIZE.max)),
    },
    // a duplicate names the result it repeats, by its label
    {
      error: { field: 'team', reason: 'duplicate', duplicateOf: 0 },
      message: 'These answers are already in the comparison, as Sponsor',
    },
    // or by the name the comparison gives a result without one
    {
      error: { field: 'team', reason: 'duplicate', duplicateOf: 1 },
      message: 'These answers are already in the comparison, as Person 2',
    },
    // a duplicate of the before result, pasted as the after one, names the before slot, not the team
    {
      error: { field: 'after', reason: 'duplicate', duplicateOf: 0 },
      message: 'These answers are already in the comparison, as Before',
    },
    // one of several pasted links: which one, and that the others were added
    {
      error: { field: 'team', reason: 'tampered', among: { position: 2, count: 3, refused: 1 } },
      message: `Link 2 of the 3 you pasted was not added. ${en['compare.error.tampered']}. The other links were added`,
    },
    // more of them: how many are left in the field, and the first one's problem
    {
      error: { field: 'team', reason: 'duplicate', duplicateOf: 0, among: { position: 1, count: 4, refused: 2 } },
      message:
        '2 of the 4 links you pasted were not added; they are still in the field. The first, link 1: These answers are already in the comparison, as Sponsor',
    },
  ])('$error.reason: "$message"', ({ error, message }) => {
    expect(pasteErrorText(english, error, into)).toBe(message);
  });

  test('is in the page language', () => {
    expect(pasteErrorText(dutch, { field: 'team', reason: 'duplicate', duplicateOf: 0 }, into)).toBe(
      'Deze antwoorden staan al in de vergelijking, als Sponsor',
    );
  });
});
