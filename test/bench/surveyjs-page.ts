// The same questionnaire as a SurveyJS form (survey-core + survey-js-ui, its framework-free renderer),
// built into a folder of its own. SurveyJS is a devDependency used only here, never by the site.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Questionnaire } from '../../src/lib/questionnaire/types.ts';

/** A SurveyJS radio-group question, as SurveyJS's JSON format describes it. */
interface SurveyRadioGroup {
  type: 'radiogroup';
  name: string;
  title: string;
  description?: string;
  isRequired: true;
  choices: { value: string; text: string }[];
}

/** SurveyJS's JSON for a multi-page survey, limited to what this comparison uses. */
interface SurveyJson {
  title: string;
  showProgressBar: 'top';
  progressBarType: 'questions';
  showQuestionNumbers: 'off';
  showPreviewBeforeComplete: 'showAnsweredQuestions';
  pages: { name: string; elements: SurveyRadioGroup[] }[];
  completedHtml: string;
}

/**
 * The questionnaire as SurveyJS JSON with the same features as MentorFit's: one required question per
 * page with its "why we ask" hint, progress, a review page before the end, English texts.
 */
function toSurveyJson(questionnaire: Questionnaire): SurveyJson {
  return {
    title: 'Readiness check',
    showProgressBar: 'top',
    progressBarType: 'questions',
    showQuestionNumbers: 'off',
    showPreviewBeforeComplete: 'showAnsweredQuestions',
    pages: questionnaire.questions.map((question) => ({
      name: question.id,
      elements: [
        {
          type: 'radiogroup',
          name: question.id,
          title: question.prompt.en,
          ...(question.why ? { description: question.why.en } : {}),
          isRequired: true,
          choices: question.options.map((option) => ({ value: option.id, text: option.label.en })),
        },
      ],
    })),
    completedHtml: '<h2>Your result</h2>',
  };
}

const ENTRY = `
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
const json = JSON.parse(document.getElementById('survey-json').textContent);
renderSurvey(new Model(json), document.getElementById('survey'));
`;

/** The comparison page's files: where they are and what the page loads. */
export interface SurveyPage {
  /** The folder to serve. */
  dir: string;
  /** survey-core's version, as installed. */
  version: string;
}

/**
 * Writes index.html, survey.js (minified, one bundle) and SurveyJS's default theme into `dir`.
 * As on MentorFit's page, the questionnaire data is in the HTML, so the script is the library alone.
 */
export async function buildSurveyPage(root: string, questionnaire: Questionnaire, dir: string): Promise<SurveyPage> {
  mkdirSync(dir, { recursive: true });
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(dir, 'survey.js'),
    logLevel: 'error',
  });
  const require = createRequire(join(root, 'package.json'));
  writeFileSync(join(dir, 'survey-core.min.css'), readFileSync(require.resolve('survey-core/survey-core.min.css')));
  // '<' is escaped so no text in the data can close the script element early.
  const data = JSON.stringify(toSurveyJson(questionnaire)).replace(/</g, '\\u003c');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Readiness check (SurveyJS)</title>
<link rel="stylesheet" href="survey-core.min.css">
<script type="module" src="survey.js"></script>
</head>
<body>
<main><h1>Readiness check</h1><div id="survey"></div></main>
<script type="application/json" id="survey-json">${data}</script>
</body>
</html>
`,
  );
  const version = (
    JSON.parse(readFileSync(join(root, 'node_modules/survey-core/package.json'), 'utf8')) as { version: string }
  ).version;
  return { dir, version };
}
