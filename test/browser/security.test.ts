// Security and privacy in the browser: the Content-Security-Policy blocks what an attacker would inject,
// and the privacy page's delete button deletes. Every page's own CSP report is read by pages.test.ts,
// the policy in the HTML by test/site/html.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { STORAGE_KEY } from '../../src/lib/questionnaire-ui/saved-progress.ts';
import { noBrowser } from './support/chromium.ts';
import { browserSuite, expectCount, expectVisible, WAIT } from './support/harness.ts';

/** Collects the CSP violations a page reports, from before its first byte of HTML. */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') +
      ' at ' + event.sourceFile + ':' + event.lineNumber);
  });
`;

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

describe.skipIf(noBrowser)('security and privacy in the browser', () => {
  const suite = browserSuite();

  test.each(['', 'nl/guides/faq/', 'questionnaire/', 'privacy/'])(
    'on /%s an injected inline script, inline handler and off-site image are blocked',
    async (path) => {
      const context = await suite.newContext();
      await context.addInitScript({ content: RECORD_VIOLATIONS });
      const page = await suite.open(path, context);
      // An inline script runs as it is added and a handler as it is clicked, so the flags say at once
      // whether they ran; the violation reports arrive as events after, and are waited for.
      const ran = await page.evaluate(() => {
        const flags = window as unknown as { __injectedScript?: boolean; __injectedHandler?: boolean };
        const script = document.createElement('script');
        script.textContent = 'window.__injectedScript = true;';
        document.head.append(script);
        const button = document.createElement('button');
        button.setAttribute('onclick', 'window.__injectedHandler = true');
        document.body.append(button);
        button.click();
        const image = document.createElement('img');
        image.src = 'https://example.org/tracker.png';
        document.body.append(image);
        return { script: flags.__injectedScript === true, handler: flags.__injectedHandler === true };
      });
      expect(ran).toEqual({ script: false, handler: false });
      const kinds = [
        'script-src-elem blocked inline',
        'script-src-attr blocked inline',
        'img-src blocked https://example.org/tracker.png',
      ];
      const counts = async (): Promise<number[]> => {
        const reported = await violations(page);
        return kinds.map((kind) => reported.filter((v) => v.startsWith(kind)).length);
      };
      await expect.poll(counts, { timeout: WAIT }).toEqual([1, 1, 1]);
    },
  );

  const languages = [
    {
      name: '/privacy/',
      prefix: '',
      button: 'Delete my saved answers',
      deleted: 'Your saved answers have been deleted.',
      nothing: 'Nothing was stored in this browser, so there was nothing to delete.',
    },
    {
      name: '/nl/privacy/',
      prefix: 'nl/',
      button: 'Wis mijn bewaarde antwoorden',
      deleted: 'Je bewaarde antwoorden zijn gewist.',
      nothing: 'Er was niets bewaard in deze browser, dus er was niets te wissen.',
    },
  ];

  test.each(languages)('the delete button on $name removes every saved item and says so', async (lang) => {
    const page = await suite.open(`${lang.prefix}privacy/`);
    await page.evaluate((storageKey) => {
      localStorage.setItem(storageKey, '{"schemaVersion":1}');
      localStorage.setItem('mentorfit:something-else', 'x');
      localStorage.setItem('another-site-item', 'kept');
    }, STORAGE_KEY);
    await page.getByRole('button', { name: lang.button }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: WAIT }).toBe(lang.deleted);
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage)), { timeout: WAIT })
      .toEqual(['another-site-item']);

    // Pressed again, there is nothing left to delete, and it says that instead.
    await page.getByRole('button', { name: lang.button }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: WAIT }).toBe(lang.nothing);
  });

  test('answers the readiness check saved are gone after Delete, and the check starts afresh', async () => {
    const page = await suite.open('questionnaire/');
    await page.getByRole('link', { name: en['questionnaire.start'] }).click();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: en['questionnaire.continue'] }).click();
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), { timeout: WAIT })
      .not.toBeNull();

    await page.goto(`${suite.url}privacy/`);
    await expect
      .poll(() => page.locator('code').allTextContents(), { timeout: WAIT, message: 'the statement names the key' })
      .toContain(STORAGE_KEY);
    await page.getByRole('button', { name: 'Delete my saved answers' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: WAIT })
      .toBe('Your saved answers have been deleted.');
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('mentorfit:'))), {
        timeout: WAIT,
      })
      .toEqual([]);

    // Once the island is awake it has read the (now empty) storage: Start, and no Carry on.
    await page.goto(`${suite.url}questionnaire/`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: en['questionnaire.start'] }).waitFor();
    await expectCount(page.getByRole('button', { name: en['questionnaire.resume'] }), 0);
  });

  test('with storage blocked, the delete button says nothing was stored', async () => {
    const context = await suite.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The user denied access to storage.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${suite.url}privacy/`);
    await page.getByRole('button', { name: 'Delete my saved answers' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: WAIT })
      .toBe('This browser does not let websites store anything, so nothing was stored.');
  });

  test('without JavaScript the delete button is not offered', async () => {
    const page = await suite.open('privacy/', { javaScriptEnabled: false });
    await expectVisible(page.getByRole('heading', { level: 1 }));
    await expectCount(page.getByRole('button', { name: 'Delete my saved answers' }), 0);
  });
});
