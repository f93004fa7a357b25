// The shared set-up of every browser test file: one static server over the production build and one
// Chromium per file, fresh browser contexts whose pages record CSP violations and script errors from
// their first byte, and assertions that retry until they hold (vitest's expect.poll) instead of
// reading the page once.
//
//   const suite = browserSuite();
//   test('…', async () => {
//     const page = await suite.open('questionnaire/');
//     await expectText(page.getByRole('heading', { level: 1 }), 'Is your organisation ready?');
//   });
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { recordProblems } from './page-checks.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

/** The production build the tests run against: dist/, or SITE_DIST. */
export const dist = resolve(process.env.SITE_DIST ?? 'dist');

/** How long a retrying assertion waits for the page before it fails. */
export const WAIT = 5000;

/** The browser and site of one test file. */
export interface BrowserSuite {
  /** The site's root address, ending in '/'. */
  readonly url: string;
  readonly browser: Browser;
  /** A fresh browser context (no storage) at desktop width, recording problems; closed after the file. */
  newContext(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
  /** Opens a path of the site (e.g. 'nl/planner/') in a new page of the context (a fresh one by default). */
  open(path: string, context?: BrowserContext): Promise<Page>;
}

/** Starts the server and Chromium before the file's tests and stops them after. */
export function browserSuite(build = dist): BrowserSuite {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    [site, browser] = await Promise.all([serveStatic(build), launchChromium()]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await site?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The browser suite starts in beforeAll; use it inside a test.');
    return value;
  };
  const suite: BrowserSuite = {
    get url() {
      return started(site).url;
    },
    get browser() {
      return started(browser);
    },
    async newContext(options = {}) {
      const context = await started(browser).newContext({ viewport: { width: 1280, height: 900 }, ...options });
      await recordProblems(context);
      contexts.push(context);
      return context;
    },
    async open(path, context) {
      const page = await (context ?? (await suite.newContext())).newPage();
      await page.goto(suite.url + path, { waitUntil: 'networkidle' });
      return page;
    },
  };
  return suite;
}

/** Waits until the element's text is `expected`. */
export async function expectText(locator: Locator, expected: string | RegExp): Promise<void> {
  const read = () => locator.textContent({ timeout: WAIT }).then((text) => text?.trim() ?? '');
  if (typeof expected === 'string') await expect.poll(read, { timeout: WAIT }).toBe(expected);
  else await expect.poll(read, { timeout: WAIT }).toMatch(expected);
}

/** Options for expect.poll: the wait, and the failure message when there is one. */
const pollOptions = (message?: string) => (message === undefined ? { timeout: WAIT } : { timeout: WAIT, message });

/** Waits until the element is visible. */
export async function expectVisible(locator: Locator, message?: string): Promise<void> {
  await expect.poll(() => locator.isVisible(), pollOptions(message)).toBe(true);
}

/** Waits until there is no such element on show. */
export async function expectHidden(locator: Locator): Promise<void> {
  await expect.poll(() => locator.isVisible(), { timeout: WAIT }).toBe(false);
}

/** Waits until the page's value (read in the page) equals `expected`. */
export async function expectInPage<T>(page: Page, read: () => T, expected: T, message?: string): Promise<void> {
  await expect.poll(() => page.evaluate(read), pollOptions(message)).toEqual(expected);
}

/** Waits until the page's title is `expected`. */
export async function expectTitle(page: Page, expected: string | RegExp): Promise<void> {
  if (typeof expected === 'string') await expect.poll(() => page.title(), { timeout: WAIT }).toBe(expected);
  else await expect.poll(() => page.title(), { timeout: WAIT }).toMatch(expected);
}

/** Waits until the element has the focus. */
export async function expectFocus(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.evaluate((element) => element === document.activeElement, undefined, { timeout: WAIT }), {
      timeout: WAIT,
    })
    .toBe(true);
}

/** Waits until the focused element's text (trimmed) is `expected`. */
export async function expectFocusedText(page: Page, expected: string): Promise<void> {
  const read = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  await expect.poll(read, { timeout: WAIT }).toBe(expected);
}

/** Waits until the locator matches `expected` elements. */
export async function expectCount(locator: Locator, expected: number, message?: string): Promise<void> {
  await expect.poll(() => locator.count(), pollOptions(message)).toBe(expected);
}

/** Waits until the element's attribute is `expected`, or matches it. */
export async function expectAttribute(locator: Locator, name: string, expected: string | RegExp): Promise<void> {
  const read = () => locator.getAttribute(name, { timeout: WAIT });
  if (typeof expected === 'string') await expect.poll(read, { timeout: WAIT }).toBe(expected);
  else await expect.poll(read, { timeout: WAIT }).toMatch(expected);
}

/** Waits until the form field's value is `expected`. */
export async function expectValue(locator: Locator, expected: string): Promise<void> {
  await expect.poll(() => locator.inputValue({ timeout: WAIT }), { timeout: WAIT }).toBe(expected);
}

/** Waits until the checkbox or radio button is checked (or, with `false`, is not). */
export async function expectChecked(locator: Locator, checked = true): Promise<void> {
  await expect.poll(() => locator.isChecked({ timeout: WAIT }), { timeout: WAIT }).toBe(checked);
}

/** Waits until the matching elements' rendered texts, in order, are `expected`. */
export async function expectTexts(locator: Locator, expected: string[]): Promise<void> {
  await expect.poll(() => locator.allInnerTexts(), { timeout: WAIT }).toEqual(expected);
}

/** Waits until the element's rendered text (innerText) contains `part`. */
export async function expectTextContaining(locator: Locator, part: string): Promise<void> {
  await expect.poll(() => locator.innerText({ timeout: WAIT }), { timeout: WAIT }).toContain(part);
}
