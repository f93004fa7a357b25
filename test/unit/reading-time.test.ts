import { describe, expect, test } from 'vitest';
import { countWords, guideReadingMinutes, readingMinutes } from '../../src/lib/reading-time';

describe('reading time', () => {
  test.each([
    // tags and link targets are not words
    ['<h2 id="x">Two words</h2>', 2],
    ['[a link](../faq/#how-long) here', 3],
    // table rules are not words
    ['| a | b |\n|---|---|\n| c | d |', 4],
    ['', 0],
    // an MDX import is not shown
    ["import PilotFact from '../../../src/components/pilot/PilotFact.astro';\nOne word", 2],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  test.each([
    [0, 1],
    [200, 1],
    [201, 2],
    [1000, 5],
  ])('%i words take %i minutes', (words, minutes) => {
    expect(readingMinutes('word '.repeat(words))).toBe(minutes);
  });

  test('a guide reads its title, summary and takeaways as well as its body', () => {
    // 150 words of body alone take 1 minute; with 51 words above it, 2
    const guide = {
      title: 'A title',
      summary: 'word '.repeat(19),
      takeaways: ['word '.repeat(30)],
      body: 'word '.repeat(150),
    };
    expect(guideReadingMinutes({ ...guide, title: '', summary: '', takeaways: [] })).toBe(1);
    expect(guideReadingMinutes(guide)).toBe(2);
  });
});
