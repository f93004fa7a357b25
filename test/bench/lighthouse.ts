// Lighthouse's four category scores for a few pages, when the `lighthouse` package is installed.
// It is not a dependency of the project (it brings some 200 packages, Sentry among them, for this one
// table), so install it by hand to get the table: `npm install --no-save lighthouse`. It drives the
// same Chromium as the tests through chrome-launcher and never downloads a browser.
import { findChromium } from '../browser/support/chromium.ts';
import type { LighthouseResult, PageType } from './report.ts';

interface LighthouseRun {
  lhr: { categories: Record<string, { score: number | null }> };
}
type RunLighthouse = (
  url: string,
  flags: { port: number; output: 'json'; logLevel: 'error' },
) => Promise<LighthouseRun | undefined>;
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }>;
}

/** A package that may not be installed: its name is a string, so TypeScript does not look for its types. */
const optionalImport = (name: string): Promise<unknown> => import(name);

/** Scores each page with Lighthouse's default (mobile) settings, or says why it could not. */
export async function scorePages(
  siteUrl: string,
  pages: readonly { type: PageType; path: string }[],
): Promise<LighthouseResult> {
  let lighthouse: RunLighthouse;
  let launcher: ChromeLauncher;
  try {
    lighthouse = ((await optionalImport('lighthouse')) as { default: RunLighthouse }).default;
    launcher = (await optionalImport('chrome-launcher')) as ChromeLauncher;
  } catch {
    return { status: 'n/a', reason: 'the lighthouse package is not installed (npm install --no-save lighthouse)' };
  }
  const chromePath = findChromium();
  if (!chromePath) return { status: 'n/a', reason: 'no Chromium found' };
  // The same closed-network flags as the browser tests, so Chromium makes no background requests.
  const chrome = await launcher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const scored: { type: PageType; path: string; scores: Record<string, number> }[] = [];
    for (const page of pages) {
      const run = await lighthouse(siteUrl + page.path, { port: chrome.port, output: 'json', logLevel: 'error' });
      const categories = run?.lhr.categories ?? {};
      const scores = Object.fromEntries(
        Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
      );
      scored.push({ type: page.type, path: page.path, scores });
    }
    return { status: 'measured', pages: scored };
  } finally {
    chrome.kill();
  }
}
