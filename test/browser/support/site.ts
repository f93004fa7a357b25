import type { Page } from 'playwright-core';

/** What went wrong while a page loaded: console errors, failed or off-site requests, scripts. */
export interface PageReport {
  /** The HTTP status of the page itself. */
  status: number | undefined;
  consoleErrors: string[];
  failedRequests: string[];
  offsiteRequests: string[];
  scripts: string[];
}

/** Opens a page in the tab and records everything a budget or privacy test needs. */
export async function openAndRecord(
  page: Page,
  url: string,
  waitUntil: 'load' | 'networkidle' = 'networkidle',
): Promise<PageReport> {
  const origin = new URL(url).origin;
  const report: PageReport = {
    status: undefined,
    consoleErrors: [],
    failedRequests: [],
    offsiteRequests: [],
    scripts: [],
  };
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
  report.status = (await page.goto(url, { waitUntil }))?.status();
  return report;
}
