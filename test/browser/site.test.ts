import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium, noBrowser } from './support/chromium.ts';
import { serveStatic, type StaticSite } from './support/static-server.ts';
import { builtPages, openAndRecord } from './support/site.ts';
import { axeViolations } from './support/axe.ts';
import { pdfPages, printToPdf } from './support/pdf.ts';

const pages = builtPages('dist');
// Pages that are read, not used: they must work without any JavaScript.
const scriptFree = (path: string): boolean =>
  !/(questionnaire|questionnaire\/compare|privacy|planner|matching|templates\/kit\/[a-z-]+)\/$/.test(path);

describe.skipIf(noBrowser)('every page of the built site', () => {
  let site: StaticSite;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    site = await serveStatic(`${process.cwd()}/dist`);
    browser = await launchChromium();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await site?.close();
  });

  test('the build has every page in both languages', () => {
    const notFound = (p: string): boolean => /^(nl\/)?404(\.html|\/)$/.test(p);
    const english = pages.filter((p) => !p.startsWith('nl/') && !notFound(p));
    const dutch = pages.filter((p) => p.startsWith('nl/') && !notFound(p)).map((p) => p.slice(3));
    expect(english.length).toBeGreaterThanOrEqual(12);
    expect(dutch).toEqual(english);
    expect(pages.filter(notFound)).toHaveLength(2);
  });

  test.each(pages)('%s loads cleanly, stays on this origin and has no axe violations', async (path) => {
    const { page, report } = await openAndRecord(context, site.url + path);
    expect(report.consoleErrors, 'console errors').toEqual([]);
    expect(report.failedRequests, 'failed requests').toEqual([]);
    expect(report.offsiteRequests, 'requests to other origins').toEqual([]);
    if (scriptFree(path)) expect(report.scripts, 'scripts on a page that must ship none').toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test.each(pages.filter((p) => !/404/.test(p)))(
    'the language switch on %s leads to the same page in the other language',
    async (path) => {
      const page = await context.newPage();
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      const fromLang = await page.getAttribute('html', 'lang');
      const switchLink = page.getByRole('link', {
        name: fromLang === 'en' ? 'Lees deze pagina in het Nederlands' : 'Read this page in English',
      });
      const expected = site.url + (fromLang === 'en' ? `nl/${path}` : path.replace(/^nl\//, ''));
      // The questionnaire may add its share code after '#'; the page itself must be the counterpart.
      await switchLink.click();
      await page.waitForURL((url) => url.href.split('#')[0] === expected);
      expect(await page.getAttribute('html', 'lang')).toBe(fromLang === 'en' ? 'nl' : 'en');
      expect((await context.request.get(expected)).status()).toBe(200);
      await page.close();
    },
  );

  test.each(['', 'nl/'])(
    'the comparison table at /%sguides/mentoring-types-compared/ has its five rows',
    async (prefix) => {
      const page = await context.newPage();
      await page.goto(`${site.url}${prefix}guides/mentoring-types-compared/`);
      const table = page.getByRole('table');
      await expect(table.locator('tbody tr').count()).resolves.toBe(5);
      await expect(table.locator('thead th').count()).resolves.toBe(4);
      await page.close();
    },
  );

  test('an unknown address shows the 404 page with status 404 in both languages', async () => {
    const page = await context.newPage();
    const english = await page.goto(`${site.url}no-such-page/`);
    expect(english?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    const dutch = await page.goto(`${site.url}nl/geen-pagina/`);
    expect(dutch?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Pagina niet gevonden');
    await page.close();
  });
});

describe.skipIf(noBrowser)('a printed guide', () => {
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await serveStatic(`${process.cwd()}/dist`);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
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
      const page = await browser.newPage();
      const file = await printToPdf(
        page,
        `${site.url}${prefix}guides/mentoring-types-compared/`,
        `guide-${prefix || 'en'}`,
      );
      const text = pdfPages(file).join(' ');
      expect(text).toContain(title);
      expect(text).toMatch(/Sources|Bronnen/);
      for (const words of chrome) expect(text, `"${words}" on paper`).not.toContain(words);
      await page.close();
    },
  );
});
