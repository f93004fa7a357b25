// What a first visit to a page downloads, measured in Chromium with an empty cache: every response
// is recorded, sorted into HTML, CSS, JavaScript and the rest, and gzipped as a static host would.
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

/** A size before and after gzip, in bytes. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What a first visit to one page costs. */
export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Images, fonts and anything else. */
  other: Bytes;
  /** Every request the visit made, the page itself included. */
  requests: number;
  /** The addresses requested, relative to the site, so a reader can see what the count is made of. */
  urls: string[];
}

type Kind = 'html' | 'css' | 'js' | 'other';

function kindOf(response: Response): Kind {
  const type = response.request().resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  return 'other';
}

/** The size of a body as served raw and as served gzipped (zlib's default level, as most hosts use). */
function bytesOf(body: Buffer): Bytes {
  return { raw: body.length, gzip: gzipSync(body).length };
}

/** Adds two sizes. */
function addBytes(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

/** Opens `url` in a fresh browser context (empty cache) and adds up everything the visit loads. */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: Response[] = [];
  let requests = 0;
  const urls: string[] = [];
  const origin = new URL(url).origin;
  page.on('request', (request) => {
    requests += 1;
    urls.push(request.url().replace(origin, ''));
  });
  page.on('response', (response) => responses.push(response));
  const main = await page.goto(url, { waitUntil: 'networkidle' });
  if (!main || main.status() !== 200) {
    await context.close();
    throw new Error(`${url} answered ${main?.status() ?? 'nothing'}`);
  }
  const weight: PageWeight = {
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
    requests: 0,
    urls,
  };
  for (const response of responses) {
    const kind = kindOf(response);
    weight[kind] = addBytes(weight[kind], bytesOf(await response.body()));
  }
  weight.requests = requests;
  await context.close();
  return weight;
}
