import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** The command names Debian and other distributions install Chromium under. */
const CHROMIUM_COMMANDS = ['chromium', 'chromium-browser'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium the tests drive: CHROMIUM_PATH when set, otherwise `chromium` (or `chromium-browser`)
 * on the PATH, as `command -v` finds it. .ci/run looks the same way before it decides to install one,
 * so under CI a browser is always found. Undefined when there is none.
 */
export function findChromium(): string | undefined {
  const named = process.env.CHROMIUM_PATH;
  if (named) return isExecutable(named) ? named : undefined;
  const folders = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const command of CHROMIUM_COMMANDS) {
    const found = folders.map((folder) => join(folder, command)).find(isExecutable);
    if (found) return found;
  }
  return undefined;
}

/** The flags this workplace's closed network needs, so Chromium makes no background requests. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium; never downloads a browser. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install chromium (on the PATH) or set CHROMIUM_PATH.');
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}

/** True when no browser can be found: the browser tests are then skipped (or fail under CI=true). */
export const noBrowser = findChromium() === undefined;
