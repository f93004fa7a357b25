// The questionnaire page's data, one file per language: /questionnaire/data-<hash>.json and
// /nl/questionnaire/data-<hash>.json. The page's island fetches it when it wakes up.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGUAGES } from '../../../lib/language';
import { questionnairePageData } from '../../../data/questionnaire-page-data';

export const getStaticPaths = (async () =>
  Promise.all(
    LANGUAGES.map(async (lang) => {
      const { file } = await questionnairePageData(lang);
      return { params: { lang: lang === 'en' ? undefined : lang, data: file.name }, props: { json: file.json } };
    }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { json: string }).json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
