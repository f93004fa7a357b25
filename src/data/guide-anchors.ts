// The guide sections that questionnaire and template content may link to, by guide slug.
// A later test checks that each of these ids exists as a heading anchor in the built guides.

/** Known guide slugs with the section ids inside each guide. */
export const GUIDE_ANCHORS = {
  'when-it-works-and-fails': [
    'equality',
    'confidentiality',
    'no-reporting-line',
    'matching',
    'support-from-the-top',
    'clear-goals',
    'preparing-both-sides',
    'senior-resistance',
    'window-dressing',
    'wrong-expectations',
    'protected-time',
  ],
  'formats-and-pilots': [
    'one-to-one',
    'small-groups',
    'lunch-and-learn',
    'pilot-length',
    'rhythm',
    'remote-and-hybrid',
    'matching-pairs',
    'monitoring',
  ],
  'mentoring-types-compared': ['comparison', 'choose-buddy', 'choose-traditional', 'choose-reverse'],
  benefits: ['for-the-organisation', 'for-the-senior', 'for-the-junior'],
} as const satisfies GuideAnchors;

/** Guide slug to the section ids that may be linked to. */
export type GuideAnchors = Readonly<Record<string, readonly string[]>>;
