// A comparison travels in a link's fragment, which browsers never send to a server:
//
//   #team=<entry>.<entry>...      a team: 1 to 12 results
//   #change=<before>.<after>      before and after; either may be empty while it is being filled in
//
//   <entry> = <share code>                 a result without a label
//           | <share code>~<label>         the label percent-encoded (readable: "Sponsor", "Anne%20de%20Vries")
//           | <share code>*<label>         the label as base64url of its UTF-8 (shorter for accented or other scripts)
//
// Each entry keeps its own share code, with its questionnaire version and check character, so one
// tampered, outdated, duplicated or too long entry is refused on its own with a reason naming it,
// and never stops the others. Decoding never throws.
//
// Length: a share code is 19 characters, so 12 results with 40-character labels take about 600
// characters in plain letters, under the ~2,000 characters that common chat and e-mail tools keep in
// one link. Percent-encoding makes labels in other scripts up to 12 characters per letter; when the
// readable link passes 2,000 characters, each label takes the shorter of its two encodings, and the
// page warns when even that link is too long (test/unit/compare/comparison-link.test.ts measures it).

import { isCompleteForSomeVersion } from '../questionnaire/answers';
import { decodeShareCode } from '../questionnaire/share-code';
import type { Answers, Questionnaire } from '../questionnaire/types';

/** The fewest and most results a comparison holds. */
export const COMPARISON_SIZE = { min: 2, max: 12 } as const;

/** How many results a comparison of this mode holds: a team up to COMPARISON_SIZE.max, before and after two. */
export function resultsHeld(mode: ComparisonMode): number {
  return mode === 'change' ? 2 : COMPARISON_SIZE.max;
}

/** The longest label, in characters: a role or a first name. */
export const MAX_LABEL_LENGTH = 40;

/** The longest link that common chat tools keep whole. */
export const CHAT_LINK_LIMIT = 2000;

/** Comparison fragments longer than this are refused unread. */
export const MAX_COMPARISON_FRAGMENT_LENGTH = 16_000;

/** A team side by side, or one organisation before and after. */
export type ComparisonMode = 'team' | 'change';

/** What the fragment of each mode starts with. */
const COMPARISON_PREFIXES: Readonly<Record<ComparisonMode, string>> = { team: '#team=', change: '#change=' };

/** One result in a comparison: its share code, its answers and the label it carries. */
export interface ComparedResult {
  readonly code: string;
  readonly answers: Answers;
  /** Plain text, possibly empty, tidied (tidyLabel) when written to a link; never interpreted as HTML. */
  readonly label: string;
}

/** Why one entry of a comparison link was left out. */
export type EntryRefusal = 'too-long' | 'malformed' | 'tampered' | 'version' | 'incomplete' | 'duplicate' | 'too-many';

/** An entry that was left out, named by its position in the link and its label when readable. */
interface RefusedEntry {
  /** 1 for the link's first entry. */
  readonly position: number;
  readonly label: string;
  readonly reason: EntryRefusal;
  /** For a duplicate: the position of the entry it repeats. */
  readonly duplicateOf?: number;
}

/** A comparison link read back: the results that could be used, in order, and the ones refused. */
export interface DecodedComparison {
  readonly mode: ComparisonMode;
  /** In 'change' mode always two slots, before and after; an empty slot is undefined. */
  readonly entries: readonly (ComparedResult | undefined)[];
  readonly refused: readonly RefusedEntry[];
  /** Set when the whole link was refused unread. */
  readonly problem?: 'too-long' | undefined;
}

/** A comparison link ready to share, with how it was written. */
interface ComparisonLink {
  readonly url: string;
  readonly encoding: 'readable' | 'compact';
  /** True when even the compact link is longer than CHAT_LINK_LIMIT. */
  readonly tooLong: boolean;
}

const LABEL_MARKERS = { readable: '~', compact: '*' } as const;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
/** Control characters, and the bidirectional controls that make a label read otherwise than it is written. */
const CONTROL_CHARACTERS = /[\p{Cc}\p{Bidi_Control}]/u;

/** A label with its white space tidied, control characters dropped, and cut to the longest allowed length. */
export function tidyLabel(label: string): string {
  const plain = label.replace(/\s+/g, ' ').replace(new RegExp(CONTROL_CHARACTERS, 'gu'), '').trim();
  return [...plain].slice(0, MAX_LABEL_LENGTH).join('').trim();
}

function readableLabel(label: string): string {
  // encodeURIComponent leaves these as they are; the link uses `~`, `*` and `.` as separators.
  return encodeURIComponent(label).replace(/[!'()*~.]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function compactLabel(label: string): string {
  const bytes = new TextEncoder().encode(label);
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function encodeEntry(entry: ComparedResult | undefined, encoding: ComparisonLink['encoding']): string {
  if (!entry) return '';
  const label = tidyLabel(entry.label);
  if (label === '') return entry.code;
  const readable = `${LABEL_MARKERS.readable}${readableLabel(label)}`;
  if (encoding === 'readable') return entry.code + readable;
  const compact = `${LABEL_MARKERS.compact}${compactLabel(label)}`;
  return entry.code + (compact.length < readable.length ? compact : readable);
}

/** The fragment for a comparison, e.g. '#team=1abc~Sponsor.1def~HR'. */
export function encodeComparison(
  mode: ComparisonMode,
  entries: readonly (ComparedResult | undefined)[],
  encoding: ComparisonLink['encoding'] = 'readable',
): string {
  return COMPARISON_PREFIXES[mode] + entries.map((entry) => encodeEntry(entry, encoding)).join('.');
}

/** The link to share for a comparison on this page: readable, or compact when that is too long for chat tools. */
export function comparisonLink(
  pageUrl: string,
  mode: ComparisonMode,
  entries: readonly (ComparedResult | undefined)[],
): ComparisonLink {
  const page = pageUrl.split('#')[0] ?? pageUrl;
  const readable = page + encodeComparison(mode, entries, 'readable');
  if (readable.length <= CHAT_LINK_LIMIT) return { url: readable, encoding: 'readable', tooLong: false };
  const compact = page + encodeComparison(mode, entries, 'compact');
  return { url: compact, encoding: 'compact', tooLong: compact.length > CHAT_LINK_LIMIT };
}

function decodeLabel(raw: string): { ok: true; label: string } | { ok: false; reason: EntryRefusal } {
  if (raw === '') return { ok: true, label: '' };
  // A letter takes at most 12 characters percent-encoded (4 bytes of UTF-8, 3 characters each).
  if (raw.length > 1 + 12 * MAX_LABEL_LENGTH) return { ok: false, reason: 'too-long' };
  let label: string;
  try {
    if (raw.startsWith(LABEL_MARKERS.readable)) {
      label = decodeURIComponent(raw.slice(1));
    } else if (raw.startsWith(LABEL_MARKERS.compact) && BASE64URL.test(raw.slice(1))) {
      const binary = atob(raw.slice(1).replace(/-/g, '+').replace(/_/g, '/'));
      label = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    } else {
      return { ok: false, reason: 'malformed' };
    }
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (CONTROL_CHARACTERS.test(label)) return { ok: false, reason: 'malformed' };
  if ([...label].length > MAX_LABEL_LENGTH) return { ok: false, reason: 'too-long' };
  return { ok: true, label };
}

/** Reads one result from its share code, or says why it cannot be used: never throws. */
function decodeResult(
  questionnaire: Questionnaire,
  code: string,
): { ok: true; answers: Answers } | { ok: false; reason: EntryRefusal } {
  const decoded = decodeShareCode(questionnaire, code);
  if (!decoded.ok) {
    const { reason } = decoded;
    return {
      ok: false,
      reason: reason === 'too-long' || reason === 'version' || reason === 'malformed' ? reason : 'tampered',
    };
  }
  // A result made before questions were added is complete for its own version, as on the result page.
  if (!isCompleteForSomeVersion(questionnaire, decoded.value)) return { ok: false, reason: 'incomplete' };
  return { ok: true, answers: decoded.value };
}

/** The mode of a comparison fragment, or undefined when the fragment is no comparison. */
function comparisonModeOf(hash: string): ComparisonMode | undefined {
  if (hash.startsWith(COMPARISON_PREFIXES.team)) return 'team';
  if (hash.startsWith(COMPARISON_PREFIXES.change)) return 'change';
  return undefined;
}

/** Reads a comparison fragment; every entry is used or refused on its own. Never throws. */
export function decodeComparison(questionnaire: Questionnaire, hash: unknown): DecodedComparison | undefined {
  if (typeof hash !== 'string') return undefined;
  const mode = comparisonModeOf(hash);
  if (!mode) return undefined;
  const slots = resultsHeld(mode);
  const empty: (ComparedResult | undefined)[] = mode === 'change' ? [undefined, undefined] : [];
  if (hash.length > MAX_COMPARISON_FRAGMENT_LENGTH) return { mode, entries: empty, refused: [], problem: 'too-long' };

  const entries = [...empty];
  const refused: RefusedEntry[] = [];
  const positionOfCode = new Map<string, number>();
  const parts = hash.slice(COMPARISON_PREFIXES[mode].length).split('.');
  for (const [index, part] of parts.entries()) {
    const position = index + 1;
    if (part === '') continue;
    const split = part.search(/[~*]/);
    const code = split === -1 ? part : part.slice(0, split);
    const label = decodeLabel(split === -1 ? '' : part.slice(split));
    const shownLabel = label.ok ? tidyLabel(label.label) : '';
    const refuse = (reason: EntryRefusal, duplicateOf?: number): void => {
      refused.push(
        duplicateOf === undefined
          ? { position, label: shownLabel, reason }
          : { position, label: shownLabel, reason, duplicateOf },
      );
    };
    if (position > slots) {
      refuse('too-many');
      continue;
    }
    if (!label.ok) {
      refuse(label.reason);
      continue;
    }
    const result = decodeResult(questionnaire, code);
    if (!result.ok) {
      refuse(result.reason);
      continue;
    }
    const earlier = positionOfCode.get(code);
    if (earlier !== undefined) {
      refuse('duplicate', earlier);
      continue;
    }
    positionOfCode.set(code, position);
    const entry: ComparedResult = { code, answers: result.answers, label: shownLabel };
    if (mode === 'change') entries[index] = entry;
    else entries.push(entry);
  }
  return { mode, entries, refused };
}

/** What a pasted text turned out to be: one result, or nothing usable and why. */
type PastedLink =
  | { readonly kind: 'result'; readonly code: string; readonly answers: Answers }
  | { readonly kind: 'refused'; readonly reason: EntryRefusal | 'empty' | 'not-a-link' | 'comparison-link' };

/** Reads a pasted share link, or its bare code: never throws. A comparison link is opened, not pasted. */
export function readPastedLink(questionnaire: Questionnaire, text: string): PastedLink {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'refused', reason: 'empty' };
  const hash = trimmed.slice(Math.max(0, trimmed.indexOf('#')));
  if (comparisonModeOf(hash)) return { kind: 'refused', reason: 'comparison-link' };
  let code: string;
  if (hash.startsWith('#a=')) code = hash.slice(3);
  // A bare code always holds digits (its version and unanswered questions); a plain word is no code.
  else if (/^[0-9a-z]+$/.test(trimmed) && /\d/.test(trimmed)) code = trimmed;
  else return { kind: 'refused', reason: 'not-a-link' };
  const result = decodeResult(questionnaire, code);
  return result.ok ? { kind: 'result', code, answers: result.answers } : { kind: 'refused', reason: result.reason };
}
