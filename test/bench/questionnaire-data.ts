// Loads the real questionnaire data for the benchmark. The project's modules import each other
// without file extensions (as Astro and Vite allow), which plain Node cannot resolve, so the loader
// is bundled once with esbuild into the project copy and imported from there.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Answers, Questionnaire } from '../../src/lib/questionnaire/types.ts';

/** The parts of the questionnaire model the benchmark uses. */
export interface QuestionnaireModel {
  questionnaire: Questionnaire;
  /** The share code for a set of answers, as the site's share links carry it. */
  encodeShareCode: (questionnaire: Questionnaire, answers: Answers) => string;
}

/** Loads and validates content/questionnaire/questionnaire.yaml in `root` with the project's own loader. */
export async function loadQuestionnaireModel(root: string): Promise<QuestionnaireModel> {
  const outfile = join(root, 'node_modules', '.cache', 'bench-questionnaire.mjs');
  await build({
    stdin: {
      contents: [
        "export { loadQuestionnaire } from './src/data/load-questionnaire.ts';",
        "export { encodeShareCode } from './src/lib/questionnaire/share-code.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  const module = (await import(pathToFileURL(outfile).href)) as {
    loadQuestionnaire: (fileName?: string) => Questionnaire;
    encodeShareCode: QuestionnaireModel['encodeShareCode'];
  };
  const cwd = process.cwd();
  // The loader reads its file relative to the working folder.
  process.chdir(root);
  try {
    return { questionnaire: module.loadQuestionnaire(), encodeShareCode: module.encodeShareCode };
  } finally {
    process.chdir(cwd);
  }
}
