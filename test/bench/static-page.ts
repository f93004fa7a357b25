// The reference for "as fast as a plain HTML page": the first question of the same questionnaire as
// a static page with one radio group and no script or stylesheet, served by the same local server.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Questionnaire } from '../../src/lib/questionnaire/types.ts';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Writes index.html with the questionnaire's first question, in English, into `dir`, and returns `dir`. */
export function buildStaticPage(questionnaire: Questionnaire, dir: string): string {
  const question = questionnaire.questions[0];
  if (!question) throw new Error('The questionnaire has no questions.');
  const options = question.options
    .map(
      (option) =>
        `<div><input type="radio" id="q-${option.id}" name="q" value="${escapeHtml(option.id)}">` +
        `<label for="q-${option.id}">${escapeHtml(option.label.en)}</label></div>`,
    )
    .join('\n');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Readiness check (static reference)</title>
</head>
<body>
<main><h1>Readiness check</h1>
<form><fieldset><legend>${escapeHtml(question.prompt.en)}</legend>
${options}
</fieldset><button>Continue</button></form></main>
</body>
</html>
`,
  );
  return dir;
}
