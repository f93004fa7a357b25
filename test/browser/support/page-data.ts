// A built page that keeps its island's data in a file beside it (src/lib/data-file.ts): the page's
// gzipped size, and the file its preload link names, parsed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** TCP's first round trip carries about 14 KB (ten segments, RFC 6928): a page this size needs no second. */
export const FIRST_ROUND_TRIP_BYTES = 14 * 1024;

/** The HTML of `path` in `dist` gzipped, and its preloaded data file; throws when the page preloads none. */
export function pageAndDataFile<Data>(dist: string, path: string): { gzippedHtmlBytes: number; data: Data } {
  const html = readFileSync(resolve(dist, path, 'index.html'), 'utf8');
  const preload = /<link rel="preload" href="[^"]*\/(data-\w+\.json)" as="fetch" crossorigin="anonymous">/.exec(html);
  if (!preload?.[1]) throw new Error(`${path}: the page preloads no data file`);
  return {
    gzippedHtmlBytes: gzipSync(html).length,
    data: JSON.parse(readFileSync(resolve(dist, path, preload[1]), 'utf8')) as Data,
  };
}
