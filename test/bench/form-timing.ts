// Times a form page in headless Chromium the way a user meets it: from navigation until the first
// question can be answered, and then how long a script takes to answer every question.
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';

/** How to drive one form page. */
export interface FormDriver {
  /** The page's address. */
  url: string;
  /**
   * A JavaScript expression, evaluated in the page after every DOM change, that is true once the
   * first question can be answered (rendered and wired up).
   */
  firstQuestionReady: string;
  /**
   * A JavaScript expression for an element to click as soon as it appears, before the first question
   * (a start button); the click happens inside the page, so no round trip to the test runner is counted.
   */
  clickFirst?: string;
  /** Answers every question and waits until the result (or thank-you) is shown. */
  complete: (page: Page) => Promise<void>;
}

/** One run's figures, in milliseconds. */
export interface FormRun {
  /** From navigation start until `firstQuestionReady` first held. */
  firstQuestionMs: number;
  /** From then until `complete` finished. */
  completeMs: number;
}

/** The median and the single runs of a series of form runs, in milliseconds. */
export interface FormTiming {
  /** Chromium's CPU slowdown factor: 1 is this machine's speed, 4 is Lighthouse's mobile setting. */
  cpuSlowdown: number;
  firstQuestionMs: number;
  completeMs: number;
  runs: FormRun[];
}

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The script that notes the moment the first question becomes answerable, set up before the page loads. */
function readinessProbe(expression: string, clickFirst = 'null'): string {
  return `(() => {
    const ready = () => { try { return Boolean(${expression}); } catch { return false; } };
    const startButton = () => { try { return ${clickFirst}; } catch { return null; } };
    let clicked = false;
    const check = () => {
      if (!clicked) {
        const button = startButton();
        if (button) { clicked = true; button.click(); }
      }
      if (window.__benchReady === undefined && ready()) {
        window.__benchReady = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    document.addEventListener('DOMContentLoaded', check);
    window.addEventListener('load', check);
  })();`;
}

/** Opens the form in a fresh context (a first visit) and times one run. */
async function runOnce(browser: Browser, driver: FormDriver, cpuSlowdown: number, complete = true): Promise<FormRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (cpuSlowdown !== 1) {
    const session = await context.newCDPSession(page);
    await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript({ content: readinessProbe(driver.firstQuestionReady, driver.clickFirst) });
  await page.goto(driver.url);
  await page.waitForFunction(() => (window as unknown as { __benchReady?: number }).__benchReady !== undefined, null, {
    timeout: 30_000,
  });
  const firstQuestionMs = await page.evaluate(() => (window as unknown as { __benchReady: number }).__benchReady);
  const started = performance.now();
  if (complete) await driver.complete(page);
  const completeMs = performance.now() - started;
  await context.close();
  if (errors.length > 0) throw new Error(`${driver.url}: ${errors.join('; ')}`);
  return { firstQuestionMs, completeMs };
}

/** Times `runs` first visits of a form at a CPU slowdown and returns the medians. */
export async function timeForm(browser: Browser, driver: FormDriver, runs: number, cpuSlowdown = 1): Promise<FormTiming> {
  // One unmeasured run first, so that Chromium's own start-up work is not counted in the first sample.
  await runOnce(browser, driver, cpuSlowdown, false);
  const results: FormRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(browser, driver, cpuSlowdown));
  return {
    cpuSlowdown,
    firstQuestionMs: median(results.map((r) => r.firstQuestionMs)),
    completeMs: median(results.map((r) => r.completeMs)),
    runs: results,
  };
}
