import { describe, expect, test } from 'vitest';
import { GUIDE_ANCHORS } from '../../src/data/guide-anchors';

describe('linkable guide sections', () => {
  test.each([
    // sections the questionnaire's improve links rely on
    ['when-it-works-and-fails', 'protected-time'],
    ['when-it-works-and-fails', 'support-from-the-top'],
    ['formats-and-pilots', 'small-groups'],
    ['mentoring-types-compared', 'comparison'],
    ['benefits', 'for-the-senior'],
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
