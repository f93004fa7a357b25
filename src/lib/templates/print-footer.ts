// Printed footers: every printed page of a sheet carries the sheet's name and the address it came
// from. Chromium prints CSS page-margin boxes, and a named page per sheet lets the pilot kit give
// each sheet its own footer. The rules are generated because the names come from the content.

/** One sheet's printed footer. */
export interface SheetFooter {
  /** The sheet's slug; its element carries `data-sheet="<slug>"`. */
  slug: string;
  /** Left-hand text, e.g. 'Pilot kickoff · mentorfit.org/templates/kickoff/'. */
  text: string;
  /** Right-hand text with {page} and optionally {pages}, e.g. 'Page {page} of {pages}'. */
  pageNumber: string;
}

/** Quotes text as a CSS string, escaping what would end or break it. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

/** Turns 'Page {page} of {pages}' into CSS content: `"Page " counter(page) " of " counter(pages)`. */
export function pageNumberContent(pattern: string): string {
  return pattern
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** The CSS page name of a sheet; slugs are kebab-case, so they are valid identifiers as they are. */
export function sheetPageName(slug: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(slug)) throw new Error(`"${slug}" is not a kebab-case slug`);
  return `sheet-${slug}`;
}

const BOX_STYLE = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #000;';

/** The print stylesheet that gives each sheet a named page with its own footer line. */
export function printFooterCss(footers: readonly SheetFooter[]): string {
  return footers
    .map(({ slug, text, pageNumber }) => {
      const name = sheetPageName(slug);
      return [
        `[data-sheet="${slug}"] { page: ${name}; }`,
        `@page ${name} {`,
        `  @bottom-left { content: ${cssString(text)}; ${BOX_STYLE} vertical-align: top; padding-top: 4mm; }`,
        `  @bottom-right { content: ${pageNumberContent(pageNumber)}; ${BOX_STYLE} vertical-align: top; padding-top: 4mm; }`,
        `}`,
      ].join('\n');
    })
    .join('\n');
}
