import { chromium } from 'playwright-core';
import { serveStatic } from '../test/browser/support/static-server.ts';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
const cpu = () => { const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number); return f[0]! + f[1]! + f[2]! + f[4]! + f[5]! + f[6]!; };
const site = await serveStatic(resolve('dist'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
for (const path of ['about:blank', '', 'guides/benefits/', 'questionnaire/', 'matching/', 'planner/', 'questionnaire/compare/', 'templates/kickoff/', 'templates/kit/traditional/']) {
  await page.goto(path.startsWith('about') ? path : site.url + path, { waitUntil: 'networkidle' });
  await new Promise((r) => setTimeout(r, 1000));
  const a = cpu(); await new Promise((r) => setTimeout(r, 5000)); const b = cpu();
  console.log(path || 'home', ((b - a) / 100 / 5).toFixed(2), 'cores busy');
}
await browser.close(); await site.close();
