// Every content file's problems read the same way, `<file>: <field path>: <problem>`, whichever schema
// found them. These pin the path format and the words that replace zod's own.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeSchemaIssues, formatPath } from '../../src/schemas/issues';

describe('formatPath', () => {
  it.each([
    // Indexes in brackets, keys after dots.
    { path: ['questions', 3, 'options', 1, 'id'], text: 'questions[3].options[1].id' },
    // Keys with dashes stay readable.
    { path: ['rules', 'time-weak', 'below'], text: 'rules.time-weak.below' },
    // A list at the top of the file starts with its index.
    { path: [0, 'id'], text: '[0].id' },
    // The root is an empty path.
    { path: [], text: '' },
  ])('writes $path as "$text"', ({ path, text }) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('describeSchemaIssues', () => {
  const schema = z.strictObject({
    title: z.string(),
    sessions: z.array(z.strictObject({ minutes: z.number() })),
  });
  const linesFor = (raw: unknown): string[] => {
    const result = schema.safeParse(raw);
    return result.success ? [] : describeSchemaIssues('content/x.yaml', raw, result.error);
  };

  it.each([
    // zod would say "Invalid input".
    {
      case: 'a field left out is named and called missing',
      raw: { sessions: [] },
      lines: ['content/x.yaml: title: is missing'],
    },
    // zod would say `sessions.0.minutes`.
    {
      case: 'a field inside a list item is named with its index in brackets',
      raw: { title: 'A', sessions: [{}] },
      lines: ['content/x.yaml: sessions[0].minutes: is missing'],
    },
    // zod reports it once, on the object around it.
    {
      case: 'a misspelt field is named itself',
      raw: { title: 'A', sessions: [], titel: 'B' },
      lines: ['content/x.yaml: titel: unknown field'],
    },
    // zod would say "Invalid input: expected number, received string".
    {
      case: 'a value of the wrong type says what the file holds',
      raw: { title: 'A', sessions: [{ minutes: 'ten' }] },
      lines: ['content/x.yaml: sessions[0].minutes: expected number, got string "ten"'],
    },
    // There is no field to name.
    {
      case: 'a file that is not a mapping is reported for the whole file',
      raw: ['a'],
      lines: ['content/x.yaml: (whole file): expected object, got a list'],
    },
  ])('$case', ({ raw, lines }) => {
    expect(linesFor(raw)).toEqual(lines);
  });
});
