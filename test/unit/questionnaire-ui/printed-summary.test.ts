import { describe, expect, it } from 'vitest';
import { printedReasons } from '../../../src/lib/questionnaire-ui/printed-summary';

describe('printedReasons', () => {
  it.each([
    // No reasons: nothing to shorten.
    [
      { holding: 0, milder: 0 },
      { explainsHolding: true, printsChange: true, namesMilder: true },
    ],
    // Four holding and three milder reasons still fit the page in full.
    [
      { holding: 4, milder: 3 },
      { explainsHolding: true, printsChange: true, namesMilder: true },
    ],
    // A fifth holding reason: the holding ones by name only, and no change on paper.
    [
      { holding: 5, milder: 0 },
      { explainsHolding: false, printsChange: false, namesMilder: true },
    ],
    // A fourth milder reason: the milder ones as a count.
    [
      { holding: 1, milder: 4 },
      { explainsHolding: true, printsChange: true, namesMilder: false },
    ],
  ])('%j prints %j', (count, expected) => {
    expect(printedReasons(count)).toEqual(expected);
  });
});
