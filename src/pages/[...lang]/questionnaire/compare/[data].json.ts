// The compare page's data, one file per language: /questionnaire/compare/data-<hash>.json and
// /nl/questionnaire/compare/data-<hash>.json. The page's island fetches it when it wakes up.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGUAGES } from '../../../../lib/language';
import { comparePageData } from '../../../../data/compare-page-data';

export const getStaticPaths = (() =>
  LANGUAGES.map((lang) => {
    const file = comparePageData(lang);
    return { params: { lang: lang === 'en' ? undefined : lang, data: file.name }, props: { json: file.json } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { json: string }).json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
