// `npm run bench`: builds the production site in a temporary copy of the project, measures what a
// first visit to each page type downloads, times the questionnaire against the same form in SurveyJS,
// its first question as a plain HTML page and its own page without scripts, scores pages with
// Lighthouse (when installed),
// and times builds with 10x and 100x synthetic guides. Prints tables; writes bench-results/latest.json.
//
// Options: --runs=5 (first visits per timing), --scales=1,10,100 (guide multipliers to build),
//          --keep (leave the temporary copy in place and print where it is).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/support/chromium.ts';
import { serveStatic } from '../browser/support/static-server.ts';
import { buildSite } from './build-site.ts';
import { mentorFitDriver, noScriptPageDriver, staticPageDriver, surveyJsDriver } from './drivers.ts';
import { timeForms, type FormTiming } from './form-timing.ts';
import { scorePages } from './lighthouse.ts';
import { buildNoScriptPage } from './no-script-page.ts';
import { measurePageWeight, type Bytes } from './page-weight.ts';
import { clearBuildCaches, copyProject, multiplyGuides, realGuideFiles, removeCopy } from './project-copy.ts';
import { loadQuestionnaireModel } from './questionnaire-data.ts';
import {
  buildCostPerPage,
  compareForms,
  formatReport,
  type BenchReport,
  type FormResult,
  type PageType,
  type PageTypeResult,
  type ScaleResult,
} from './report.ts';
import { buildStaticPage } from './static-page.ts';
import { buildSurveyPage } from './surveyjs-page.ts';

const started = performance.now();
const loadAtStart = loadavg()[0] ?? 0;
const option = (name: string, fallback: string): string =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const runs = Number(option('runs', '5'));
const scales = option('scales', '1,10,100').split(',').map(Number);
if (!scales.includes(1)) scales.unshift(1);
if (!Number.isInteger(runs) || runs < 1 || scales.some((f) => !Number.isInteger(f) || f < 1)) {
  throw new Error('Usage: npm run bench -- [--runs=5] [--scales=1,10,100] [--keep]');
}
const keep = process.argv.includes('--keep');
/** Chromium CPU slowdowns to time at: this machine as it is, and Lighthouse's mobile setting. */
const CPU_SLOWDOWNS = [1, 4];

const root = process.cwd();
const copy = copyProject(root);
const log = (message: string): void =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}`);
log(`temporary copy: ${copy}`);

let browser: Browser | undefined;
try {
  // 1. Builds: the real content first (its output is the site measured below), then synthetic guides.
  const builds: ScaleResult[] = [];
  const siteDir = join(copy, 'bench-site');
  // One unmeasured build first, so the first measured one does not also pay for reading Astro,
  // Vite and the content from a cold disk.
  log('warm-up build');
  await buildSite(copy, join(copy, 'bench-warm-up'));
  for (const factor of [...new Set(scales)].sort((a, b) => a - b)) {
    const guidesPerLanguage = multiplyGuides(copy, factor);
    clearBuildCaches(copy);
    log(`building with ${guidesPerLanguage} guides per language`);
    const outDir = factor === 1 ? siteDir : join(copy, `bench-site-${factor}x`);
    builds.push({ factor, guidesPerLanguage, ...(await buildSite(copy, outDir)) });
  }
  multiplyGuides(copy, 1);
  log(`real guides per language: ${realGuideFiles(copy).length}`);

  // 2. First-visit weight per page type.
  const { questionnaire, encodeShareCode } = await loadQuestionnaireModel(copy);
  const allFirstOptions = Object.fromEntries(questionnaire.questions.map((q) => [q.id, q.options[0]?.id ?? '']));
  const pageTypes: { type: PageType; path: string; file: string }[] = [
    { type: 'home', path: '', file: 'index.html' },
    { type: 'guide', path: 'guides/what-is-reverse-mentoring/', file: 'guides/what-is-reverse-mentoring/index.html' },
    { type: 'questionnaire', path: 'questionnaire/', file: 'questionnaire/index.html' },
    {
      type: 'result',
      path: `questionnaire/#a=${encodeShareCode(questionnaire, allFirstOptions)}`,
      file: 'questionnaire/index.html',
    },
    { type: 'compare', path: 'questionnaire/compare/', file: 'questionnaire/compare/index.html' },
    { type: 'planner', path: 'planner/', file: 'planner/index.html' },
    { type: 'matching', path: 'matching/', file: 'matching/index.html' },
    { type: 'template', path: 'templates/kickoff/', file: 'templates/kickoff/index.html' },
    { type: 'kit', path: 'templates/kit/', file: 'templates/kit/index.html' },
  ];
  browser = await launchChromium();
  const site = await serveStatic(siteDir);
  const pages: PageTypeResult[] = [];
  for (const { type, path, file } of pageTypes) {
    if (!existsSync(join(siteDir, file))) {
      pages.push({ type, path, status: 'n/a', reason: 'page not built' });
      continue;
    }
    log(`weighing /${path}`);
    pages.push({ type, path, status: 'measured', weight: await measurePageWeight(browser, site.url + path) });
  }

  // 3. Lighthouse on the page types a reader meets first (when the package is installed).
  log('scoring pages with Lighthouse');
  const firstMet: readonly PageType[] = ['home', 'guide', 'questionnaire', 'template', 'kit'];
  const lighthouse = await scorePages(
    site.url,
    pageTypes.filter(({ type }) => firstMet.includes(type)),
  );

  // 4. The questionnaire against SurveyJS, the plain HTML page and its own page without scripts, all
  //    served the same way from this machine, their first visits taken in turns so that a busy moment
  //    of the machine hits all four.
  const questionnairePage = pages.find((p) => p.type === 'questionnaire');
  const questionnaireHtml = existsSync(join(siteDir, 'questionnaire/index.html'))
    ? readFileSync(join(siteDir, 'questionnaire/index.html'), 'utf8')
    : '';
  const staticSite = await serveStatic(buildStaticPage(questionnaire, join(copy, 'bench-static')));
  const survey = await buildSurveyPage(copy, questionnaire, join(copy, 'bench-surveyjs'));
  const surveySite = await serveStatic(survey.dir);
  const staticWeight = await measurePageWeight(browser, staticSite.url);
  const surveyWeight = await measurePageWeight(browser, surveySite.url);
  const built = questionnairePage?.status === 'measured' && questionnaireHtml.includes('<astro-island');
  const noScriptSite = built ? await serveStatic(buildNoScriptPage(siteDir, join(copy, 'bench-no-script'))) : undefined;
  const drivers = [
    staticPageDriver(staticSite.url),
    surveyJsDriver(surveySite.url, questionnaire),
    ...(built && noScriptSite
      ? [
          mentorFitDriver(site.url + 'questionnaire/', questionnaire),
          noScriptPageDriver(noScriptSite.url + 'questionnaire/'),
        ]
      : []),
  ];
  const timings: FormTiming[][] = drivers.map(() => []);
  let failure: string | undefined;
  try {
    for (const cpuSlowdown of CPU_SLOWDOWNS) {
      log(`timing the ${drivers.length} forms at ${cpuSlowdown}x CPU slowdown`);
      (await timeForms(browser, drivers, runs, cpuSlowdown)).forEach((timing, i) => timings[i]?.push(timing));
    }
  } catch (error) {
    // A changed questionnaire screen should not cost the other figures: say what failed instead.
    failure = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    log(`timing failed: ${failure}`);
  }
  await site.close();
  await staticSite.close();
  await surveySite.close();
  await noScriptSite?.close();
  const measured = (js: Bytes, css: Bytes, formTimings: FormTiming[] | undefined): FormResult =>
    failure === undefined && formTimings && formTimings.length > 0
      ? { status: 'measured', js, css, timings: formTimings }
      : { status: 'n/a', reason: failure ?? 'not timed' };
  const staticPage = measured(staticWeight.js, staticWeight.css, timings[0]);
  const surveyjs: BenchReport['surveyjs'] = {
    ...measured(surveyWeight.js, surveyWeight.css, timings[1]),
    version: survey.version,
  };
  const mentorfit: FormResult =
    questionnairePage?.status === 'measured' && built
      ? measured(questionnairePage.weight.js, questionnairePage.weight.css, timings[2])
      : { status: 'n/a', reason: 'questionnaire page not built' };
  const noScriptPage: FormResult =
    questionnairePage?.status === 'measured' && built
      ? measured({ raw: 0, gzip: 0 }, questionnairePage.weight.css, timings[3])
      : { status: 'n/a', reason: 'questionnaire page not built' };

  const firstCpu = cpus()[0];
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      model: firstCpu?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: `${type()} ${release()}`,
      node: process.version,
      chromium: browser.version(),
      loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
    },
    pages,
    runsPerTiming: runs,
    questionnaire: mentorfit,
    surveyjs,
    staticPage,
    noScriptPage,
    comparison: compareForms(mentorfit, surveyjs, staticPage, noScriptPage),
    lighthouse,
    builds,
    buildMsPerPage: buildCostPerPage(builds),
    totalSeconds: (performance.now() - started) / 1000,
  };
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatReport(report));
  console.log('\nFigures written to bench-results/latest.json');
} finally {
  await browser?.close();
  if (keep) log(`kept the temporary copy: ${copy}`);
  else removeCopy(copy);
}
