// Site-wide behaviour that one page shows for all: a guide's wide table, the 404 pages, a printed
// guide; and that what the other files rely on works: the axe-core check finds a fault, and a tab
// from the harness's pool starts as a new one. Every page's own checks (errors, CSP, axe, language switch, phone width) are in pages.test.ts.
import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { noBrowser } from './support/chromium.ts';
import { browserSuite, expectInPage, expectText, WAIT } from './support/harness.ts';
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
    const page = await suite.tab();
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
      const page = await suite.tab();
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

  test('a tab lent again after a test starts as a new one: no storage, listeners or routes, screen media, desktop size', async () => {
    let giveBack = (): void => undefined;
    const used = await suite.open('privacy/', {
      viewport: { width: 320, height: 600 },
      finished: (done) => void (giveBack = done as () => void),
    });
    await used.evaluate(() => {
      localStorage.setItem('mentorfit:left-over', '1');
      sessionStorage.setItem('mentorfit:left-over', '1');
    });
    await used.emulateMedia({ media: 'print' });
    const heard: string[] = [];
    used.on('console', (message) => heard.push(message.text()));
    await used.route('**/*.css', (route) => route.abort());
    giveBack();

    const page = await suite.open('privacy/');
    expect(page, 'the same tab, from the pool').toBe(used);
    await expectInPage(page, () => [localStorage.length, sessionStorage.length], [0, 0]);
    await expectInPage(page, () => matchMedia('screen').matches, true);
    await expectInPage(page, () => window.innerWidth, 1280);
    // The style sheets load again, and what the page logs reaches no listener of the last test.
    await expectInPage(page, () => getComputedStyle(document.body).margin, '0px');
    await page.evaluate(() => console.log('after'));
    expect(heard).toEqual([]);
  });
});
