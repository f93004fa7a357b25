// Every page of the production build, opened once in Chromium: it loads without console errors,
// failed requests or requests to another origin, reports no Content-Security-Policy violation,
// ships no script when it is a page to read, has no axe-core violation, links its counterpart in the
// other language, and fits a 320 px phone without scrolling sideways. What needs no browser (the policy
// in the HTML, valid HTML, links) is checked from disk in test/site.
import { describe, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { noBrowser } from './support/chromium.ts';
import { browserSuite, dist, WAIT } from './support/harness.ts';
import { pageProblems } from './support/page-checks.ts';
import { openAndRecord } from './support/site.ts';
import { builtPages, isNotFound, scriptFree } from '../site/built-pages.ts';

const pages = builtPages(dist);

/** The same page in the other language. */
const counterpart = (path: string): string => (path.startsWith('nl/') ? path.slice(3) : `nl/${path}`);

describe.skipIf(noBrowser)('every page of the built site', () => {
  const suite = browserSuite();

  // Four pages at a time (maxConcurrency in vitest.config.ts): while one loads, the others are checked.
  test.concurrent.for(pages)('%s', async (path, { expect, onTestFinished }) => {
    const page = await suite.tab({ finished: onTestFinished });
    const report = await openAndRecord(page, suite.url + path, scriptFree(path) ? 'load' : 'networkidle');
    expect(report.status, 'status').toBe(200);
    expect(report.consoleErrors, 'console errors').toEqual([]);
    expect(report.failedRequests, 'failed requests').toEqual([]);
    expect(report.offsiteRequests, 'requests to other origins').toEqual([]);
    if (scriptFree(path)) expect(report.scripts, 'scripts on a page that must ship none').toEqual([]);
    expect(await pageProblems(page), 'CSP violations and script errors').toEqual([]);
    expect(await axeViolations(page), 'axe').toEqual([]);

    if (!isNotFound(path)) {
      const lang = path.startsWith('nl/') ? 'nl' : 'en';
      // (The test's own expect: a concurrent test cannot use the global one's poll.)
      await expect.poll(() => page.getAttribute('html', 'lang'), { timeout: WAIT }).toBe(lang);
      const name = lang === 'en' ? 'Lees deze pagina in het Nederlands' : 'Read this page in English';
      const href = await page.getByRole('link', { name }).getAttribute('href');
      // The questionnaire may add its share code after '#'; the page itself must be the counterpart.
      const target = new URL(href ?? '', suite.url + path).href.split('#')[0];
      expect(target, 'the language switch').toBe(suite.url + counterpart(path));
      expect(pages, 'the other language has the page').toContain(counterpart(path));
    }

    // The narrowest phone in use: the page as it loaded, without scrolling sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
        timeout: WAIT,
        message: 'page width at a 320 px viewport',
      })
      .toBeLessThanOrEqual(320);
  });
});
