// The compare page's data, one file per language: /questionnaire/compare/data-<hash>.json and
// /nl/questionnaire/compare/data-<hash>.json. The page's island fetches it when it wakes up.
import { dataFileEndpoint } from '../../../../lib/data-file';
import { comparePageData } from '../../../../data/compare-page-data';

export const { getStaticPaths, GET } = dataFileEndpoint(comparePageData);
