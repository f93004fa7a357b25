// The schema of content/matching/matching.yaml: the matching helper's topics, time slots, CSV
// columns, fit weights, group sizes and example people. The checks that span the file (unique ids and
// words, example people that pass the helper's own import) need the helper's code, so they live in
// src/data/load-matching.ts. Used at build time only: the browser gets the parsed catalogue as props,
// typed by src/lib/matching/types.ts.

import { z } from 'astro/zod';
import type { Lang } from '../lib/language';
import type { MatchingCatalogue, Person } from '../lib/matching/types';
import { COLUMN_IDS } from './matching-ids';
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
  id: z.enum(COLUMN_IDS),
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

/** Validates the parsed YAML's shape; throws an Error naming the file and every problem. */
export function parseMatchingShape(raw: unknown, fileName: string): MatchingFile {
  const result = matchingFileSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(describeSchemaIssues(fileName, raw, result.error).join('\n'));
  }
  return result.data;
}
