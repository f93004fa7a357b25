import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The guide sections that questionnaire and template content may link to are read from the guides
// themselves: every heading written as <h2 id="..."> or <h3 id="..."> that exists in both languages.
// So a link can only name a section that really is there, in English and in Dutch.

/** Guide slug to the section ids that may be linked to. */
export type GuideAnchors = Readonly<Record<string, readonly string[]>>;

const HEADING_ID = /<h[2-4]\s+id="([^"]+)"/g;

/** Reads the linkable section ids of every guide, keeping those present in both languages. */
export function readGuideAnchors(guidesFolder = 'content/guides'): GuideAnchors {
  const idsOf = (lang: string, file: string): string[] => {
    const path = join(guidesFolder, lang, file);
    return existsSync(path) ? [...readFileSync(path, 'utf8').matchAll(HEADING_ID)].map((m) => m[1] ?? '') : [];
  };
  const anchors: Record<string, string[]> = {};
  for (const file of readdirSync(join(guidesFolder, 'en'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const dutch = new Set(idsOf('nl', file));
    anchors[file.replace(/\.mdx$/, '')] = idsOf('en', file).filter((id) => dutch.has(id));
  }
  return anchors;
}

/** The linkable sections of the guides as they are now. */
export const GUIDE_ANCHORS: GuideAnchors = readGuideAnchors();
