// The method page is generated from the questionnaire data at build time: it must show every rule of
// the decision list, every knock-out and every line, in both languages, and ship no script.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { en, type UiKey } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { loadQuestionnaire } from '../../src/data/load-questionnaire.ts';
import { fillPlaceholders } from '../../src/lib/fill-text.ts';
import { ruleCondition, ruleEffect } from '../../src/lib/questionnaire-ui/rule-words.ts';

const questionnaire = loadQuestionnaire();
/** The visible text of a built page, with tags removed and entities and white space tidied. */
const pageText = (path: string): string =>
  readFileSync(`dist/${path}index.html`, 'utf8')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe.each([
  { lang: 'en' as const, path: 'questionnaire/method/', dictionary: en },
  { lang: 'nl' as const, path: 'nl/questionnaire/method/', dictionary: nl },
])('the $lang method page', ({ lang, path, dictionary }) => {
  const words = {
    questionnaire,
    lang,
    t: (key: UiKey, values?: Record<string, string | number>) => fillPlaceholders(dictionary[key], values),
  };
  const text = pageText(path);

  test('lists every rule of the decision list, in order, with its reasoning', () => {
    let from = 0;
    for (const rule of questionnaire.rules) {
      const line = `${ruleCondition(words, rule)} → ${ruleEffect(words, rule)}`.replace(/\s+/g, ' ');
      const at = text.indexOf(line, from);
      expect(at, `rule ${rule.id}: "${line}"`).toBeGreaterThanOrEqual(0);
      from = at;
      expect(text).toContain(rule.why[lang].replace(/\s+/g, ' '));
    }
  });

  test('marks every knock-out answer and shows every weight', () => {
    const knockOuts = questionnaire.rules.filter((rule) => rule.caps && 'question' in rule.when);
    const marks =
      text.split(fillPlaceholders(dictionary['method.knockOut'], { effect: '' }).replace(/\.$/, '').trim()).length - 1;
    expect(marks).toBe(
      knockOuts.reduce((sum, rule) => sum + ('question' in rule.when ? rule.when.options.length : 0), 0),
    );
    for (const question of questionnaire.questions) {
      if (question.kind === 'readiness') expect(text).toContain(question.prompt[lang]);
    }
  });

  test('explains the team view and ships no script', () => {
    expect(text).toContain(dictionary['compare.method.heading']);
    expect(readFileSync(`dist/${path}index.html`, 'utf8')).not.toMatch(
      /<script(?![^>]*type="application\/(ld\+)?json")/,
    );
  });
});
