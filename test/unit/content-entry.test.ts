import { describe, expect, test } from 'vitest';
import { entryLang, entrySlug } from '../../src/lib/content-entry';

describe('content entries kept in one folder per language', () => {
  test.each([
    // an English guide
    ['en/what-is-reverse-mentoring', 'en', 'what-is-reverse-mentoring'],
    // the Dutch file with the same name has the same slug
    ['nl/what-is-reverse-mentoring', 'nl', 'what-is-reverse-mentoring'],
  ])('%s is in %s with the slug %s', (id, lang, slug) => {
    expect(entryLang({ id })).toBe(lang);
    expect(entrySlug({ id })).toBe(slug);
  });

  test('an entry outside the language folders is refused, not taken for English', () => {
    expect(() => entryLang({ id: 'de/kickoff' })).toThrow(
      'Content entry "de/kickoff" is not in a language folder (en/ or nl/).',
    );
  });
});
