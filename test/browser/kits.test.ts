// The kits per format, as a facilitator prints them: the copies page first, then only the sheets
// the format's plan uses, in plan order, each on new pages; opened from the planner, the copies
// are counted for that plan's size. Print buttons print and never reach paper. Every kit page is
// checked with axe and for Content-Security-Policy violations.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { loadPilotRhythm } from '../../src/data/load-pilot-rhythm';
import { kitCopies } from '../../src/lib/planner/kit';
import { PLANNED_FORMATS } from '../../src/lib/planner/types';
import { axeViolations } from './support/axe.ts';
import { noBrowser } from './support/chromium.ts';
import { browserSuite, expectCount, expectHidden, expectText, expectVisible, WAIT } from './support/harness.ts';
import { pdfPages, printToPdf, squash } from './support/pdf.ts';
import { countPrints, pageProblems } from './support/page-checks.ts';

const rhythm = loadPilotRhythm();
const LANGS = [
  { lang: 'en', prefix: '', ui: en },
  { lang: 'nl', prefix: 'nl/', ui: nl },
] as const;
const kits = LANGS.flatMap((l) => PLANNED_FORMATS.map((format) => ({ ...l, format })));
// Every kit page, the foundations kit (which has no plan) included.
const allKits = LANGS.flatMap((l) => [...PLANNED_FORMATS, 'foundations'].map((format) => ({ ...l, format })));

describe.skipIf(noBrowser)('the pilot kits', () => {
  const suite = browserSuite();
  // One tab prints every kit in turn (the suite's beforeAll, registered first, has started the browser).
  let page: Page;
  beforeAll(async () => {
    page = await (await suite.newContext()).newPage();
  });

  test.each(kits)(
    'the $lang $format kit prints the copies page, then only its sheets in plan order, each on new pages',
    async ({ prefix, format, ui }) => {
      const file = await printToPdf(page, `${suite.url}${prefix}templates/kit/${format}/`, `${prefix}kit-${format}`);
      const text = pdfPages(file);
      const sheets = kitCopies(format, rhythm).map((row) => row.sheet);
      const titles = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('article[data-sheet]')].map((article) => [
            article.getAttribute('data-sheet') ?? '',
            article.querySelector('h2')?.textContent ?? '',
          ]),
        ),
      );
      // Page 1: the copies, with every sheet named, and no sheet's own footer.
      expect(text[0]).toContain(squash(ui['kit.copiesHeading']));
      // Long titles wrap in the table, and pdftotext may set the numbers between their lines: look for each word.
      for (const sheet of sheets)
        for (const word of squash(titles[sheet] ?? sheet).split(' ')) expect(text[0], sheet).toContain(word);
      expect(text[0]).toContain(`templates/kit/${format}/`);
      // Then each page's footer names the one sheet it belongs to, in the plan's order.
      const owners = text.slice(1).map((pageText) => sheets.filter((slug) => pageText.includes(`templates/${slug}/`)));
      expect(
        owners.every((names) => names.length === 1),
        'one sheet per page',
      ).toBe(true);
      const order = owners.flat().filter((slug, index, all) => all[index - 1] !== slug);
      expect(order).toEqual(sheets);
      for (const slug of sheets) {
        const first = owners.findIndex(([name]) => name === slug);
        expect(text[first + 1], `${slug} starts its own page`).toContain(squash(titles[slug] ?? slug));
      }
      // The screen's lead, print button and planner link stay off paper.
      expect(text.join(' ')).not.toContain(squash(ui['kit.planLink']));
    },
  );

  test.each(allKits)(
    'the $lang $format kit fits a 320 and a 375 px phone without sideways scrolling',
    async ({ prefix, format }) => {
      const tab = await suite.tab();
      for (const width of [320, 375]) {
        await tab.setViewportSize({ width, height: 800 });
        await tab.goto(`${suite.url}${prefix}templates/kit/${format}/`);
        await expect
          .poll(() => tab.evaluate(() => document.documentElement.scrollWidth), { timeout: WAIT })
          .toBe(width);
        // Nothing sticks out either: wide tables scroll in their own box (a sheet's table, as on a single sheet).
        const outside = await tab.evaluate(
          (limit) =>
            [...document.body.querySelectorAll('*')]
              .filter((element) => !element.closest('[tabindex="0"]'))
              .filter((element) => element.getBoundingClientRect().right > limit + 1)
              .map((element) => element.outerHTML.slice(0, 80)),
          width,
        );
        expect(outside, `${width} px`).toEqual([]);
      }
    },
  );

  test.each(LANGS.flatMap((l) => ['traditional', 'foundations'].map((format) => ({ ...l, format }))))(
    '$lang: the $format copies page gives the pages of each sheet, as they print',
    async ({ prefix, format }) => {
      const file = await printToPdf(
        page,
        `${suite.url}${prefix}templates/kit/${format}/`,
        `${prefix}kit-pages-${format}`,
      );
      const text = pdfPages(file);
      const ranges = await page.evaluate(() =>
        [...document.querySelectorAll('[data-kit-row]')].map((row) => [
          row.getAttribute('data-kit-row') ?? '',
          row.querySelector('td')?.textContent ?? '',
        ]),
      );
      expect(ranges.length).toBeGreaterThan(3);
      let next = 2;
      for (const [sheet, range] of ranges) {
        const [first, last] = (range ?? '').split('–').map(Number);
        expect(first, sheet).toBe(next);
        // The sheet's footer is on its first and last page, and not on the page before.
        expect(text[(first ?? 0) - 1], sheet).toContain(`templates/${sheet}/`);
        expect(text[(last ?? first ?? 0) - 1], sheet).toContain(`templates/${sheet}/`);
        expect(text[(first ?? 0) - 2], sheet).not.toContain(`templates/${sheet}/`);
        next = (last ?? first ?? 0) + 1;
      }
      expect(next - 1).toBe(text.length);
    },
  );

  test.each(LANGS)(
    "$lang: a kit opened from a dated plan carries the plan's dates, on paper too",
    async ({ prefix, lang }) => {
      // Fridays from 14 December 2026: the first session moves off Christmas Day (and Boxing Day's Monday in England).
      const plan = `format=reverse-pairs&pairs=3&months=3&rhythm=fortnightly&weekday=fri&start=2026-12-14&holidays=${lang === 'en' ? 'england-wales' : 'nl'}`;
      const plain = pdfPages(
        await printToPdf(page, `${suite.url}${prefix}templates/kit/reverse-pairs/`, `${prefix}kit-plain`),
      );
      const file = await printToPdf(
        page,
        `${suite.url}${prefix}templates/kit/reverse-pairs/#${plan}`,
        `${prefix}kit-dated`,
      );
      const text = pdfPages(file);
      // The dates add no page.
      expect(text.length).toBe(plain.length);
      const firstSession = lang === 'en' ? '29 Dec 2026' : '28 dec 2026';
      const kickoff = lang === 'en' ? '14 Dec 2026' : '14 dec 2026';
      // The kicker line is set in capitals.
      const all = text.join(' ').toLowerCase();
      expect(all).toContain(firstSession.toLowerCase());
      expect(all).toContain(kickoff.toLowerCase());
      const log = page.locator('[data-sheet="attendance-log"] [data-plan-date]');
      await expect.poll(() => log.first().textContent(), { timeout: 10_000 }).toBe(lang === 'en' ? '29 Dec' : '28 dec');
      await expect.poll(() => log.nth(5).textContent({ timeout: WAIT }), { timeout: WAIT }).not.toBe('');
      await expectText(log.nth(6), '');
      // Without a date in the link, nothing is dated.
      await page.goto(`${suite.url}${prefix}templates/kit/reverse-pairs/#format=reverse-pairs&pairs=3`);
      await expect.poll(() => log.first().textContent(), { timeout: 10_000 }).toBe('');
    },
  );

  test.each(LANGS)('$lang: a kit opened from the planner counts the copies for that plan', async ({ prefix, ui }) => {
    const plan = 'format=reverse-pairs&pairs=3&months=3&rhythm=fortnightly&weekday=tue&start=2027-03-02';
    const file = await printToPdf(
      page,
      `${suite.url}${prefix}templates/kit/reverse-pairs/#${plan}`,
      `${prefix}kit-from-planner`,
    );
    const forSize = ui['kit.copiesForSize'].replace('{count}', '3').replace('{units}', ui['pilot.units.pair']);
    expect(pdfPages(file)[0]).toContain(squash(forSize));
    const cell = (sheet: string) => page.locator(`[data-kit-row="${sheet}"] td[data-kit-total]`);
    await expectText(cell('monthly-session'), '15');
    await expectText(cell('kickoff'), '1');
    await expectText(cell('attendance-log'), '3');
    // The result page's short link, format and size only, counts with the format's own rhythm.
    await page.goto(`${suite.url}${prefix}templates/kit/reverse-groups/#format=reverse-groups&groups=2`);
    await expectText(cell('group-session'), '6');
    await expectText(cell('lunch-and-learn'), '3');
    // A plan for another format, or a broken one, leaves the table for any size.
    await page.goto(`${suite.url}${prefix}templates/kit/reverse-pairs/#format=buddy&pairs=3&start=2027-03-02`);
    await expectHidden(page.locator('td[data-kit-total]').first());
    await expectVisible(page.getByText(ui['kit.copiesHint'].split('{')[0] ?? '').first());
  });

  test.each([
    ...LANGS.map(({ prefix, ui }) => ({ path: `${prefix}templates/kickoff/`, ui })),
    ...LANGS.map(({ prefix, ui }) => ({ path: `${prefix}templates/attendance-log/`, ui })),
    ...LANGS.map(({ prefix, ui }) => ({ path: `${prefix}templates/kit/reverse-groups/`, ui })),
  ])('the print button on $path prints, and is not on paper', async ({ path, ui }) => {
    const tab = await suite.open(path);
    const prints = await countPrints(tab);
    const button = tab.getByRole('button', { name: ui['print.button'], exact: true });
    await button.click();
    await expect.poll(prints, { timeout: WAIT }).toBe(1);
    await tab.emulateMedia({ media: 'print' });
    await expectHidden(button);
    expect(await pageProblems(tab)).toEqual([]);
  });

  test('without JavaScript a sheet shows no print button that would do nothing', async () => {
    const tab = await suite.open('templates/kickoff/', { javaScriptEnabled: false });
    await expectVisible(tab.getByRole('heading', { level: 1 }));
    await expectCount(tab.getByRole('button', { name: en['print.button'] }), 0);
  });

  // Each kit page itself is checked in pages.test.ts; a plan in the address fills its copies table.
  const screens = LANGS.map(
    ({ prefix }) =>
      `${prefix}templates/kit/traditional/#format=traditional&pairs=4&months=6&rhythm=monthly&weekday=fri&start=2027-01-29`,
  );

  test.each(screens)('%s has no axe violations and no CSP violation', async (path) => {
    const tab = await suite.open(path);
    expect(await axeViolations(tab)).toEqual([]);
    expect(await pageProblems(tab)).toEqual([]);
  });
});
