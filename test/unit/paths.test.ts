import { describe, expect, test } from 'vitest';
import { localizedPath, pagePath, switchLanguagePath } from '../../src/lib/paths';

describe('localizedPath', () => {
  test.each([
    // English lives at the root
    ['/', 'en', '', '/'],
    ['/', 'en', 'guides/faq', '/guides/faq/'],
    // Dutch lives under /nl/
    ['/', 'nl', 'guides/', '/nl/guides/'],
    // a base path is kept, with or without its trailing slash
    ['/mentorfit', 'nl', '', '/mentorfit/nl/'],
    ['/mentorfit/', 'en', '/templates/', '/mentorfit/templates/'],
    // a fragment is not followed by a slash
    ['/', 'en', 'guides/faq/#how-long', '/guides/faq/#how-long'],
  ] as const)('base %s, %s, %s gives %s', (base, lang, page, expected) => {
    expect(localizedPath(base, lang, page)).toBe(expected);
  });
});

describe('switching language', () => {
  test.each([
    ['/', '/', 'nl', '/nl/'],
    ['/', '/nl/', 'en', '/'],
    ['/', '/guides/benefits/', 'nl', '/nl/guides/benefits/'],
    ['/', '/nl/guides/benefits/', 'en', '/guides/benefits/'],
    // under a base path
    ['/mentorfit/', '/mentorfit/nl/templates/', 'en', '/mentorfit/templates/'],
    // a page whose name starts with "nl" is not mistaken for the Dutch prefix
    ['/', '/nlx/', 'nl', '/nl/nlx/'],
  ] as const)('from %s%s to %s gives %s', (base, pathname, to, expected) => {
    expect(switchLanguagePath(base, pathname, to)).toBe(expected);
  });

  test('pagePath strips base and language', () => {
    expect(pagePath('/mentorfit/', '/mentorfit/nl/guides/faq/')).toBe('guides/faq/');
  });
});
