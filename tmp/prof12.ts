import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { serveStatic } from '../test/browser/support/static-server.ts';
import { resolve } from 'node:path';
const cpu = () => { const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number); return f[0]! + f[1]! + f[2]! + f[4]! + f[5]! + f[6]!; };
const site = await serveStatic(resolve('dist'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] });
const context = await browser.newContext();
const page = await context.newPage();
for (const blank of ['about:blank', site.url + 'robots.txt', site.url + 'privacy/']) {
  const c = cpu(), t = performance.now();
  for (let i = 0; i < 30; i++) { await page.goto(site.url + 'guides/benefits/'); await page.goto(blank); }
  console.log(blank, (cpu() - c) / 100, 'cpu-s', ((performance.now() - t) / 1000).toFixed(1), 's');
}
await browser.close(); await site.close();
