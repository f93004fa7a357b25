// The compare page's data in one language (the questionnaire and the compare island's strings), and
// the file it travels in. Read by the page and by its data file's endpoint.

import type { CompareDataFile } from '../components/compare/compare-context';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import type { Lang } from '../lib/language';
import { pickCompareStrings } from '../lib/compare/strings';
import { dataFileOf, type DataFile } from '../lib/data-file';
import { localizeQuestionnaire } from '../lib/questionnaire-page/localize';
import { loadQuestionnaire } from './load-questionnaire';

/** The compare page's data file in one language. */
export function comparePageData(lang: Lang): DataFile {
  const data: CompareDataFile = {
    questionnaire: localizeQuestionnaire(loadQuestionnaire(), lang),
    strings: pickCompareStrings(lang === 'en' ? en : nl),
  };
  return dataFileOf(data);
}
