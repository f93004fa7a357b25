import { chromium, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { serveStatic } from '../test/browser/support/static-server.ts';
import { resolve } from 'node:path';
const cpu = () => { const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number); return f[0]! + f[1]! + f[2]! + f[4]! + f[5]! + f[6]!; };
const site = await serveStatic(resolve('dist'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const steps: [string, (p: Page) => Promise<unknown>][] = [
  ['removeAll', async (p) => p.removeAllListeners()],
  ['unrouteAll', (p) => p.unrouteAll({ behavior: 'ignoreErrors' })],
  ['session', (p) => p.evaluate(() => sessionStorage.clear()).catch(() => undefined)],
  ['blank', (p) => p.goto('about:blank')],
  ['storage', (p) => p.context().setStorageState({ cookies: [], origins: [] })],
  ['media', (p) => p.emulateMedia({ media: null })],
  ['viewport', (p) => p.setViewportSize({ width: 1280, height: 900 })],
];
const tot: Record<string, number> = {};
for (let i = 0; i < 20; i++) {
  await page.goto(site.url + 'privacy/');
  await page.evaluate(() => localStorage.setItem('x', '1'));
  for (const [name, step] of steps) { const c = cpu(); await step(page); tot[name] = (tot[name] ?? 0) + (cpu() - c) / 100; }
}
console.log(tot);
await browser.close(); await site.close();
