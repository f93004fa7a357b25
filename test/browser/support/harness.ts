// The shared set-up of every browser test file: one static server over the production build and one
// Chromium per file, tabs whose pages record CSP violations and script errors from their first byte,
// and assertions that retry until they hold (vitest's expect.poll) instead of reading the page once.
//
//   const suite = browserSuite();
//   test('…', async () => {
//     const page = await suite.open('questionnaire/');
//     await expectText(page.getByRole('heading', { level: 1 }), 'Is your organisation ready?');
//   });
//
// Opening a tab costs Chromium about a third of a processor second, and closing one as much again:
// more than loading and checking most pages. So `open` and `tab` hand out tabs from a pool, wiped
// clean (storage, listeners, routes, size, media) for each test; a test that needs its own browser
// context (init scripts, several tabs sharing storage) asks for one with `newContext`.
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, onTestFinished } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { recordProblems } from './page-checks.ts';
import { BLANK_PAGE, serveStatic, type StaticSite } from './static-server.ts';

/** The production build the tests run against: dist/, or SITE_DIST. */
export const dist = resolve(process.env.SITE_DIST ?? 'dist');

/** How long a retrying assertion waits for the page before it fails. */
export const WAIT = 5000;

/** The desktop screen every tab and context starts at, unless a test asks for another. */
const DESKTOP = { width: 1280, height: 900 };

/** What a test may ask of a tab from the pool. */
export interface TabOptions {
  viewport?: { width: number; height: number };
  /** False: the page runs without JavaScript, as with scripts blocked. */
  javaScriptEnabled?: boolean;
  acceptDownloads?: boolean;
  /** What the site's localStorage holds before the tab opens a page, as an earlier visit left it. */
  localStorage?: Record<string, string>;
  /**
   * When the tab goes back to the pool: the end of the test, by default. A concurrent test passes its
   * own context's `onTestFinished`, since vitest cannot tell which of several running tests is meant.
   */
  finished?: typeof onTestFinished;
}

/** The browser and site of one test file. */
export interface BrowserSuite {
  /** The site's root address, ending in '/'. */
  readonly url: string;
  readonly browser: Browser;
  /**
   * A browser context of the test's own (no storage) at desktop width, recording problems: for init
   * scripts, routes on the context, or several tabs that share storage. Closed with the browser.
   */
  newContext(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
  /** A blank tab with no storage, lent to the test until it ends. */
  tab(options?: TabOptions): Promise<Page>;
  /**
   * Opens a path of the site (e.g. 'nl/planner/') in a blank tab, or in a new tab of `context`, and
   * waits until its islands have woken up (not when JavaScript is off).
   */
  open(path: string, where?: BrowserContext | TabOptions): Promise<Page>;
}

/** A tab of the pool, in a context of its own (so its storage is its own), free or lent out. */
interface PooledTab {
  readonly key: string;
  readonly page: Page;
  free: boolean;
}

/** Starts the server and Chromium before the file's tests and stops them after. */
export function browserSuite(build = dist): BrowserSuite {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  let pool: PooledTab[] = [];
  beforeAll(async () => {
    [site, browser] = await Promise.all([serveStatic(build), launchChromium()]);
  });
  // Closing the browser ends every tab at once; closing them one by one would cost more than the tests.
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The browser suite starts in beforeAll; use it inside a test.');
    return value;
  };
  const newTab = async (options: Parameters<Browser['newContext']>[0]) => (await suite.newContext(options)).newPage();
  const suite: BrowserSuite = {
    get url() {
      return started(site).url;
    },
    get browser() {
      return started(browser);
    },
    async newContext(options = {}) {
      const context = await started(browser).newContext({ viewport: DESKTOP, ...options });
      await recordProblems(context);
      return context;
    },
    async tab({
      viewport = DESKTOP,
      javaScriptEnabled = true,
      acceptDownloads = false,
      localStorage = {},
      finished = onTestFinished,
    } = {}) {
      const key = JSON.stringify({ javaScriptEnabled, acceptDownloads });
      const blank = suite.url + BLANK_PAGE;
      const free = pool.find((candidate) => candidate.free && candidate.key === key && !candidate.page.isClosed());
      // Taken before any wait, so that a test running beside this one cannot take it too.
      if (free) free.free = false;
      // A tab that cannot be wiped (a test left it crashed or hanging) leaves the pool; a new one
      // takes its place, so one failed test does not fail the ones after it.
      const wiped =
        free &&
        (await wipe(free.page, blank).then(
          () => true,
          () => false,
        ));
      const tab = wiped ? free : { key, page: await newTab({ javaScriptEnabled, acceptDownloads }), free: false };
      if (!wiped) pool = [...pool.filter((candidate) => candidate !== free), tab];
      finished(() => {
        tab.free = true;
      });
      await tab.page.setViewportSize(viewport);
      if (Object.keys(localStorage).length > 0) {
        if (tab.page.url() !== blank) await tab.page.goto(blank);
        await tab.page.evaluate((items) => {
          for (const [name, value] of Object.entries(items)) window.localStorage.setItem(name, value);
        }, localStorage);
      }
      return tab.page;
    },
    async open(path, where) {
      const page = where && 'newPage' in where ? await where.newPage() : await suite.tab(where);
      await page.goto(suite.url + path, { waitUntil: 'load' });
      if (!(where && 'javaScriptEnabled' in where && where.javaScriptEnabled === false)) await awake(page);
      return page;
    },
  };
  return suite;
}

/**
 * Waits until every island on the page has woken up (Astro drops an island's `ssr` attribute once it
 * has hydrated); at once on a page without islands. Quicker than waiting for the network to be quiet
 * for half a second, as Playwright's 'networkidle' does.
 */
export async function awake(page: Page): Promise<void> {
  await expect.poll(() => page.locator('astro-island[ssr]').count(), { timeout: 2 * WAIT }).toBe(0);
}

/**
 * Makes a tab as a new one is: no listeners or routes the last test added, no storage (local and
 * session storage, cookies; the site keeps nothing else), screen media. The tab is left on the
 * server's blank page of the site's own origin: the last page unloads, and the storage is cleared
 * from there (Playwright's setStorageState would open a hidden tab to do it, as costly as a new one).
 */
async function wipe(page: Page, blank: string): Promise<void> {
  page.removeAllListeners();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.goto(blank);
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.context().clearCookies();
  await page.emulateMedia({ media: null });
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
