import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** Every HTML page in a build folder, as paths relative to the site root ('', 'nl/guides/faq/', '404.html'). */
export function builtPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = relative(dir, full).split(sep).join('/');
        pages.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** What went wrong while a page loaded: console errors, failed or off-site requests, scripts. */
export interface PageReport {
  consoleErrors: string[];
  failedRequests: string[];
  offsiteRequests: string[];
  scripts: string[];
}

/** Opens a page in a fresh tab and records everything a budget or privacy test needs. */
export async function openAndRecord(context: BrowserContext, url: string): Promise<{ page: Page; report: PageReport }> {
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const report: PageReport = { consoleErrors: [], failedRequests: [], offsiteRequests: [], scripts: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') report.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => report.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const requestUrl = request.url();
    if (!requestUrl.startsWith(origin) && !requestUrl.startsWith('data:')) report.offsiteRequests.push(requestUrl);
    if (request.resourceType() === 'script') report.scripts.push(requestUrl);
  });
  page.on('requestfailed', (request) => report.failedRequests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== url)
      report.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, report };
}
