// A "Read more" link on the result page names its topic, so a screen reader's list of links tells
// them apart. The topic of a guide section is an interface string keyed by the section's id.

import type { GuideLink } from '../questionnaire/types';
import type { QuestionnaireStringKey, QuestionnaireStrings } from './strings';

/** The dictionary key that holds the topic of a guide section. */
export function topicKey(link: GuideLink): `questionnaire.topic.${string}` {
  return `questionnaire.topic.${link.section}`;
}

function isStringKey(strings: QuestionnaireStrings, key: string): key is QuestionnaireStringKey {
  return Object.hasOwn(strings, key);
}

/** The topic of a guide section in the strings' language, or the section id in words when it has none. */
export function guideTopic(strings: QuestionnaireStrings, link: GuideLink): string {
  const key = topicKey(link);
  return isStringKey(strings, key) ? strings[key] : link.section.replaceAll('-', ' ');
}
