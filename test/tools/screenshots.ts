// Takes full-page screenshots of built pages at phone and desktop widths, for people to look at.
// Usage: npm run build && npm run screenshots -- [page-path-filter]  → screenshots/*.png
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../browser/support/chromium.ts';
import { serveStatic } from '../browser/support/static-server.ts';
import { builtPages } from '../site/built-pages.ts';

const filter = process.argv[2] ?? '';
const widths = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
];

mkdirSync('screenshots', { recursive: true });
const site = await serveStatic(`${process.cwd()}/dist`);
const browser = await launchChromium();
for (const size of widths) {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
  const page = await context.newPage();
  for (const path of builtPages('dist').filter((p) => p.includes(filter))) {
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    const name = (path.replace(/\/$/, '').replace(/[/.]/g, '_') || 'home') + `-${size.name}.png`;
    await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
    console.log(`screenshots/${name}`);
  }
  await context.close();
}
await browser.close();
await site.close();
