// How every content file's problems read, whichever schema found them: one line per problem,
// `<file>: <field path>: <problem>`, with the path written as an editor reads it
// (`questions[3].dimension`, `formats.buddy.sheets.kickoff[0]`) and zod's own wording replaced where it
// says little ("Invalid input" for a field left out becomes "is missing").

import type { z } from 'astro/zod';

/** One problem in a content file: where it is (e.g. `questions[3].dimension`) and what is wrong. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** A value as it would be written in the file, for messages: strings in quotes. */
export const quoted = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Formats a path like ['questions', 3, 'dimension'] as `questions[3].dimension`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** One problem as the line an editor reads: `<file>: <field path>: <problem>`. */
export function problemLine(file: string, problem: Problem): string {
  return `${file}: ${problem.path || '(whole file)'}: ${problem.message}`;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${quoted(value)}`;
}

/** Turns zod's issues on the raw data into problems worded for content editors. */
export function problemsFromIssues(raw: unknown, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ path: formatPath([...path, key]), message: 'unknown field' });
    } else if (issue.code === 'invalid_type' && valueAt(raw, path) === undefined) {
      problems.push({ path: formatPath(path), message: 'is missing' });
    } else if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
      // Zod's own wording; the schema pieces' custom messages are kept as written.
      problems.push({
        path: formatPath(path),
        message: `expected ${issue.expected}, got ${describeType(valueAt(raw, path))}`,
      });
    } else {
      problems.push({ path: formatPath(path), message: issue.message });
    }
  }
  return problems;
}

/** Turns a schema error on the raw data of a file into one line per problem (see problemLine). */
export function describeSchemaIssues(file: string, raw: unknown, error: z.ZodError): string[] {
  return problemsFromIssues(raw, error.issues).map((problem) => problemLine(file, problem));
}
