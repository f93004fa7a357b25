import { describe, expect, test } from 'vitest';
import { guideSections, neighbours } from '../../src/lib/guides/outline';
import { ALL_GUIDES_MINUTES_LIMIT, GUIDE_MINUTES_LIMIT, guideReadingMinutes } from '../../src/lib/reading-time';
import { readGuides } from '../../src/integrations/guide-check';

describe('on this page', () => {
  test.each([
    // h2 headings with ids are listed with their text, markup removed
    ['<h2 id="a">First <em>one</em></h2>\n<h3 id="b">Sub</h3>\n<h2 id="c">Second</h2>', ['a:First one', 'c:Second']],
    // a guide without sections lists nothing
    ['Just text.', []],
  ])('%j lists %j', (body, expected) => {
    expect(guideSections(body).map((s) => `${s.id}:${s.text}`)).toEqual(expected);
  });
});

describe('previous and next guide', () => {
  test.each([
    // the first guide has only a next one
    ['a', { previous: undefined, next: 'b' }],
    // a middle guide has both
    ['b', { previous: 'a', next: 'c' }],
    // the last guide has only a previous one
    ['c', { previous: 'b', next: undefined }],
    // an unknown guide has neither
    ['z', {}],
  ])('%s has %j', (current, expected) => {
    expect(neighbours(['a', 'b', 'c'], current)).toEqual(expected);
  });
});

describe('reading time', () => {
  // Counted over everything a reader sees: title, summary, takeaways and body, as the pages label it.
  test.each(['en', 'nl'])(
    `every %s guide reads in ${GUIDE_MINUTES_LIMIT} minutes or less, all of them in ${ALL_GUIDES_MINUTES_LIMIT} or less`,
    (lang) => {
      const minutes = readGuides('.', lang).map((guide) => [guide.file, guideReadingMinutes(guide)] as const);
      expect(minutes.filter(([, m]) => m > GUIDE_MINUTES_LIMIT)).toEqual([]);
      expect(minutes.reduce((sum, [, m]) => sum + m, 0)).toBeLessThanOrEqual(ALL_GUIDES_MINUTES_LIMIT);
    },
  );
});

describe('every mention of the readiness check is a link to it', () => {
  const mention = { en: /readiness check/gi, nl: /\bde check\b/gi };
  test.each(['en', 'nl'] as const)('%s guides link every mention', (lang) => {
    const unlinked = readGuides('.', lang).flatMap((guide) => {
      const withoutLinks = guide.body.replace(/\[[^\]]*\]\(\.\.\/\.\.\/questionnaire\/\)/g, '');
      return (withoutLinks.match(mention[lang]) ?? []).map((text) => `${guide.file}: "${text}"`);
    });
    expect(unlinked).toEqual([]);
  });
});
