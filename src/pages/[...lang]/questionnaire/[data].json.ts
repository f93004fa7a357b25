// The questionnaire page's data, one file per language: /questionnaire/data-<hash>.json and
// /nl/questionnaire/data-<hash>.json. The page's island fetches it when it wakes up.
import { dataFileEndpoint } from '../../../lib/data-file';
import { questionnairePageData } from '../../../data/questionnaire-page-data';

export const { getStaticPaths, GET } = dataFileEndpoint(async (lang) => (await questionnairePageData(lang)).file);
