// The pages of a production build, read from disk: shared by the site checks (test/site), the
// browser's one visit per page (test/browser/pages.test.ts), the bench and the screenshots tool.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page in a build folder, as paths relative to the site root ('', 'nl/guides/faq/', '404.html'). */
export function builtPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = relative(dir, full).split(sep).join('/');
        pages.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** The HTML file of a page path in a build folder. */
export function htmlFile(dir: string, path: string): string {
  return join(dir, path.endsWith('.html') ? path : `${path}index.html`);
}

/** True for a page that is read, not used: it ships no JavaScript (the islands' pages and the privacy page do). */
export function scriptFree(path: string): boolean {
  return !/(questionnaire|questionnaire\/compare|privacy|planner|matching|templates\/kit\/[a-z-]+)\/$/.test(path);
}

/** True for the two 404 pages. */
export function isNotFound(path: string): boolean {
  return /^(nl\/)?404(\.html|\/)$/.test(path);
}
