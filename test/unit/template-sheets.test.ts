// The pure rules behind the templates pages: agenda clock times, the printed footers, and how the
// index and the pilot kit order and group the sheets.
import { describe, expect, test } from 'vitest';
import { formatOffset, timeAgenda } from '../../src/lib/templates/agenda-times';
import { cssString, pageNumberContent, printFooterCss, sheetPageName } from '../../src/lib/templates/print-footer';
import { sheetAddress } from '../../src/lib/templates/sheet-address';
import {
  kitSheets,
  nextKitSheet,
  pilotSheetsByMoment,
  sheetsForAll,
  sheetsOnlyFor,
  type SheetPlacement,
} from '../../src/lib/templates/template-groups';

describe('agenda times', () => {
  test.each([
    // the start of a session
    [0, '0:00'],
    // minutes below ten get a leading zero
    [5, '0:05'],
    [59, '0:59'],
    // a full hour rolls over
    [60, '1:00'],
    [95, '1:35'],
  ])('%i minutes in reads %s', (minutes, expected) => {
    expect(formatOffset(minutes)).toBe(expected);
  });

  test('each step starts where the one before it ended', () => {
    const timed = timeAgenda([{ minutes: 10 }, { minutes: 25 }, { minutes: 30 }]);
    expect(timed.map((step) => `${step.start}-${step.end}`)).toEqual(['0:00-0:10', '0:10-0:35', '0:35-1:05']);
  });
});

describe('printed footers', () => {
  test.each([
    // plain text is quoted
    ['Pilot kickoff', '"Pilot kickoff"'],
    // a double quote inside would end the CSS string
    ['The "why" talk', '"The \\"why\\" talk"'],
    // a backslash would start an escape
    ['a\\b', '"a\\\\b"'],
    // Dutch apostrophes need nothing
    ["Duo's", '"Duo\'s"'],
  ])('%s becomes the CSS string %s', (text, expected) => {
    expect(cssString(text)).toBe(expected);
  });

  test.each([
    ['Page {page} of {pages}', '"Page " counter(page) " of " counter(pages)'],
    ['Pagina {page}', '"Pagina " counter(page)'],
    // a pattern that starts with the number has no empty string in front
    ['{page}/{pages}', 'counter(page) "/" counter(pages)'],
  ])('the page number pattern %s becomes %s', (pattern, expected) => {
    expect(pageNumberContent(pattern)).toBe(expected);
  });

  test('each sheet gets a named page with its own footer text and page number', () => {
    const css = printFooterCss([
      { slug: 'kickoff', text: 'Pilot kickoff · mentorfit.org/templates/kickoff/', pageNumber: 'Page {page}' },
      {
        slug: 'agreement',
        text: 'Mentoring agreement · mentorfit.org/templates/agreement/',
        pageNumber: 'Page {page}',
      },
    ]);
    expect(css).toContain('[data-sheet="kickoff"] { page: sheet-kickoff; }');
    expect(css).toContain('[data-sheet="agreement"] { page: sheet-agreement; }');
    expect(css).toMatch(
      /@page sheet-kickoff \{\n {2}@bottom-left \{ content: "Pilot kickoff · mentorfit\.org\/templates\/kickoff\/";/,
    );
    expect(css).toMatch(/@page sheet-agreement \{\n {2}@bottom-left \{ content: "Mentoring agreement/);
    expect(css).toContain('@bottom-right { content: "Page " counter(page);');
  });

  test.each(['Kickoff', 'kick off', 'kickoff"]{', ''])('the slug %j is refused as a page name', (slug) => {
    expect(() => sheetPageName(slug)).toThrow(/kebab-case/);
  });

  test.each([
    // the production site at the root
    ['https://mentorfit.org', '/nl/templates/kickoff/', 'mentorfit.org/nl/templates/kickoff/'],
    // a sub-path deployment keeps its base in the path
    ['https://example.github.io', '/mentorfit/templates/kit/', 'example.github.io/mentorfit/templates/kit/'],
  ])('on %s the footer address of %s is %s', (site, path, expected) => {
    expect(sheetAddress(new URL(site), path)).toBe(expected);
  });
});

describe('grouping the sheets', () => {
  const sheet = (
    slug: string,
    order: number,
    moment: SheetPlacement['moment'],
    programme: SheetPlacement['programme'],
    inKit: boolean,
  ): SheetPlacement => ({
    slug,
    order,
    moment,
    programme,
    inKit,
  });
  // Deliberately out of order, as the collection may return them.
  const sheets = [
    sheet('closing', 8, 'after', 'all', true),
    sheet('buddy', 9, 'during', 'buddy', false),
    sheet('monthly', 4, 'during', 'reverse', true),
    sheet('kickoff', 1, 'before', 'all', true),
    sheet('plan', 10, 'during', 'traditional', false),
    sheet('extra', 5, 'during', 'reverse', false),
  ];
  const slugs = (list: SheetPlacement[]): string[] => list.map((s) => s.slug);

  test('the kit holds only kit sheets, in the order they are used', () => {
    expect(slugs(kitSheets(sheets))).toEqual(['kickoff', 'monthly', 'closing']);
  });

  test('the pilot section groups reverse and shared sheets by moment, leaving out buddy and traditional ones', () => {
    expect(pilotSheetsByMoment(sheets).map(({ moment, sheets: group }) => [moment, slugs(group)])).toEqual([
      ['before', ['kickoff']],
      ['during', ['monthly', 'extra']],
      ['after', ['closing']],
    ]);
  });

  test.each([
    ['buddy', ['buddy']],
    ['traditional', ['plan']],
    ['reverse', ['monthly', 'extra']],
  ] as const)('the %s section lists only its own sheets', (programme, expected) => {
    expect(slugs(sheetsOnlyFor(programme, sheets))).toEqual(expected);
  });

  test('sheets for every programme are offered to each programme as well', () => {
    expect(slugs(sheetsForAll(sheets))).toEqual(['kickoff', 'closing']);
  });

  test.each([
    // the next kit sheet skips sheets outside the kit
    ['kickoff', 'monthly'],
    ['monthly', 'closing'],
    // the last sheet has no next one
    ['closing', undefined],
    // a sheet outside the kit has no next kit sheet
    ['buddy', undefined],
  ])('after %s the kit continues with %s', (slug, expected) => {
    expect(nextKitSheet(slug, sheets)?.slug).toBe(expected);
  });
});
