import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMatchingFile, type MatchingFile } from '../schemas/matching';
import { parseYaml } from '../lib/yaml-text';

/** Where the matching helper's data lives, relative to the project root. */
export const MATCHING_FILE = 'content/matching/matching.yaml';

/** Reads and validates the matching file (run from the project root, as Astro and vitest are). */
export function loadMatchingFile(fileName: string = MATCHING_FILE): MatchingFile {
  const source = readFileSync(resolve(process.cwd(), fileName), 'utf8');
  return parseMatchingFile(parseYaml(source, fileName), fileName);
}
