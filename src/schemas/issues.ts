import type { z } from 'astro/zod';

/** Turns a schema error into one line per problem: `<file>: <field.path>: <message>`. */
export function formatSchemaIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${file}: ${issue.path.length > 0 ? issue.path.join('.') : '(whole file)'}: ${issue.message}`)
    .join('\n');
}
