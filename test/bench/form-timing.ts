// Times a form page in headless Chromium the way a user meets it: from navigation until the first
// question is in the page, answerable, and until it is on screen (and until the page's script is
// ready), then how long a script takes to answer every question.
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';

/** How to drive one form page. */
export interface FormDriver {
  /** The page's address. */
  url: string;
  /**
   * A JavaScript expression, evaluated in the page as it changes, that is true once the first question
   * can be answered: a radio button on screen that takes a click.
   */
  firstQuestionReady: string;
  /**
   * A JavaScript expression for an element to click as soon as it appears, before the first question
   * (a start button); the click happens inside the page, so no round trip to the test runner is counted.
   */
  clickFirst?: string;
  /** A JavaScript expression that is true once the page's script has taken over (the island awake with its data), if it has one. */
  scriptAwake?: string;
  /** Answers every question and waits until the result (or thank-you) is shown. */
  complete?: (page: Page) => Promise<void>;
}

/** One run's figures, in milliseconds. */
interface FormRun {
  /** From navigation start until `firstQuestionReady` first held, with every stylesheet applied. */
  firstQuestionMs: number;
  /**
   * From navigation start until the next frame has laid the question out, just before it paints: the
   * first question on screen, which is when a user can answer it. A page's first style and layout
   * count here (the static page's too), not in `firstQuestionMs`, unless the page forces them earlier.
   */
  firstQuestionShownMs: number;
  /** From navigation start until `scriptAwake` first held, when the driver has one. */
  scriptAwakeMs?: number;
  /** From then until `complete` finished, when the driver can complete the form. */
  completeMs?: number;
}

/** The median and the single runs of a series of form runs, in milliseconds. */
export interface FormTiming {
  /** Chromium's CPU slowdown factor: 1 is this machine's speed, 4 is Lighthouse's mobile setting. */
  cpuSlowdown: number;
  firstQuestionMs: number;
  firstQuestionShownMs: number;
  scriptAwakeMs?: number;
  completeMs?: number;
  runs: FormRun[];
}

/** The median of a non-empty list of numbers. */
function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The script that notes the moment the first question becomes answerable, set up before the page
 * loads. A radio button counts once it is rendered visible with every stylesheet loaded (until then
 * the browser paints nothing); the check runs on every DOM change, stylesheet load and fragment change.
 * Then the next frame, the one that draws the question, is awaited, and its layout done at once (as
 * the frame does next, before it paints): that moment is the first question on screen. A page's
 * first style and layout count there for every page alike, whether the page or the frame forces them.
 */
function readinessProbe(expression: string, clickFirst = 'null', awake = 'false'): string {
  return `(() => {
    const holds = (test) => { try { return Boolean(test()); } catch { return false; } };
    const ready = () => holds(() => ${expression});
    const isAwake = () => holds(() => ${awake});
    const stylesLoaded = () => [...document.querySelectorAll('link[rel=stylesheet]')].every((link) => link.sheet);
    const startButton = () => { try { return ${clickFirst}; } catch { return null; } };
    let clicked = false;
    const check = () => {
      if (!clicked) {
        const button = startButton();
        if (button) { clicked = true; button.click(); }
      }
      if (window.__benchAwake === undefined && isAwake()) window.__benchAwake = performance.now();
      if (window.__benchReady === undefined && stylesLoaded() && ready()) {
        window.__benchReady = performance.now();
        requestAnimationFrame(() => {
          void document.documentElement.getBoundingClientRect();
          window.__benchShown = performance.now();
        });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    document.addEventListener('load', check, true);
    document.addEventListener('DOMContentLoaded', check);
    window.addEventListener('hashchange', check);
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
  await page.addInitScript({
    content: readinessProbe(driver.firstQuestionReady, driver.clickFirst, driver.scriptAwake),
  });
  await page.goto(driver.url);
  type Probe = {
    __benchReady?: number | undefined;
    __benchShown?: number | undefined;
    __benchAwake?: number | undefined;
  };
  await page.waitForFunction(() => (window as unknown as Probe).__benchShown !== undefined, null, { timeout: 30_000 });
  if (driver.scriptAwake) {
    await page.waitForFunction(() => (window as unknown as Probe).__benchAwake !== undefined, null, {
      timeout: 30_000,
    });
  }
  const probe = await page.evaluate((): Probe => {
    const { __benchReady, __benchShown, __benchAwake } = window as unknown as Probe;
    return { __benchReady, __benchShown, __benchAwake };
  });
  const run: FormRun = {
    firstQuestionMs: probe.__benchReady ?? Number.NaN,
    firstQuestionShownMs: probe.__benchShown ?? Number.NaN,
  };
  if (probe.__benchAwake !== undefined) run.scriptAwakeMs = probe.__benchAwake;
  if (complete && driver.complete) {
    const started = performance.now();
    await driver.complete(page);
    run.completeMs = performance.now() - started;
  }
  await context.close();
  if (errors.length > 0) throw new Error(`${driver.url}: ${errors.join('; ')}`);
  return run;
}

/** The median of the runs' values that exist, or undefined when none does. */
function medianOf(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length === 0 ? undefined : median(known);
}

/** The medians of a series of runs. */
function timingOf(cpuSlowdown: number, results: FormRun[]): FormTiming {
  const timing: FormTiming = {
    cpuSlowdown,
    firstQuestionMs: median(results.map((r) => r.firstQuestionMs)),
    firstQuestionShownMs: median(results.map((r) => r.firstQuestionShownMs)),
    runs: results,
  };
  const awake = medianOf(results.map((r) => r.scriptAwakeMs));
  const complete = medianOf(results.map((r) => r.completeMs));
  if (awake !== undefined) timing.scriptAwakeMs = awake;
  if (complete !== undefined) timing.completeMs = complete;
  return timing;
}

/**
 * Times `runs` first visits of each form at a CPU slowdown, the forms taking turns (one visit of
 * each, then again), so that a busy moment of the machine slows all of them alike.
 */
export async function timeForms(
  browser: Browser,
  drivers: readonly FormDriver[],
  runs: number,
  cpuSlowdown = 1,
): Promise<FormTiming[]> {
  // One unmeasured run of each first, so that Chromium's own start-up work is not counted.
  for (const driver of drivers) await runOnce(browser, driver, cpuSlowdown, false);
  const results: FormRun[][] = drivers.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [d, driver] of drivers.entries()) results[d]?.push(await runOnce(browser, driver, cpuSlowdown));
  }
  return results.map((series) => timingOf(cpuSlowdown, series));
}
