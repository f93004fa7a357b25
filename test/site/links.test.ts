// Checks of the production builds that need no browser: they read dist/ and dist-base/ from disk,
// so they run after the builds (`npm run test:site`), not with the unit tests before them.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtPages } from './built-pages.ts';
import { findBrokenLinks } from './find-broken-links.ts';

// The same site built twice: at the root and under a sub-path, as on GitHub Pages.
const builds = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-base', base: '/mentorfit/' },
];

describe('internal links in the built site', () => {
  test.each(builds)('every link and asset in $dir (base $base) resolves', ({ dir, base }) => {
    expect(existsSync(`${dir}/index.html`), `${dir} has not been built`).toBe(true);
    expect(findBrokenLinks(dir, base)).toEqual([]);
  });

  test('the checker reports a link to a missing page or anchor', () => {
    // Guard against a checker that can never fail: a fixture with one bad link and one bad anchor.
    expect(findBrokenLinks('test/fixtures/broken-site', '/')).toEqual([
      { page: '', href: '/missing/', problem: 'no such page or file' },
      { page: '', href: '/#nowhere', problem: 'no element with id "nowhere"' },
    ]);
  });
});

describe('the sitemap', () => {
  test('lists every page in both languages and no 404 page', () => {
    expect(readFileSync('dist/sitemap-index.xml', 'utf8')).toContain('sitemap-0.xml');
    const listed = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1] ?? '').pathname,
    );
    const expected = builtPages('dist')
      .filter((p) => !/404/.test(p))
      .map((p) => `/${p}`);
    expect(listed.sort()).toEqual(expected.sort());
  });
});
