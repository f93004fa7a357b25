import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { serveStatic } from '../test/browser/support/static-server.ts';
import { recordProblems, pageProblems } from '../test/browser/support/page-checks.ts';
import { openAndRecord } from '../test/browser/support/site.ts';
import { builtPages, scriptFree } from '../test/site/built-pages.ts';
import { resolve } from 'node:path';
const cpu = () => { const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number); return f[0]! + f[1]! + f[2]! + f[4]! + f[5]! + f[6]!; };
const dist = resolve('dist');
const [site, browser] = await Promise.all([serveStatic(dist), chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] })]);
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await recordProblems(context);
const page = await context.newPage();
const pages = builtPages(dist);
const tot: Record<string, number> = {}; const wall: Record<string, number> = {};
let c = cpu(), t = performance.now();
const lap = (k: string) => { const n = cpu(), w = performance.now(); tot[k] = (tot[k] ?? 0) + n - c; wall[k] = (wall[k] ?? 0) + w - t; c = n; t = w; };
for (const path of pages) {
  page.removeAllListeners(); lap('remove');
  if (process.env.PLAIN) await page.goto(site.url + path, { waitUntil: 'load' }); else await openAndRecord(page, site.url + path, 'load'); lap('load');
  if (!scriptFree(path)) { await page.waitForLoadState('networkidle'); lap('idle'); }
  await pageProblems(page); lap('problems');
  await page.getAttribute('html', 'lang'); lap('lang');
  const name = path.startsWith('nl/') ? 'Read this page in English' : 'Lees deze pagina in het Nederlands';
  await page.getByRole('link', { name }).getAttribute('href').catch(() => null); lap('link');
}
console.log('cpu-s', Object.fromEntries(Object.entries(tot).map(([k, v]) => [k, v / 100])));
console.log('wall-s', Object.fromEntries(Object.entries(wall).map(([k, v]) => [k, (v / 1000).toFixed(1)])));
await browser.close(); await site.close();
