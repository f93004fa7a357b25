// The schema of content/matching/matching.yaml: the matching helper's topics, time slots, CSV
// columns, fit weights, group sizes and example people, with the checks that span the file (unique
// ids and words, example people that pass the helper's own import). Used at build time only: the
// browser gets the parsed catalogue as props, typed by src/lib/matching/types.ts.

import { z } from 'astro/zod';
import { exportPeople, importPeople } from '../lib/matching/people';
import { nameKey } from '../lib/matching/names';
import type { Lang } from '../lib/language';
import { COLUMN_IDS, type MatchingCatalogue, type Person } from '../lib/matching/types';
import { describeSchemaIssues } from './issues';

const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and dashes' });
const points = z.number().int({ error: 'must be a whole number' }).min(0).max(100);
const bilingual = z.strictObject({ en: text, nl: text });

/** A topic or half-day: an id, its English and Dutch names, and other words the import reads. */
const catalogueItemSchema = z.strictObject({
  /** Stable id, stored in saved lists. */
  id,
  /** The English name. */
  en: text,
  /** The Dutch name. */
  nl: text,
  /** Other words the CSV import reads as this item. */
  aliases: z.array(text).default([]),
});

/** A CSV column. */
const columnSchema = z.strictObject({
  /** Which field the column holds. */
  id: z.enum(COLUMN_IDS as [string, ...string[]]).transform((value) => value as (typeof COLUMN_IDS)[number]),
  /** The English column name, written by the English export. */
  en: text,
  /** The Dutch column name, written by the Dutch export. */
  nl: text,
  /** Other column names the import reads. */
  aliases: z.array(text).default([]),
  /** A file without this column is refused. */
  required: z.boolean().default(false),
});

/** One person of the example file. */
const examplePersonSchema = z.strictObject({
  /** senior (learns) or junior (teaches). */
  role: z.enum(['senior', 'junior']),
  /** Full name, the same in both languages. */
  name: text,
  /** Department in each language. */
  department: bilingual,
  /** Their own manager's name. */
  manager: z.string().default(''),
  /** Topic ids. */
  topics: z.array(id),
  /** Slot ids. */
  availability: z.array(id),
  /** Site in each language. */
  site: bilingual,
  /** Names they would rather not be paired with. */
  pleaseNotWith: z.array(text).default([]),
});

/** The whole file. */
const matchingFileSchema = z.strictObject({
  /** What seniors can want to learn and juniors can teach. */
  topics: z.array(catalogueItemSchema).min(3),
  /** The half-days of the week. */
  slots: z.array(catalogueItemSchema).min(1),
  /** Every CSV column, in export order. */
  columns: z.array(columnSchema).length(COLUMN_IDS.length),
  /** Column names that are never read (age). */
  ignoredColumns: z.array(text),
  /** The fit weights. */
  fit: z.strictObject({
    perSharedTopic: points,
    maxCountedTopics: points,
    sharedTime: points,
    perExtraSharedSlot: points,
    maxExtraSharedSlots: points,
    sameSiteOnSite: points,
    sameSiteHybrid: points,
    otherDepartment: points,
  }),
  /** Small-group sizes. */
  groups: z.strictObject({
    juniorsPerGroup: z.number().int().min(2).max(8),
    maxSeniorsPerGroup: z.number().int().min(1).max(2),
  }),
  /** The people of the downloadable example file. */
  example: z.array(examplePersonSchema).min(2),
});

/** The parsed file. */
export type MatchingFile = z.output<typeof matchingFileSchema>;

/** The example people in one language. */
export function examplePeople(file: MatchingFile, lang: Lang): Person[] {
  return file.example.map((person) => ({
    role: person.role,
    name: person.name,
    department: person.department[lang],
    manager: person.manager,
    topics: person.topics,
    availability: person.availability,
    site: person.site[lang],
    pleaseNotWith: person.pleaseNotWith,
  }));
}

/** The catalogue part of the file, as the helper uses it. */
export function catalogueOf(file: MatchingFile): MatchingCatalogue {
  const { topics, slots, columns, ignoredColumns, fit, groups } = file;
  return { topics, slots, columns, ignoredColumns, fit, groups };
}

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
  const result = matchingFileSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(describeSchemaIssues(fileName, raw, result.error).join('\n'));
  }
  const problems = crossCheckMatching(result.data);
  if (problems.length > 0) throw new Error(problems.map((problem) => `${fileName}: ${problem}`).join('\n'));
  return result.data;
}
