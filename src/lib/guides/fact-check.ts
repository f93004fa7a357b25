// Every figure and named source in a guide says where it comes from. Writers wrap a claim in
// <Fact source="id">…</Fact>, where id is an entry of content/sources.yaml; the page shows a
// numbered marker that links to the source list at the bottom. This module finds what slipped through:
// a digit outside a <Fact> (a figure, a date, a year), a name that a source holds written outside a
// <Fact>, and a name inside a <Fact> that cites a different source. House rule: write every figure
// from a source in digits, so the check can see it; numbers computed from the pilot's data come from
// components, never from the text.

/** Why a passage of guide text needs a source marker. */
type UnsourcedReason = 'figure' | 'name' | 'wrong-source';

/** A figure or name in guide text that lacks its source marker. */
interface UnsourcedClaim {
  /** 1-based line in the text that was checked. */
  line: number;
  /** The figure or name as written. */
  text: string;
  /** What is wrong with it. */
  reason: UnsourcedReason;
  /** For 'wrong-source': the source the name belongs to. */
  expected?: string;
}

/** A source id with the names (people, organisations, studies) that only it may be cited for. */
export interface SourceNames {
  /** The id in content/sources.yaml. */
  id: string;
  /** Names as written in guides, case-sensitive. */
  names: readonly string[];
}

const FACT = /<Fact\s+source="([^"]*)"\s*>([\s\S]*?)<\/Fact>/g;

/** The source ids cited by <Fact> markers in a text, in order of appearance. */
export function citedSources(text: string): string[] {
  return [...text.matchAll(FACT)].map((match) => match[1] ?? '');
}

// Blank out a stretch of text but keep its line breaks, so line numbers stay right.
const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

// Markup that is not read as text: tags with their attributes, link targets, list numbers.
function readableText(text: string): string {
  return text
    .replace(/<[^>]*>/g, blank)
    .replace(/\]\([^)]*\)/g, blank)
    .replace(/^(\s*)\d+\.(?=\s)/gm, (marker) => blank(marker));
}

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function nameMatches(text: string, name: string): number[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => match.index);
}

// A section heading may name the organisation its section is about; the section's text cites it.
const HEADING = /<h([2-4])[^>]*>[\s\S]*?<\/h\1>/g;

/** Finds figures and names in guide text (frontmatter removed) that carry no, or the wrong, source marker. */
export function findUnsourcedClaims(text: string, sources: readonly SourceNames[] = []): UnsourcedClaim[] {
  const claims: UnsourcedClaim[] = [];
  const outside = readableText(text.replace(FACT, blank));
  const outsideHeadings = readableText(text.replace(FACT, blank).replace(HEADING, blank));
  for (const match of outside.matchAll(/[\p{L}\p{N}%.,'-]*\d[\p{L}\p{N}%.,'-]*/gu)) {
    claims.push({ line: lineOf(outside, match.index), text: match[0].replace(/[.,]+$/, ''), reason: 'figure' });
  }
  // A shorter name inside a longer one ("Welch" in "Jack Welch") is one claim, reported once.
  const found = sources.flatMap((source) =>
    source.names.flatMap((name) => nameMatches(outsideHeadings, name).map((index) => ({ index, name, id: source.id }))),
  );
  const within = (a: { index: number; name: string }, b: { index: number; name: string }): boolean =>
    a !== b && b.index <= a.index && a.index + a.name.length <= b.index + b.name.length;
  for (const hit of found.filter((a) => !found.some((b) => within(a, b)))) {
    claims.push({ line: lineOf(outside, hit.index), text: hit.name, reason: 'name', expected: hit.id });
  }
  for (const fact of text.matchAll(FACT)) {
    const cited = fact[1] ?? '';
    const inner = readableText(fact[2] ?? '');
    const citedNames = sources.find((s) => s.id === cited)?.names ?? [];
    const foreign = sources
      .filter((s) => s.id !== cited)
      .flatMap((source) =>
        source.names
          .filter((name) => !citedNames.includes(name))
          .flatMap((name) => nameMatches(inner, name).map((index) => ({ index, name, id: source.id }))),
      );
    for (const hit of foreign.filter((a) => !foreign.some((b) => within(a, b)))) {
      claims.push({
        line: lineOf(text, fact.index + hit.index),
        text: hit.name,
        reason: 'wrong-source',
        expected: hit.id,
      });
    }
  }
  return claims.sort((a, b) => a.line - b.line);
}

/** One line per claim, for a build error or a failing test: `file:line: "97%" needs <Fact source="...">`. */
export function describeUnsourcedClaims(file: string, claims: readonly UnsourcedClaim[]): string[] {
  return claims.map((claim) => {
    const where = `${file}:${claim.line}`;
    if (claim.reason === 'figure') return `${where}: the figure "${claim.text}" needs a <Fact source="..."> marker`;
    if (claim.reason === 'name') return `${where}: "${claim.text}" needs <Fact source="${claim.expected}">`;
    return `${where}: "${claim.text}" is cited to the wrong source; it belongs to "${claim.expected}"`;
  });
}
