import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text types, sent gzipped to a browser that accepts it, as static hosts do. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/**
 * Sends a file, gzipped (zlib's default level, once per file and change) when it is text and the
 * browser accepts gzip: so Lighthouse and the benchmark's timings see what a visitor downloads.
 */
function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  file: string,
  cache: Map<string, Buffer>,
): void {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const body = readFileSync(file);
  if (!COMPRESSED.has(extname(file)) || !/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    response.writeHead(status, { 'content-type': type, 'vary': 'accept-encoding' });
    response.end(body);
    return;
  }
  const key = `${file}:${statSync(file).mtimeMs}`;
  let gzipped = cache.get(key);
  if (!gzipped) {
    gzipped = gzipSync(body);
    cache.set(key, gzipped);
  }
  response.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', 'vary': 'accept-encoding' });
  response.end(gzipped);
}

/**
 * An empty page the server answers at `<base>__blank`: where the browser tests park a tab between
 * tests, on the site's own origin, so its storage can be cleared from the page.
 */
export const BLANK_PAGE = '__blank';

/** A running static server over a build folder, as a static host such as GitHub Pages serves it. */
export interface StaticSite {
  /** The site's root address including the base path, ending in '/'. */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` under `base` on a free loopback port; unknown paths get the 404 page with status 404. */
export async function serveStatic(dir: string, base = '/'): Promise<StaticSite> {
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const inBase = pathname.startsWith(base) ? pathname.slice(base.length) : null;
    if (inBase === BLANK_PAGE) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><html lang="en"><title>Blank</title></html>');
      return;
    }
    let file = inBase === null ? null : normalize(join(dir, inBase));
    if (file && !file.startsWith(dir)) file = null;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (file && existsSync(file)) {
      sendFile(request, response, 200, file, cache);
      return;
    }
    const notFound = inBase?.startsWith('nl/') ? join(dir, 'nl', '404', 'index.html') : join(dir, '404.html');
    const fallback = existsSync(notFound) ? notFound : join(dir, '404.html');
    if (existsSync(fallback)) {
      sendFile(request, response, 404, fallback, cache);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
