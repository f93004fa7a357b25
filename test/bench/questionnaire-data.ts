// Loads the real questionnaire data for the benchmark, with the project copy's own loader (bundled
// first: test/tools/import-bundled.ts).
import { importBundled } from '../tools/import-bundled.ts';
import type { Answers, Questionnaire } from '../../src/lib/questionnaire/types.ts';

/** The parts of the questionnaire model the benchmark uses. */
export interface QuestionnaireModel {
  questionnaire: Questionnaire;
  /** The share code for a set of answers, as the site's share links carry it. */
  encodeShareCode: (questionnaire: Questionnaire, answers: Answers) => string;
}

/** Loads and validates content/questionnaire/questionnaire.yaml in `root` with the project's own loader. */
export async function loadQuestionnaireModel(root: string): Promise<QuestionnaireModel> {
  const module = await importBundled<{
    loadQuestionnaire: (fileName?: string) => Questionnaire;
    encodeShareCode: QuestionnaireModel['encodeShareCode'];
  }>(root, 'bench-questionnaire', [
    "export { loadQuestionnaire } from './src/data/load-questionnaire.ts';",
    "export { encodeShareCode } from './src/lib/questionnaire/share-code.ts';",
  ]);
  const cwd = process.cwd();
  // The loader reads its file relative to the working folder.
  process.chdir(root);
  try {
    return { questionnaire: module.loadQuestionnaire(), encodeShareCode: module.encodeShareCode };
  } finally {
    process.chdir(cwd);
  }
}
