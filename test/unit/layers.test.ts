// The layers of src/, enforced: a lower layer never imports a higher one. The table says what each
// folder may import; CONTRIBUTING.md explains the layers. Type-only imports are allowed where the
// table says so, because they vanish from the built code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

/** The layers, lowest first: the top folder of src/ (or, for the language table, one file) of a module. */
type Layer = 'language' | 'schemas' | 'lib' | 'i18n' | 'data' | 'stores' | 'components' | 'pages';

/** Which layers a layer may import at run time, and which others for types only. */
const ALLOWED: Record<Layer, { run: Layer[]; types: Layer[] }> = {
  language: { run: [], types: [] },
  schemas: { run: ['language'], types: ['lib'] },
  lib: { run: ['language', 'schemas'], types: ['i18n'] },
  i18n: { run: ['language', 'lib'], types: [] },
  data: { run: ['language', 'schemas', 'lib', 'i18n'], types: [] },
  stores: { run: ['language', 'lib'], types: [] },
  components: { run: ['language', 'lib', 'i18n', 'stores'], types: ['schemas'] },
  pages: { run: ['language', 'schemas', 'lib', 'i18n', 'data', 'stores', 'components'], types: [] },
};

/** Astro components run at build time only, and may read the content as pages do. */
const BUILD_TIME_COMPONENT: { run: Layer[] } = { run: ['data'] };

/** The layer of a file under src/, or undefined for the folders outside the layers (integrations, scripts…). */
export function layerOf(file: string): Layer | undefined {
  const path = relative(resolve('src'), resolve(file)).split(sep).join('/');
  if (path.replace(/\.ts$/, '') === 'lib/language') return 'language';
  const top = path.split('/')[0];
  if (top === 'schemas' || top === 'lib' || top === 'i18n' || top === 'data' || top === 'stores') return top;
  if (top === 'components' || top === 'layouts') return 'components';
  if (top === 'pages') return 'pages';
  return undefined;
}

/** The relative imports of a source file: where to, and whether only types are imported. */
export function importsOf(source: string): { target: string; typeOnly: boolean }[] {
  const found: { target: string; typeOnly: boolean }[] = [];
  const pattern =
    /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g;
  for (const match of source.matchAll(pattern)) {
    const [, , typeKeyword, names = '', target, sideEffect] = match;
    if (sideEffect) {
      found.push({ target: sideEffect, typeOnly: false });
      continue;
    }
    // `import { type A, type B } from` imports only types too.
    const list = /^\{([^}]*)\}$/.exec(names.trim())?.[1];
    const allTypes =
      list !== undefined && list.split(',').every((name) => name.trim() === '' || /^type\s/.test(name.trim()));
    found.push({ target: target ?? '', typeOnly: Boolean(typeKeyword) || allTypes });
  }
  return found;
}

/** Every import in src/ that crosses the layers the wrong way, as "from -> to (run|type)". */
export function layerViolations(files: readonly string[], read: (file: string) => string): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    if (!from) continue;
    for (const { target, typeOnly } of importsOf(read(file))) {
      const to = layerOf(join(dirname(file), target));
      if (!to || to === from) continue;
      const allowed = ALLOWED[from];
      if (allowed.run.includes(to) || (typeOnly && allowed.types.includes(to))) continue;
      if (from === 'components' && file.endsWith('.astro') && BUILD_TIME_COMPONENT.run.includes(to)) continue;
      problems.push(`${file} (${from}) imports ${target} (${to}${typeOnly ? ', types' : ''})`);
    }
  }
  return problems;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|astro|mjs)$/.test(name) ? [full] : [];
  });
}

describe('the layers of src/', () => {
  test('no module imports a layer above its own', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(100);
    expect(layerViolations(files, (file) => readFileSync(file, 'utf8'))).toEqual([]);
  });

  test.each([
    ['src/lib/x.ts', "import { $answers } from '../stores/questionnaire';", 'stores'],
    ['src/lib/q/x.ts', "import { App } from '../../components/App';", 'components'],
    ['src/lib/x.ts', "import type { DataFile } from '../data/load';", 'data'],
    ['src/schemas/x.ts', "import { maxPoints } from '../lib/questionnaire/score';", 'lib'],
    ['src/stores/x.ts', "import './../components/x.css';", 'components'],
  ])('%s importing %s is reported', (file, source, layer) => {
    expect(layerViolations([file], () => source)).toEqual([expect.stringContaining(`(${layer}`)]);
  });

  test('a type-only import of lib from schemas is allowed', () => {
    expect(
      layerViolations(['src/schemas/x.ts'], () => "import type { Lang } from '../lib/questionnaire/types';"),
    ).toEqual([]);
    expect(
      layerViolations(['src/schemas/x.ts'], () => "import { type A, type B } from '../lib/questionnaire/types';"),
    ).toEqual([]);
  });
});
