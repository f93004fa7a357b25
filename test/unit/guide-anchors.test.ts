import { describe, expect, test } from 'vitest';
import { GUIDE_ANCHORS, readGuideAnchors } from '../../src/data/guide-anchors';

describe('reading the linkable guide sections', () => {
  const anchors = readGuideAnchors('test/fixtures/guide-anchors');

  test('a level 2 to 4 heading id present in both languages is linkable; one-sided and other ids are not', () => {
    expect(anchors['translated']).toEqual(['in-both', 'deep']);
  });

  test('a guide without its Dutch file is listed with nothing to link to', () => {
    expect(anchors['untranslated']).toEqual([]);
  });

  test('the guides are listed from the English folder', () => {
    expect(Object.keys(anchors)).toEqual(['translated', 'untranslated']);
  });
});

describe('content check: the guide sections the questionnaire links to', () => {
  test.each([
    ['when-it-works-and-fails', 'protected-time'],
    ['when-it-works-and-fails', 'support-from-the-top'],
    ['formats-and-pilots', 'small-groups'],
    ['mentoring-types-compared', 'comparison'],
    ['benefits', 'for-the-senior'],
    ['faq', 'how-long'],
  ])('%s has the section #%s in both languages', (guide, section) => {
    expect(GUIDE_ANCHORS[guide]).toContain(section);
  });

  test('every guide is listed, with the ids it has in both languages', () => {
    // FAQ answers have ids in both languages; the guide list itself is read from the English folder.
    expect(Object.keys(GUIDE_ANCHORS)).toContain('faq');
    expect(GUIDE_ANCHORS['faq']).toContain('how-long');
    expect(GUIDE_ANCHORS['making-the-case']).toContain('hours');
  });
});
