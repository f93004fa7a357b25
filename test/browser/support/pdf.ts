import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

// Printing as Chromium's print does, and reading the result back with poppler's pdfinfo, pdftotext and
// pdftoppm.

const pdfDir = mkdtempSync(join(tmpdir(), 'mentorfit-pdf-'));

/** Collapses runs of white space, so printed text can be searched for phrases. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Prints the page at `url` to a PDF file as Chromium's print does, and returns the file's path. */
export async function printToPdf(
  page: Page,
  url: string,
  name: string,
  format: 'A4' | 'Letter' = 'A4',
): Promise<string> {
  // A sheet's scripts (its print button, a kit's plan) are modules: they have run by the load event.
  await page.goto(url, { waitUntil: 'load' });
  const file = join(pdfDir, `${name.replace(/\W+/g, '_')}-${format}.pdf`);
  await page.pdf({ path: file, format, printBackground: true });
  return file;
}

/** A PDF's page count and page size as pdfinfo reports them. */
export function pdfInfo(file: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), size: /Page size:\s+(.+)/.exec(info)?.[1] ?? '' };
}

/** The text of each page of a PDF, whitespace squashed (pdftotext ends each page with a form feed). */
export function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map(squash);
}

/**
 * How far down the last page of a PDF its content reaches, from 0 (blank) to 1: the lowest dark
 * pixel above the footer (the bottom eighth), over the page's height. Lines and boxes count, as on
 * paper; poppler's pdftoppm draws the page small and grey.
 */
export function lastPageReach(file: string): number {
  const { pages } = pdfInfo(file);
  const out = file.replace(/\.pdf$/, '-last-page');
  execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', String(pages), '-l', String(pages), '-singlefile', file, out]);
  const image = readFileSync(`${out}.pgm`);
  // A binary PGM: "P5", width, height and the largest value, each after white space, then a byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(image.toString('latin1', 0, 40));
  if (!header) throw new Error(`pdftoppm wrote no greyscale image for ${file}`);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = image.subarray(header[0].length);
  const aboveFooter = Math.floor(height * 0.875);
  for (let row = aboveFooter - 1; row >= 0; row--) {
    if (pixels.subarray(row * width, (row + 1) * width).some((value) => value < 200)) return (row + 1) / height;
  }
  return 0;
}
