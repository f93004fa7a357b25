import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema, sourceSchema } from './schemas/guide';
import { templateSchema } from './schemas/template';

// Editors' content lives in the top-level content/ folder; one folder per language,
// with the same file names in each (checked by src/integrations/content-check.ts).
const guides = defineCollection({
  loader: glob({ pattern: '{en,nl}/*.mdx', base: './content/guides' }),
  schema: guideSchema,
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: sourceSchema,
});

const templates = defineCollection({
  loader: glob({ pattern: '{en,nl}/*.mdx', base: './content/templates' }),
  schema: templateSchema,
});

export const collections = { guides, sources, templates };
