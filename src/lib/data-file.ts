// A page's data (the questionnaire in the page's language and the island's strings, 40 to 50 KB of
// JSON) travels as a file of its own next to the page, not inside its HTML: the HTML stays small
// enough to arrive in the first round trip of a slow connection, and the browser fetches the data
// while the island wakes up. The readiness check and the compare page do this. The file's name
// carries a hash of its content, like Astro's script files, so a page never reads the data of
// another build from a cache.

import { createHash } from 'node:crypto';
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGUAGES, langParam, type Lang } from './language';

/** The data file of one page in one language. */
export interface DataFile {
  /** The file's name without `.json`, e.g. `data-1a2b3c4d`. */
  readonly name: string;
  /** The file's text. */
  readonly json: string;
}

/** The data as a file whose name changes whenever its content does. */
export function dataFileOf(data: unknown): DataFile {
  const json = JSON.stringify(data);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  return { name: `data-${hash}`, json };
}

/**
 * The endpoint that writes a page's data file, one per language (the English one at the root,
 * the Dutch one under /nl/): `export const { getStaticPaths, GET } = dataFileEndpoint(fileOf)` in a
 * `[...lang]/…/[data].json.ts` route.
 */
export function dataFileEndpoint(fileOf: (lang: Lang) => DataFile | Promise<DataFile>): {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute;
} {
  return {
    getStaticPaths: () =>
      Promise.all(
        LANGUAGES.map(async (lang) => {
          const file = await fileOf(lang);
          return { params: { lang: langParam(lang), data: file.name }, props: { json: file.json } };
        }),
      ),
    GET: ({ props }) =>
      new Response((props as { json: string }).json, {
        headers: { 'content-type': 'application/json; charset=utf-8' },
      }),
  };
}
