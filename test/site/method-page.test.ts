// The method page is generated from the questionnaire data at build time: it must show every rule of
// the decision list, every knock-out and every line, in both languages, and ship no script.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { loadQuestionnaire } from '../../src/data/load-questionnaire.ts';
import { fillPlaceholders } from '../../src/lib/fill-text.ts';

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
  const text = pageText(path);
  const tidy = (words: string): string => words.replace(/\s+/g, ' ');

  /** What the page must show of a rule, in this order, read from the data rather than from the page's own wording. */
  function ruleFacts(rule: (typeof questionnaire.rules)[number]): string[] {
    const when = rule.when;
    const condition =
      'otherwise' in when
        ? [dictionary['questionnaire.rule.otherwise']]
        : 'dimension' in when
          ? [
              questionnaire.dimensions.find((d) => d.id === when.dimension)?.label[lang] ?? when.dimension,
              `${when.below}`,
            ]
          : [
              ...when.options.map(
                (id) =>
                  questionnaire.questions.find((q) => q.id === when.question)?.options.find((o) => o.id === id)?.label[
                    lang
                  ] ?? id,
              ),
              questionnaire.questions.find((q) => q.id === when.question)?.prompt[lang] ?? when.question,
            ];
    const format = rule.decides ?? rule.caps;
    return [...condition, format ? questionnaire.recommendations[format].title[lang] : '', rule.why[lang]].map(tidy);
  }

  test('lists every rule of the decision list, in order, with its condition, effect and reasoning', () => {
    let from = 0;
    for (const rule of questionnaire.rules) {
      for (const fact of ruleFacts(rule)) {
        const at = text.indexOf(fact, from);
        expect(at, `rule ${rule.id}: "${fact}" after the rules before it`).toBeGreaterThanOrEqual(0);
        from = at;
      }
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
