import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './built-pages.ts';

/** An internal link in the built site that leads nowhere. */
export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** Maps an absolute path on the site to the built file that serves it, or undefined. */
function fileFor(dir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const full = join(dir, decodeURIComponent(pathname.slice(base.length)));
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Finds every internal link or asset in a build that does not resolve, including #fragments. */
export function findBrokenLinks(dir: string, base: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1] ?? ''));
      idsCache.set(file, ids);
    }
    return ids;
  };
  for (const page of builtPages(dir)) {
    const pageFile = join(dir, page.endsWith('.html') ? page : `${page}index.html`);
    const html = readFileSync(pageFile, 'utf8');
    const pageUrl = new URL(base + page, 'http://site.test');
    for (const [, href = ''] of html.matchAll(ATTRIBUTE)) {
      if (/^(https?:|mailto:|data:|tel:)/.test(href) && !href.startsWith('http://site.test')) continue;
      const target = new URL(href.replace(/&amp;/g, '&'), pageUrl);
      if (target.origin !== pageUrl.origin) continue;
      const file = fileFor(dir, base, target.pathname);
      if (!file) {
        broken.push({ page, href, problem: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      // A fragment of key=value pairs is a page's own state (a plan link), not an element id.
      const isState = fragment.includes('=');
      if (fragment && !isState && file.endsWith('.html') && !idsOf(file).has(fragment)) {
        broken.push({ page, href, problem: `no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}
