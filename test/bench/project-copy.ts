// A throw-away copy of the project for benchmark builds, so nothing the benchmark generates (synthetic
// guides, build output, Astro's content cache) ever lands in the working tree.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGUAGES } from '../../src/lib/language.ts';

/** Top-level entries that are never copied: build output, caches, git data and installed packages. */
const SKIPPED = new Set([
  '.git',
  '.astro',
  'node_modules',
  'dist',
  'dist-base',
  'bench-results',
  'screenshots',
  'test-results',
]);

/** Caches inside node_modules that a build writes to; the copy gets its own empty ones. */
const WRITABLE_CACHES = new Set(['.astro', '.vite', '.cache']);

/** Copies the project at `root` into a new temporary folder and returns that folder. */
export function copyProject(root: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'mentorfit-bench-'));
  for (const name of readdirSync(root)) {
    if (SKIPPED.has(name) || name.startsWith('dist-')) continue;
    cpSync(join(root, name), join(copy, name), { recursive: true });
  }
  // Link each installed package rather than the whole folder, so that Astro's and Vite's caches
  // (node_modules/.astro, node_modules/.vite) are the copy's own and never touch the real project's.
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (WRITABLE_CACHES.has(name)) continue;
    symlinkSync(join(root, 'node_modules', name), join(copy, 'node_modules', name));
  }
  return copy;
}

/** Empties the caches a build leaves in the copy, so the next build starts as cold as a fresh clone's. */
export function clearBuildCaches(copy: string): void {
  for (const cache of WRITABLE_CACHES) rmSync(join(copy, 'node_modules', cache), { recursive: true, force: true });
  rmSync(join(copy, '.astro'), { recursive: true, force: true });
}

const GUIDES = 'content/guides';
const SYNTHETIC = /-synthetic-\d+\.mdx$/;

/** The real guides' file names, the same in both language folders. */
export function realGuideFiles(copy: string): string[] {
  return readdirSync(join(copy, GUIDES, 'en')).filter((name) => name.endsWith('.mdx') && !SYNTHETIC.test(name));
}

/**
 * Makes the copy hold `factor` times its real guides, in both languages: each real guide is copied
 * `factor - 1` times under a new slug. Returns the number of guides per language.
 */
export function multiplyGuides(copy: string, factor: number): number {
  const real = realGuideFiles(copy);
  for (const lang of LANGUAGES) {
    const dir = join(copy, GUIDES, lang);
    for (const name of readdirSync(dir)) if (SYNTHETIC.test(name)) rmSync(join(dir, name));
    for (const name of real) {
      const text = readFileSync(join(dir, name), 'utf8');
      for (let i = 1; i < factor; i++) {
        writeFileSync(join(dir, name.replace(/\.mdx$/, `-synthetic-${i}.mdx`)), text);
      }
    }
  }
  return real.length * factor;
}

/** Removes the temporary copy. */
export function removeCopy(copy: string): void {
  rmSync(copy, { recursive: true, force: true });
}
