// One word per concept: content/glossary.yaml names the preferred term and the banned variants in each
// language. This finds banned variants in a text, as whole words in any case.

/** A banned variant found in a text, with the term to use instead. */
interface BannedTerm {
  /** The variant as written in the text. */
  found: string;
  /** The glossary's preferred term. */
  use: string;
}

/** The part of a glossary entry for one language. */
interface GlossaryTerm {
  /** The preferred word. */
  term: string;
  /** Variants that must not be used. */
  banned: readonly string[];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lists every banned variant in a text, in order of appearance. */
export function findBannedTerms(text: string, terms: readonly GlossaryTerm[]): BannedTerm[] {
  const found: { index: number; hit: BannedTerm }[] = [];
  for (const { term, banned } of terms) {
    for (const variant of banned) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(variant)}(?![\\p{L}\\p{N}-])`, 'giu');
      for (const match of text.matchAll(pattern))
        found.push({ index: match.index, hit: { found: match[0], use: term } });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.hit);
}
