// The compare page's data in one language (the questionnaire and the compare island's strings), and
// the file it travels in. Read by the page and by its data file's endpoint.

import type { CompareDataFile } from '../lib/compare/page-data';
import { dictionaryFor } from '../i18n';
import { pickStrings } from '../i18n/island-strings';
import { COMPARE_STRING_KEYS } from '../lib/compare/strings';
import type { Lang } from '../lib/language';
import { dataFileOf, type DataFile } from '../lib/data-file';
import { localizeQuestionnaire } from './localize-questionnaire';
import { loadQuestionnaire } from './load-questionnaire';

/** The compare page's data file in one language. */
export function comparePageData(lang: Lang): DataFile {
  const data: CompareDataFile = {
    questionnaire: localizeQuestionnaire(loadQuestionnaire(), lang),
    strings: pickStrings(dictionaryFor(lang), COMPARE_STRING_KEYS),
  };
  return dataFileOf(data);
}
