import { z } from 'astro/zod';
import { LANGUAGES } from '../lib/language';

/** The frontmatter every guide must have, in both languages. */
export const guideSchema = z.object({
  /** Short, plain title shown as the page heading. */
  title: z.string().min(3),
  /** One sentence saying what the reader gets from the guide. */
  summary: z.string().min(10),
  /** Position in the guide list, 1 first. */
  order: z.number().int().min(1),
  /** Three to five key points, shown at the top. */
  takeaways: z.array(z.string().min(3)).min(3).max(5),
  /** Ids from content/sources.yaml that the guide draws on; at least one. */
  sources: z.array(z.string().min(1)).min(1),
  /** One to three next steps: 'questionnaire', 'templates' or a guide slug. */
  next: z.array(z.string().min(1)).min(1).max(3),
  /** The date the guide was last revised. */
  updated: z.coerce.date(),
});

/** One reference article that guides cite. */
export const sourceSchema = z.object({
  /** The id guides use to cite it. */
  id: z.string().min(1),
  /** Who wrote it. */
  author: z.string().min(1),
  /** Who published it, in each language of the site. */
  publisher: z.object({ en: z.string().min(1), nl: z.string().min(1) }),
  /** The article's title. */
  title: z.string().min(1),
  /** The article's language. */
  language: z.enum(LANGUAGES),
  /** People, organisations and studies that only this source reports; guides must cite it for them. */
  names: z.array(z.string().min(1)).default([]),
});
