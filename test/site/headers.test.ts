// The headers a static host adds (public/_headers, for Netlify and Cloudflare Pages): a page may not
// be framed by another site (clickjacking; frame-ancestors has no effect in a <meta> policy) and no
// file is read as another type than it is sent as. The README gives the same headers for other hosts.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** The headers of each path pattern of a _headers file. */
function readHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else {
      const [name = '', ...value] = line.trim().split(':');
      current?.set(name.trim().toLowerCase(), value.join(':').trim());
    }
  }
  return rules;
}

describe.each(['dist', 'dist-base'])('the static host headers in %s', (dir) => {
  test.skipIf(!existsSync(`${dir}/index.html`))('every path refuses framing and type sniffing', () => {
    const all = readHeaders(readFileSync(`${dir}/_headers`, 'utf8')).get('/*');
    expect(all?.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(all?.get('x-frame-options')).toBe('DENY');
    expect(all?.get('x-content-type-options')).toBe('nosniff');
    expect(all?.get('referrer-policy')).toBe('no-referrer');
  });
});

test('the README gives the same headers for the other hosts', () => {
  const readme = readFileSync('README.md', 'utf8');
  for (const header of ["frame-ancestors 'none'", 'X-Frame-Options', 'X-Content-Type-Options: nosniff']) {
    expect(readme).toContain(header);
  }
});
