import { existsSync } from 'node:fs';
import { findChromium } from './chromium.ts';

// Browser tests need the production build and a Chromium. Without a browser they are skipped
// with a loud warning on a developer's machine, and fail under CI=true.
export default function setup(): void {
  const dist = process.env.SITE_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(`No production build in ${dist}/: run \`npm run build\` first (npm test does this for you).`);
  }
  if (!findChromium()) {
    const message =
      'NO BROWSER FOUND: the browser tests need `chromium` on the PATH (apt-get install chromium) or CHROMIUM_PATH.';
    if (process.env.CI === 'true') throw new Error(`${message} Failing because CI=true.`);
    console.warn(`\n${'!'.repeat(78)}\n${message}\nThe browser tests are SKIPPED.\n${'!'.repeat(78)}\n`);
  }
}
