// The "On this page" list and the previous/next links of a guide, worked out from plain data.
// Guide sections are written as <h2 id="...">Title</h2>, so their ids stay the same in both
// languages and other pages can link to them; the list is read from those headings.

/** A section of a guide: its heading's id and text. */
export interface GuideSection {
  /** The heading's id on the page, the same in both languages. */
  id: string;
  /** The heading's text. */
  text: string;
}

const SECTION = /<h2\s+id="([^"]+)"\s*>([\s\S]*?)<\/h2>/g;

/** The sections listed under "On this page": the guide's h2 headings, in order. */
export function guideSections(body: string): GuideSection[] {
  return [...body.matchAll(SECTION)].map((match) => ({
    id: match[1] ?? '',
    text: (match[2] ?? '').replace(/<[^>]+>/g, '').trim(),
  }));
}

/** Level-2 headings written in markdown (`## Title`), which get no fixed id and are not listed. */
export function markdownSectionHeadings(body: string): string[] {
  return [...body.matchAll(/^## (.+)$/gm)].map((match) => match[1] ?? '');
}

/** The items before and after one item in reading order; undefined at either end. */
export function neighbours<T>(ordered: readonly T[], current: T): { previous?: T | undefined; next?: T | undefined } {
  const index = ordered.indexOf(current);
  if (index === -1) return {};
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
