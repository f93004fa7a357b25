import { describe, expect, test } from 'vitest';
import { shareCodeFromHash, withShareCode } from '../../../src/lib/questionnaire-ui/share-link';

describe('share link fragments', () => {
  test.each([
    // a share link
    ['#a=1321021210112012k', '1321021210112012k'],
    // an empty code is still a share link, and decodeShareCode refuses it
    ['#a=', ''],
    // the skip link's fragment is not a share link
    ['#main', undefined],
    // no fragment at all
    ['', undefined],
    // the prefix must start the fragment
    ['#xa=123', undefined],
  ])('the fragment %j holds the share code %j', (hash, code) => {
    expect(shareCodeFromHash(hash)).toBe(code);
  });

  test.each([
    // adds a code
    ['https://x.test/questionnaire/', 'abc', 'https://x.test/questionnaire/#a=abc'],
    // replaces another fragment
    ['https://x.test/questionnaire/#main', 'abc', 'https://x.test/questionnaire/#a=abc'],
    // removes a code
    ['https://x.test/nl/questionnaire/#a=abc', undefined, 'https://x.test/nl/questionnaire/'],
  ])('withShareCode(%j, %j) gives %j', (href, code, expected) => {
    expect(withShareCode(href, code)).toBe(expected);
  });
});
