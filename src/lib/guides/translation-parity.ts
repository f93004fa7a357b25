// A Dutch guide is the same guide as its English counterpart, written in Dutch: the same sections
// (linkable ids and the number of headings at each level), the same figures, the same cited sources
// and the same links. Sentences may differ; these may not. The comparison reads the MDX bodies.

/** What two translations of a guide must share. */
interface GuideSkeleton {
  /** Heading ids written as <h2 id="...">, <h3 id="...">, in order. */
  ids: string[];
  /** How many headings there are at level 2 and level 3. */
  headings: { h2: number; h3: number };
  /** Every number in the text, sorted: 97, 500, 6, 12... */
  figures: string[];
  /** The sources cited by <Fact> markers, sorted. */
  sources: string[];
  /** Every link target, sorted. */
  links: string[];
  /** The components used (e.g. PilotHours), sorted. */
  components: string[];
}

const sorted = (items: Iterable<string>): string[] => [...items].sort();

/** Reads the parts of a guide body that a translation must keep. */
export function guideSkeleton(body: string): GuideSkeleton {
  const text = body.replace(/<[^>]*>/g, ' ');
  return {
    ids: [...body.matchAll(/<h[2-4]\s+id="([^"]+)"/g)].map((m) => m[1] ?? ''),
    headings: {
      h2: (body.match(/^(## |<h2[\s>])/gm) ?? []).length,
      h3: (body.match(/^(### |<h3[\s>])/gm) ?? []).length,
    },
    figures: sorted(
      text
        .replace(/\]\([^)]*\)/g, '')
        .replace(/^\s*\d+\.\s/gm, '')
        .match(/\d+/g) ?? [],
    ),
    sources: sorted([...body.matchAll(/<Fact\s+source="([^"]*)"/g)].map((m) => m[1] ?? '')),
    links: sorted([...body.matchAll(/\]\(([^)\s]+)\)|href="([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? '')),
    components: sorted([...body.matchAll(/<([A-Z][A-Za-z]*)[\s/>]/g)].map((m) => m[1] ?? '')),
  };
}

/** Lists how a translation's skeleton differs from the original's, one readable line per part. */
export function compareGuideSkeletons(original: GuideSkeleton, translation: GuideSkeleton): string[] {
  const differences: string[] = [];
  for (const part of Object.keys(original) as (keyof GuideSkeleton)[]) {
    const a = JSON.stringify(original[part]);
    const b = JSON.stringify(translation[part]);
    if (a !== b) differences.push(`${part}: ${a} ≠ ${b}`);
  }
  return differences;
}
