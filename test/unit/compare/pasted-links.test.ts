import { describe, expect, it } from 'vitest';
import { splitPastedLinks } from '../../../src/lib/compare/pasted-links';

const A = 'https://mentorfit.org/questionnaire/#a=2311111111111111111a';
const B = 'https://mentorfit.org/nl/questionnaire/#a=2322222222222222222b';

describe('links pasted at once', () => {
  it.each([
    // one link, as before
    [A, [A]],
    // two links on two lines, as copied from an e-mail
    [`${A}\n${B}`, [A, B]],
    // separated by a comma, a semicolon or spaces
    [`${A}, ${B}`, [A, B]],
    [`${A};${B}`, [A, B]],
    // run together without a separator
    [`${A}${B}`, [A, B]],
    // with the words around them in a message, in angle brackets, or ending a sentence
    [`Sponsor: <${A}>\nHR: ${B}.`, [A, B]],
    // bare codes
    ['2311111111111111111a 2322222222222222222b', ['2311111111111111111a', '2322222222222222222b']],
    // a link without its scheme
    ['mentorfit.org/questionnaire/#a=2311111111111111111a', ['mentorfit.org/questionnaire/#a=2311111111111111111a']],
  ])('%j is read as %j', (text, links) => {
    expect(splitPastedLinks(text)).toEqual(links);
  });

  it('keeps a text without anything like a link whole, so it is refused with its own reason', () => {
    expect(splitPastedLinks('  our team results  ')).toEqual(['our team results']);
    expect(splitPastedLinks('')).toEqual(['']);
  });
});
