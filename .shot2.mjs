import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const [path, width, ...ys] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 } });
await page.goto(`http://localhost:4399${path}`);
const full = await page.evaluate(() => document.documentElement.scrollHeight);
console.log('height', full);
for (const y of ys) {
  const name = path.replace(/\//g, '_') + `-${width}-y${y}.png`;
  await page.screenshot({ path: `/tmp/cb/${name}`, fullPage: true, clip: { x: 0, y: Number(y), width: Number(width), height: Math.min(1000, full - Number(y)) } });
  console.log(name);
}
await browser.close();
