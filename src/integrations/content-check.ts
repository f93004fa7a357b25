import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { z } from 'astro/zod';
import { describeMissingTranslations, findMissingTranslations } from '../lib/content-parity';
import { splitFrontmatter } from '../lib/frontmatter';
import { parseYaml } from '../lib/yaml-text';
import { LANGUAGES } from '../lib/language';
import { describeSchemaIssues } from '../schemas/issues';
import { guideSchema } from '../schemas/guide';
import { templateSchema } from '../schemas/template';

/** A folder of translated MDX content and the schema its frontmatter must match. */
export interface TranslatedFolder {
  /** Path below the project root, e.g. 'content/guides'. */
  folder: string;
  /** The frontmatter schema. */
  schema: z.ZodType;
}

/** The translated content folders checked before every build. */
const TRANSLATED_FOLDERS: TranslatedFolder[] = [
  { folder: 'content/guides', schema: guideSchema },
  { folder: 'content/templates', schema: templateSchema },
];

/** Checks one MDX file's frontmatter; returns problems as `<file>: <field>: <message>` lines. */
export function checkFrontmatter(file: string, text: string, schema: z.ZodType): string[] {
  const split = splitFrontmatter(text);
  if (!split.ok) return [`${file}: ${split.problem}`];
  let data: unknown;
  try {
    // The frontmatter starts on the file's second line, after its `---`.
    data = parseYaml(split.yaml, file, 2);
  } catch (error) {
    return [error instanceof Error ? error.message : `${file}: ${String(error)}`];
  }
  const raw = data ?? {};
  const result = schema.safeParse(raw);
  return result.success ? [] : describeSchemaIssues(file, raw, result.error);
}

/** Checks every translated folder below root: language parity and frontmatter. */
export function checkTranslatedContent(
  root: string,
  folders: readonly TranslatedFolder[] = TRANSLATED_FOLDERS,
): string[] {
  const problems: string[] = [];
  for (const { folder, schema } of folders) {
    if (!existsSync(join(root, folder))) continue;
    const filesByLanguage: Record<string, string[]> = {};
    for (const lang of LANGUAGES) {
      const dir = join(root, folder, lang);
      const names = existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith('.mdx'))
            .sort()
        : [];
      filesByLanguage[lang] = names;
      for (const name of names) {
        problems.push(...checkFrontmatter(`${folder}/${lang}/${name}`, readFileSync(join(dir, name), 'utf8'), schema));
      }
    }
    const missing = findMissingTranslations(filesByLanguage);
    if (missing.length > 0) problems.push(describeMissingTranslations(folder, missing));
  }
  return problems;
}

/** Fails the build, naming file and field, when translated content is missing or invalid. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'mentorfit:content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = checkTranslatedContent(config.root.pathname);
        if (problems.length > 0) {
          throw new Error(`MentorFit content has problems:\n${problems.join('\n')}`);
        }
      },
    },
  };
}
