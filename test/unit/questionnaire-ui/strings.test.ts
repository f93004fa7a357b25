import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { en } from '../../../src/i18n/en';

describe('the questionnaire strings in use', () => {
  const sources = [
    ...readdirSync('src/components/questionnaire').map((name) => `src/components/questionnaire/${name}`),
    'src/pages/[...lang]/questionnaire/index.astro',
    'src/lib/questionnaire-ui/guide-topic.ts',
    'src/lib/questionnaire-ui/rule-words.ts',
  ]
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');

  test('every questionnaire string is used by the island or its page', () => {
    const unused = Object.keys(en)
      .filter((key) => key.startsWith('questionnaire.'))
      // The band names are looked up as `questionnaire.band.${band}`, the guide topics as `questionnaire.topic.${section}`.
      .filter((key) => !sources.includes(`'${key}'`))
      .filter(
        (key) =>
          !['band', 'topic'].some(
            (group) => key.startsWith(`questionnaire.${group}.`) && sources.includes(`questionnaire.${group}.\${`),
          ),
      );
    expect(unused).toEqual([]);
  });
});
