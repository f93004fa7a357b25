import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkFrontmatter, checkTranslatedContent } from '../../src/integrations/content-check';
import { findMissingTranslations } from '../../src/lib/content-parity';
import { guideSchema } from '../../src/schemas/guide';

const fixture = (name: string): string => readFileSync(`test/fixtures/guides/${name}`, 'utf8');

describe('guide frontmatter', () => {
  test('a complete guide passes', () => {
    expect(checkFrontmatter('en/good.mdx', fixture('en/good.mdx'), guideSchema)).toEqual([]);
  });

  test.each([
    // a missing field is named with its file, in the words every content file uses
    ['en/missing-sources.mdx', 'en/missing-sources.mdx: sources: is missing'],
    // an empty list of sources is refused
    ['en/empty-sources.mdx', 'en/empty-sources.mdx: sources:'],
    // too few takeaways
    ['en/one-takeaway.mdx', 'en/one-takeaway.mdx: takeaways:'],
    // broken YAML says so instead of crashing, with the line in the file (the frontmatter starts on line 2)
    ['en/bad-yaml.mdx', 'en/bad-yaml.mdx: line 3, column 1: YAML syntax error: missed comma'],
    // no frontmatter at all
    ['en/no-frontmatter.mdx', 'en/no-frontmatter.mdx: no frontmatter'],
  ])('%s fails naming file and field', (name, expected) => {
    const problems = checkFrontmatter(name, fixture(name), guideSchema);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toContain(expected);
  });
});

describe('language parity', () => {
  test('a guide in one language only is reported for the language that lacks it', () => {
    expect(findMissingTranslations({ en: ['a.mdx', 'b.mdx'], nl: ['a.mdx', 'c.mdx'] })).toEqual([
      { presentIn: 'en', missingIn: 'nl', file: 'b.mdx' },
      { presentIn: 'nl', missingIn: 'en', file: 'c.mdx' },
    ]);
  });

  test('the fixture folder reports the untranslated guide and every broken file', () => {
    const problems = checkTranslatedContent('test/fixtures', [{ folder: 'guides', schema: guideSchema }]).join('\n');
    expect(problems).toContain('guides/en/only-english.mdx has no counterpart guides/nl/only-english.mdx');
    expect(problems).toContain('guides/en/missing-sources.mdx: sources:');
  });

  test('the real content passes: every guide in both languages, every frontmatter valid', () => {
    expect(checkTranslatedContent('.')).toEqual([]);
  });
});
