import { z } from 'astro/zod';

/** The preferred word for a concept in one language, and the variants that must not be used. */
const termSchema = z.strictObject({
  /** The word to use. */
  term: z.string().min(1),
  /** Variants that must not appear; whole words, any case. */
  banned: z.array(z.string().min(1)),
});

/** One concept of content/glossary.yaml, with its term in each language. */
const glossaryEntrySchema = z.strictObject({
  /** What the concept is, for editors. */
  concept: z.string().min(10),
  /** The English term. */
  en: termSchema,
  /** The Dutch term. */
  nl: termSchema,
});

/** The whole glossary. */
export const glossarySchema = z.array(glossaryEntrySchema).min(1);
