// The island gets the questionnaire as a prop, serialized into the page's HTML. Only the page's own
// language is worth sending, so the other language's texts are emptied here, at build time. The
// shape stays a `Questionnaire`, so the model functions run on it unchanged.

import type { Lang } from '../lib/language';
import type { Questionnaire } from '../lib/questionnaire/types';

/** True for a `{ en, nl }` text pair. */
function isLocalizedText(value: object): value is Record<Lang, string> {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Record<string, unknown>).en === 'string' &&
    typeof (value as Record<string, unknown>).nl === 'string'
  );
}

function keepOneLanguage(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((item) => keepOneLanguage(item, lang));
  if (typeof value !== 'object' || value === null) return value;
  if (isLocalizedText(value)) return { en: lang === 'en' ? value.en : '', nl: lang === 'nl' ? value.nl : '' };
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, keepOneLanguage(item, lang)]));
}

/** A copy of the questionnaire with every text of the other language emptied, for the island's props. */
export function localizeQuestionnaire(questionnaire: Questionnaire, lang: Lang): Questionnaire {
  return keepOneLanguage(questionnaire, lang) as Questionnaire;
}
