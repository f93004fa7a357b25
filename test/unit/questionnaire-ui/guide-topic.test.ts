import { describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { loadQuestionnaire } from '../../../src/data/load-questionnaire';
import { guideTopic, topicKey } from '../../../src/lib/questionnaire-ui/guide-topic';
import { pickStrings } from '../../../src/i18n/island-strings';
import { QUESTIONNAIRE_STRING_KEYS } from '../../../src/lib/questionnaire-ui/strings';
import type { GuideLink } from '../../../src/lib/questionnaire/types';

/** Every guide link anywhere in the questionnaire content. */
function guideLinks(value: unknown, found: GuideLink[] = []): GuideLink[] {
  if (Array.isArray(value)) for (const item of value) guideLinks(item, found);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.guide === 'string' && typeof record.section === 'string') {
      found.push({ guide: record.guide, section: record.section });
    } else for (const item of Object.values(record)) guideLinks(item, found);
  }
  return found;
}

const strings = { en: pickStrings(en, QUESTIONNAIRE_STRING_KEYS), nl: pickStrings(nl, QUESTIONNAIRE_STRING_KEYS) };
const links = guideLinks(loadQuestionnaire());
const sections = [...new Set(links.map((link) => link.section))];

describe('the topic of a guide link', () => {
  test('the questionnaire links to guide sections at all', () => {
    expect(sections.length).toBeGreaterThan(5);
  });

  test.each(sections.flatMap((section) => (['en', 'nl'] as const).map((lang) => [section, lang] as const)))(
    'section %s has its own topic in %s',
    (section, lang) => {
      expect(Object.hasOwn(strings[lang], topicKey({ guide: 'any', section }))).toBe(true);
    },
  );

  test.each(['en', 'nl'] as const)(
    'no two sections share a topic in %s, so different links get different names',
    (lang) => {
      const topics = sections.map((section) => guideTopic(strings[lang], { guide: 'any', section }));
      expect(new Set(topics).size).toBe(sections.length);
    },
  );

  test.each([
    // a known section gets its topic in the strings' language
    ['en', 'protected-time', 'protected time'],
    ['nl', 'protected-time', 'beschermde tijd'],
    ['nl', 'matching-pairs', "duo's samenstellen"],
    // an unknown section still gets a readable name, from its id
    ['en', 'new-section-here', 'new section here'],
    // a name inherited from Object is not a topic
    ['en', 'constructor', 'constructor'],
  ] as const)('in %s, section %s reads %j', (lang, section, expected) => {
    expect(guideTopic(strings[lang], { guide: 'when-it-works-and-fails', section })).toBe(expected);
  });
});
