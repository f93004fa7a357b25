// The example list and the empty template as CSV files, per language: /matching/example.csv,
// /matching/template.csv, /nl/matching/voorbeeld.csv and /nl/matching/sjabloon.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadMatchingFile } from '../../../data/load-matching';
import { catalogueOf, examplePeople } from '../../../schemas/matching';
import { MATCHING_FILES } from '../../../lib/matching/files';
import { exportPeople } from '../../../lib/matching/people';
import { LANGUAGES, langParam, type Lang } from '../../../lib/language';

/** One file per language and kind, under that language's /matching/ folder. */
export const getStaticPaths = (() =>
  LANGUAGES.flatMap((lang) =>
    (['example', 'template'] as const).map((kind) => ({
      params: { lang: langParam(lang), file: MATCHING_FILES[lang][kind] },
      props: { lang, kind },
    })),
  )) satisfies GetStaticPaths;

/** The file's CSV text, made from content/matching/matching.yaml. */
export const GET: APIRoute = ({ props }) => {
  const { lang, kind } = props as { lang: Lang; kind: 'example' | 'template' };
  const file = loadMatchingFile();
  const people = kind === 'example' ? examplePeople(file, lang) : [];
  // A byte-order mark, so spreadsheet programs read accented names as UTF-8.
  return new Response(`\uFEFF${exportPeople(catalogueOf(file), people, lang)}`, {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
