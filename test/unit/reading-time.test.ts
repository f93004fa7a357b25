import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time';

describe('reading time', () => {
  test.each([
    // tags and link targets are not words
    ['<h2 id="x">Two words</h2>', 2],
    ['[a link](../faq/#how-long) here', 3],
    // table rules are not words
    ['| a | b |\n|---|---|\n| c | d |', 4],
    ['', 0],
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
});
