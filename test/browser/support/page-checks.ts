// What every browser test checks on its pages: no CSP violation and no script error from the first
// byte on, no axe-core violation in any state the test reaches, and print buttons that really print.
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe.ts';

type Recorder = { problems: string[] };

/** Makes every page of `context` record its CSP violations and script errors, from before its HTML. */
export async function recordProblems(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as Recorder;
    w.problems = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      w.problems.push(`CSP ${event.violatedDirective} ${event.blockedURI}`),
    );
    window.addEventListener('error', (event) => w.problems.push(`error ${event.message}`));
  });
}

/** The CSP violations and script errors the page has recorded so far. */
export function pageProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Recorder).problems);
}

/** Asserts the page as it is now has no axe violations, CSP violations or script errors. */
export async function expectClean(page: Page, state: string): Promise<void> {
  expect(await axeViolations(page), `axe in state: ${state}`).toEqual([]);
  expect(await pageProblems(page), `problems in state: ${state}`).toEqual([]);
}

/** Stands in for the page's print dialog; the returned function tells how often it was opened. */
export async function countPrints(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void (w.printed += 1);
  });
  return () => page.evaluate(() => (window as unknown as { printed: number }).printed);
}
