// Reads content/matching/matching.yaml: the schema checks the shape (src/schemas/matching.ts), then
// the checks that span the file and need the helper's own code: unique ids and words, every column
// once, and example people that pass the helper's import in both languages.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogueOf, examplePeople, parseMatchingShape, type MatchingFile } from '../schemas/matching';
import { COLUMN_IDS } from '../schemas/matching-ids';
import { exportPeople, importPeople } from '../lib/matching/people';
import { nameKey } from '../lib/matching/names';
import { parseYaml } from '../lib/yaml-text';

/** Where the matching helper's data lives, relative to the project root. */
export const MATCHING_FILE = 'content/matching/matching.yaml';

/** Checks across the file: unique ids and words, every column once, examples that import cleanly. */
function crossCheckMatching(file: MatchingFile): string[] {
  const problems: string[] = [];
  // A word may name one item only; an item may repeat its own words (an alias equal to its id).
  const unique = (what: string, items: readonly (readonly string[])[]): void => {
    const owner = new Map<string, number>();
    items.forEach((words, index) => {
      for (const word of words.map(nameKey)) {
        if (owner.has(word) && owner.get(word) !== index) problems.push(`${what}: "${word}" names two different items`);
        owner.set(word, index);
      }
    });
  };
  unique(
    'topics',
    file.topics.map((t) => [t.id, t.en, t.nl, ...t.aliases]),
  );
  unique(
    'slots',
    file.slots.map((s) => [s.id, s.en, s.nl, ...s.aliases]),
  );
  unique('columns', [...file.columns.map((c) => [c.id, c.en, c.nl, ...c.aliases]), file.ignoredColumns]);
  for (const columnId of COLUMN_IDS) {
    if (!file.columns.some((column) => column.id === columnId)) problems.push(`columns: no column "${columnId}"`);
  }
  const topicIds = new Set(file.topics.map((t) => t.id));
  const slotIds = new Set(file.slots.map((s) => s.id));
  file.example.forEach((person, index) => {
    for (const topic of person.topics)
      if (!topicIds.has(topic)) problems.push(`example[${index}].topics: unknown topic "${topic}"`);
    for (const slot of person.availability)
      if (!slotIds.has(slot)) problems.push(`example[${index}].availability: unknown slot "${slot}"`);
  });
  const catalogue = catalogueOf(file);
  for (const lang of ['en', 'nl'] as const) {
    const { problems: importProblems } = importPeople(
      catalogue,
      exportPeople(catalogue, examplePeople(file, lang), lang),
    );
    for (const problem of importProblems) {
      problems.push(`example (${lang}): row ${problem.row}: ${problem.code} ${problem.value ?? problem.column ?? ''}`);
    }
  }
  return problems;
}

/** Validates the parsed YAML; throws an Error naming the file and every problem. */
export function parseMatchingFile(raw: unknown, fileName: string): MatchingFile {
  const file = parseMatchingShape(raw, fileName);
  const problems = crossCheckMatching(file);
  if (problems.length > 0) throw new Error(problems.map((problem) => `${fileName}: ${problem}`).join('\n'));
  return file;
}

/** Reads and validates the matching file (run from the project root, as Astro and vitest are). */
export function loadMatchingFile(fileName: string = MATCHING_FILE): MatchingFile {
  const source = readFileSync(resolve(process.cwd(), fileName), 'utf8');
  return parseMatchingFile(parseYaml(source, fileName), fileName);
}
