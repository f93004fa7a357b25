// Site-wide behaviour that one page shows for all: a guide's wide table, the 404 pages, a printed
// guide; and that the axe-core check the other files rely on does find a fault. Every page's own checks (errors, CSP, axe, language switch, phone width) are in pages.test.ts.
import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { noBrowser } from './support/chromium.ts';
import { browserSuite, expectText, WAIT } from './support/harness.ts';
import { pdfPages, printToPdf } from './support/pdf.ts';

describe.skipIf(noBrowser)('the built site', () => {
  const suite = browserSuite();

  test.each(['', 'nl/'])(
    'the comparison table at /%sguides/mentoring-types-compared/ has its five rows',
    async (prefix) => {
      const page = await suite.open(`${prefix}guides/mentoring-types-compared/`);
      const table = page.getByRole('table');
      await expect.poll(() => table.getByRole('row').count(), { timeout: WAIT }).toBe(6);
      await expect.poll(() => table.getByRole('columnheader').count(), { timeout: WAIT }).toBe(4);
    },
  );

  test('an unknown address shows the 404 page with status 404 in both languages', async () => {
    const page = await (await suite.newContext()).newPage();
    const english = await page.goto(`${suite.url}no-such-page/`);
    expect(english?.status()).toBe(404);
    await expectText(page.getByRole('heading', { level: 1 }), 'Page not found');
    const dutch = await page.goto(`${suite.url}nl/geen-pagina/`);
    expect(dutch?.status()).toBe(404);
    await expectText(page.getByRole('heading', { level: 1 }), 'Pagina niet gevonden');
  });

  test.each([
    [
      '',
      'Buddy, traditional and reverse mentoring compared',
      ['Readiness check', 'Templates', 'Nederlands', 'Next step', 'All guides'],
    ],
    [
      'nl/',
      'Buddy, traditioneel en reverse mentoring vergeleken',
      ['Werkbladen', 'English', 'Volgende stap', 'Alle gidsen'],
    ],
  ])(
    '/%sguides/mentoring-types-compared/ prints its text and sources without the site around it',
    async (prefix, title, chrome) => {
      const page = await (await suite.newContext()).newPage();
      const file = await printToPdf(
        page,
        `${suite.url}${prefix}guides/mentoring-types-compared/`,
        `guide-${prefix || 'en'}`,
      );
      const text = pdfPages(file).join(' ');
      expect(text).toContain(title);
      expect(text).toMatch(/Sources|Bronnen/);
      for (const words of chrome) expect(text, `"${words}" on paper`).not.toContain(words);
    },
  );

  test('the accessibility check finds a fault that appears in a later state of the same page', async () => {
    const page = await suite.open('privacy/');
    expect(await axeViolations(page)).toEqual([]);
    // An image without a text alternative, added as a script might add it after the first check.
    await page.evaluate(() => document.querySelector('main')?.append(Object.assign(new Image(), { src: 'data:,' })));
    expect((await axeViolations(page)).map((violation) => violation.id)).toContain('image-alt');
  });
});
