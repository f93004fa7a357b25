import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { en } from '../../../src/i18n/en';

describe('the questionnaire strings in use', () => {
  const sources = [
    ...readdirSync('src/components/questionnaire').map((name) => `src/components/questionnaire/${name}`),
    'src/pages/[...lang]/questionnaire/index.astro',
    'src/lib/questionnaire-ui/guide-topic.ts',
    'src/lib/questionnaire-ui/rule-words.ts',
    'src/lib/questionnaire-ui/result-report.ts',
  ]
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');

  test('every questionnaire string is used by the island or its page', () => {
    const unused = Object.keys(en)
      .filter((key) => key.startsWith('questionnaire.'))
      // The band names are looked up as `questionnaire.band.${band}`, the guide topics as `questionnaire.topic.${section}`.
      .filter((key) => !sources.includes(`'${key}'`))
      // A '.shared' variant is read in place of its key on a colleague's shared result (shared-voice.ts).
      .filter((key) => !(key.endsWith('.shared') && sources.includes(`'${key.slice(0, -'.shared'.length)}'`)))
      .filter(
        (key) =>
          !['band', 'topic'].some(
            (group) => key.startsWith(`questionnaire.${group}.`) && sources.includes(`questionnaire.${group}.\${`),
          ),
      );
    expect(unused).toEqual([]);
  });

  test('every shared-result variant belongs to a string, and speaks of "they" rather than "you"', () => {
    const variants = Object.entries(en).filter(([key]) => key.startsWith('questionnaire.') && key.endsWith('.shared'));
    expect(variants.length).toBeGreaterThan(0);
    for (const [key, text] of variants) {
      expect(Object.keys(en), key).toContain(key.slice(0, -'.shared'.length));
      expect(text, key).not.toMatch(/\b(you|your)\b/i);
    }
  });
});
