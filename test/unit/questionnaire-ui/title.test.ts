import { describe, expect, test } from 'vitest';
import { documentTitle } from '../../../src/lib/questionnaire-ui/title';

describe('documentTitle', () => {
  test.each([
    // the start screen keeps the page's own title
    [{ pageTitle: 'Readiness check | MentorFit' }, 'Readiness check | MentorFit'],
    // a question leads with its step, as the W3C multi-page form tutorial advises
    [
      { pageTitle: 'Readiness check | MentorFit', screenHeading: 'Step 4 of 17: Who backs it?' },
      'Step 4 of 17: Who backs it? – Readiness check | MentorFit',
    ],
    // an error puts "Error:" first
    [
      { pageTitle: 'Readiness check | MentorFit', screenHeading: 'Step 4 of 17: Who backs it?', errorPrefix: 'Error:' },
      'Error: Step 4 of 17: Who backs it? – Readiness check | MentorFit',
    ],
  ])('%j gives %j', (options, expected) => {
    expect(documentTitle(options)).toBe(expected);
  });
});
