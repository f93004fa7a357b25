import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const p = await (await b.newContext({ javaScriptEnabled: false })).newPage();
await p.setContent('<p>x</p>');
console.log(await p.evaluate(() => 1 + 1).catch((e) => 'ERR ' + e.message));
await b.close();
