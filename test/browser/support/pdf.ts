import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

// Printing as Chromium's print does, and reading the result back with poppler's pdfinfo and pdftotext.

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
