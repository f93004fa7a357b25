// Our own words, enforced: no text a reader sees (guides, templates, questionnaire and other content
// data, interface texts) shares a run of COPIED_RUN_WORDS words with a reference article, in either
// language. The articles live outside the repo, in ../shared/seeds beside it (SEEDS_DIR overrides);
// without them the test is skipped with a warning, and fails under CI=true. A quotation marked with
// its source, <q cite="ormit">…</q> or <blockquote cite="…">, is exempt (src/lib/seed-overlap.ts).
// content/sources.yaml is left out: it is the list of the articles, whose titles it must quote.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { COPIED_RUN_WORDS, copyCheckFor } from '../../src/lib/seed-overlap';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';

const repoRoot = resolve(import.meta.dirname, '../..');
const seedsDir = process.env.SEEDS_DIR ?? resolve(repoRoot, '..', 'shared', 'seeds');
const seedsFound = existsSync(seedsDir);
if (!seedsFound) {
  const message = `The reference articles are missing: no folder ${seedsDir} (set SEEDS_DIR to point elsewhere).`;
  if (process.env.CI === 'true') throw new Error(`${message} Failing because CI=true.`);
  console.warn(`\n⚠ ${message} The own-words test is SKIPPED.\n`);
}

const seeds = seedsFound
  ? readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => {
        const text = readFileSync(join(seedsDir, name), 'utf8');
        return { name, text, sharedRuns: copyCheckFor(text) };
      })
  : [];

/** Every string in a parsed YAML file, with its path, e.g. questions[3].text.nl. */
function strings(node: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof node === 'string') out.push([path, node]);
  else if (Array.isArray(node)) node.forEach((item, i) => strings(item, `${path}[${i}]`, out));
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) strings(value, path ? `${path}.${key}` : key, out);
  return out;
}

const filesIn = (folder: string, ending: string): string[] =>
  readdirSync(join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => join(folder, name))
    .sort();

/** Every text a reader can see, named by where an editor finds it. */
function ownTexts(): [string, string][] {
  const mdx = [...filesIn('content/guides', '.mdx'), ...filesIn('content/templates', '.mdx')].map(
    (file): [string, string] => [file, readFileSync(join(repoRoot, file), 'utf8')],
  );
  const data = filesIn('content', '.yaml')
    .filter((file) => file !== join('content', 'sources.yaml'))
    .flatMap((file) =>
      strings(yaml.load(readFileSync(join(repoRoot, file), 'utf8')), '').map(([path, text]): [string, string] => [
        `${file} ${path}`,
        text,
      ]),
    );
  const ui = [
    ...Object.entries(en).map(([key, text]): [string, string] => [`src/i18n/en.ts ${key}`, text]),
    ...Object.entries(nl).map(([key, text]): [string, string] => [`src/i18n/nl.ts ${key}`, text]),
  ];
  return [...mdx, ...data, ...ui];
}

describe.skipIf(!seedsFound)('our own words', () => {
  test('the reference articles are all there', () => {
    expect(seeds.map((seed) => seed.name)).toHaveLength(5);
  });

  test('the check finds a sentence copied from a reference article', () => {
    // The middle of each article, as if pasted into a guide, is caught: the check can fail.
    for (const seed of seeds) {
      const middle = seed.text
        .slice(seed.text.length / 2)
        .split(/\n+/)
        .find((line) => line.split(' ').length > 15);
      expect(middle, seed.name).toBeDefined();
      expect(seed.sharedRuns(`Intro. ${middle} Outro.`).length, seed.name).toBeGreaterThan(0);
    }
  });

  test(`no text shares a run of ${COPIED_RUN_WORDS} words or more with a reference article`, () => {
    const copied = ownTexts().flatMap(([where, text]) =>
      seeds.flatMap((seed) => seed.sharedRuns(text).map((run) => `${where} ~ ${seed.name}: "${run.text}"`)),
    );
    expect(copied).toEqual([]);
  });
});
