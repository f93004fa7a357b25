import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A script a built page loads, with the name it is reported by. */
export interface PageScript {
  readonly name: string;
  readonly source: string;
}

/**
 * The scripts a built page loads: inline ones, and every module its islands import, followed through
 * static imports (dynamic import() loads on demand and is not counted). The JavaScript budget tests
 * of every island page measure with this one function.
 */
export function pageScripts(dist: string, html: string): PageScript[] {
  const scripts: PageScript[] = [];
  // Data blocks (type="application/json") are never run: they count as HTML, not script.
  for (const [, body = ''] of html.matchAll(
    /<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g,
  )) {
    if (body.trim()) scripts.push({ name: 'inline script', source: body });
  }
  const pending = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!),
  ];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const url = pending.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const source = readFileSync(resolve(dist, `.${url}`), 'utf8');
    scripts.push({ name: url, source });
    // Static imports only: `import{a}from"./x.js"` and `import"./x.js"`.
    for (const [, specifier = ''] of source.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
      pending.push(new URL(specifier, `http://site.test${url}`).pathname);
    }
  }
  return scripts;
}
