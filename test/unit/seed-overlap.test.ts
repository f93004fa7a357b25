import { describe, expect, test } from 'vitest';
import { copyCheckFor, withoutCitedQuotations, wordsOf } from '../../src/lib/seed-overlap';

const seed =
  'The number one reason programmes fail is that executives do not prioritise the sessions, and after a couple of cancelled sessions the momentum dwindles.';
const sharedRuns = copyCheckFor(seed);

describe('words shared with a reference article', () => {
  test.each([
    // case, accents, curly apostrophes, hyphens and markup do not hide a word
    ['<Fact source="x">Reverse-Mentoring</Fact> werkt’s', ['reverse', 'mentoring', "werkt's"]],
    ['Één [link](/guides/faq/#a) hier', ['een', 'link', 'hier']],
    ['', []],
  ])('%j reads as %j', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });

  test.each([
    // a copied sentence is caught, as one run of its full length
    [seed, [24]],
    // dressed up in markup and other capitals, it is still the same run
    [
      'The <Fact source="ormit">number one reason programmes fail</Fact> is that Executives do not prioritise the sessions.',
      [14],
    ],
    // exactly ten shared words count; nine do not
    ['so: and after a couple of cancelled sessions the momentum dwindles. Done', [10]],
    ['so: after a couple of cancelled sessions the momentum dwindles. Done', []],
    // two separate copied passages are two runs, longest first
    [
      'The number one reason programmes fail is that executives do not. Yes, and after a couple of cancelled sessions the momentum dwindles.',
      [11, 10],
    ],
    // our own words share facts and short phrases, not runs
    ['Leaders who skip sessions lose the pair its momentum; cancelled sessions are the number one risk.', []],
  ])('%j shares runs of %j words', (text, lengths) => {
    expect(sharedRuns(text).map((run) => run.words)).toEqual(lengths);
  });

  test.each([
    // a quotation marked with its source is exempt
    ['As ORMIT puts it: <q cite="ormit">after a couple of cancelled sessions the momentum dwindles</q>.', []],
    [
      '<blockquote cite="ormit">\nThe number one reason programmes fail is that executives do not prioritise\n</blockquote>',
      [],
    ],
    // quotation marks alone, or a <q> without its source, are not enough
    ['“and after a couple of cancelled sessions the momentum dwindles”', [10]],
    ['<q>and after a couple of cancelled sessions the momentum dwindles</q>', [10]],
  ])('%j shares runs of %j words', (text, lengths) => {
    expect(sharedRuns(text).map((run) => run.words)).toEqual(lengths);
  });

  test('the words around an exempt quotation do not join into a run across it', () => {
    const text = 'The number one reason <q cite="ormit">programmes</q> fail is that executives do not prioritise';
    expect(withoutCitedQuotations(text)).not.toContain('programmes');
    expect(sharedRuns(text)).toEqual([]);
  });

  test('the run is reported in words, so an editor can find it', () => {
    expect(sharedRuns('Yes, and after a couple of cancelled sessions the momentum dwindles!')).toEqual([
      { words: 10, text: 'and after a couple of cancelled sessions the momentum dwindles' },
    ]);
  });

  test('a run length below one word is refused with a clear message', () => {
    expect(() => copyCheckFor('a', 0)).toThrow('minWords must be a whole number ≥ 1, not 0');
  });
});
