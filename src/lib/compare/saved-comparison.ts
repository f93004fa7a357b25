// A comparison is kept in localStorage only when the user asks, under 'mentorfit:comparison', as JSON:
//
//   { "schemaVersion": 1, "link": "#team=1abc...~Sponsor.1def...~HR" }
//
// - schemaVersion: the shape of this object; raise SAVED_COMPARISON_VERSION when it changes.
// - link: the comparison's fragment (comparison-link.ts), so every entry carries its own
//   questionnaire version and check character and is checked again when it is read.
//
// Lifecycle: written by "Save this comparison", read when the compare page opens without a link,
// removed by "Delete the saved comparison" or the privacy page. What is stored is untrusted:
// parseSavedComparison never throws, and the page removes what it cannot read and says so.

import { MAX_COMPARISON_FRAGMENT_LENGTH, decodeComparison, type DecodedComparison } from './comparison-link';
import type { DecodeResult, Questionnaire } from '../questionnaire/types';
import { readSavedJson } from '../storage';

/** The localStorage key of a saved comparison. */
export const COMPARISON_STORAGE_KEY = 'mentorfit:comparison';

/** The version of the saved comparison's shape. */
const SAVED_COMPARISON_VERSION = 1;

/** The JSON string to store for a comparison's fragment. */
export function serializeSavedComparison(link: string): string {
  return JSON.stringify({ schemaVersion: SAVED_COMPARISON_VERSION, link });
}

/** Reads a stored comparison back, or says why it was refused: never throws. */
export function parseSavedComparison(questionnaire: Questionnaire, raw: unknown): DecodeResult<DecodedComparison> {
  const read = readSavedJson(raw, {
    version: SAVED_COMPARISON_VERSION,
    maxLength: MAX_COMPARISON_FRAGMENT_LENGTH + 100,
    keys: ['schemaVersion', 'link'],
  });
  if (!read.ok) return read;
  const { link } = read.data;
  const comparison = decodeComparison(questionnaire, link);
  if (!comparison || comparison.problem) return { ok: false, reason: 'malformed' };
  // Every entry refused for its questionnaire version: the questions changed since it was saved.
  const used = comparison.entries.filter((entry) => entry !== undefined).length;
  if (used === 0 && comparison.refused.length > 0) {
    return { ok: false, reason: comparison.refused.every((r) => r.reason === 'version') ? 'version' : 'malformed' };
  }
  return { ok: true, value: comparison };
}
