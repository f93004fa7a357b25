import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { MATCHING_FILE, parseMatchingFile } from '../../../src/data/load-matching';

const raw = (): Record<string, unknown> => load(readFileSync(MATCHING_FILE, 'utf8')) as Record<string, unknown>;
type Item = Record<string, unknown>;

describe('the matching content file', () => {
  test('the real file is valid and its example holds 6 seniors and 9 juniors', () => {
    const file = parseMatchingFile(raw(), MATCHING_FILE);
    expect(file.example.filter((p) => p.role === 'senior')).toHaveLength(6);
    expect(file.example.filter((p) => p.role === 'junior')).toHaveLength(9);
  });

  test.each([
    {
      case: 'an example person with a topic that is not listed',
      change: (data: Item) => ((data.example as Item[])[0]!.topics = ['ai', 'knitting']),
      message: 'content/matching/matching.yaml: example[0].topics: unknown topic "knitting"',
    },
    {
      case: 'one word that names two topics',
      change: (data: Item) => ((data.topics as Item[])[1]!.aliases = ['social media']),
      message: 'content/matching/matching.yaml: topics: "social media" names two different items',
    },
    {
      case: 'a fit weight in words',
      change: (data: Item) => ((data.fit as Item).sharedTime = 'three'),
      message: 'content/matching/matching.yaml: fit.sharedTime:',
    },
  ])('$case fails with a message naming the file and the field', ({ change, message }) => {
    const data = raw();
    change(data);
    expect(() => parseMatchingFile(data, MATCHING_FILE)).toThrow(message);
  });
});
