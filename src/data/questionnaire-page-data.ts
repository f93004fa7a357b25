// The questionnaire page's data in one language (every question, every interface string and the
// template titles), and the file it travels in. Read by the page and by its data file's endpoint.

import { getCollection } from 'astro:content';
import type { QuestionnairePageData } from '../lib/questionnaire-ui/page-data';
import { dictionaryFor } from '../i18n';
import { pickStrings } from '../i18n/island-strings';
import { QUESTIONNAIRE_STRING_KEYS } from '../lib/questionnaire-ui/strings';
import type { Lang } from '../lib/language';
import { TEMPLATE_SLUGS, type TemplateSlug } from '../lib/questionnaire/types';
import { dataFileOf, type DataFile } from '../lib/data-file';
import { localizeQuestionnaire } from './localize-questionnaire';
import { loadQuestionnaire } from './load-questionnaire';

/** The page's data in one language, and the file it travels in. */
export async function questionnairePageData(lang: Lang): Promise<{ data: QuestionnairePageData; file: DataFile }> {
  const questionnaire = localizeQuestionnaire(loadQuestionnaire(), lang);
  const strings = pickStrings(dictionaryFor(lang), QUESTIONNAIRE_STRING_KEYS);
  // Link only to the template pages that exist in this language.
  const templateEntries = await getCollection('templates', (entry) => entry.id.startsWith(`${lang}/`));
  const templateTitles: Partial<Record<TemplateSlug, string>> = {};
  for (const entry of templateEntries) {
    const slug = TEMPLATE_SLUGS.find((known) => `${lang}/${known}` === entry.id);
    if (slug) templateTitles[slug] = entry.data.title;
  }
  const data: QuestionnairePageData = { questionnaire, strings, templateTitles };
  return { data, file: dataFileOf(data) };
}
