// The benchmark's figures as one JSON-ready object, and the same figures as plain-text tables.
import type { BuildTiming } from './build-site.ts';
import type { FormTiming } from './form-timing.ts';
import type { Bytes, PageWeight } from './page-weight.ts';

/** The page types the issue asks about. */
export type PageType =
  'home' | 'guide' | 'questionnaire' | 'result' | 'compare' | 'planner' | 'matching' | 'template' | 'kit';

/** One page type's first-visit weight, or why it could not be measured. */
export type PageTypeResult =
  | { type: PageType; path: string; status: 'measured'; weight: PageWeight }
  | { type: PageType; path: string; status: 'n/a'; reason: string };

/** A form's figures, or why they could not be taken. */
export type FormResult =
  { status: 'measured'; js: Bytes; css: Bytes; timings: FormTiming[] } | { status: 'n/a'; reason: string };

/** One build of the site with a number of guides. */
export interface ScaleResult extends BuildTiming {
  /** 1 for the real content, 10 and 100 for synthetic copies of every guide. */
  factor: number;
  guidesPerLanguage: number;
}

/** Everything one `npm run bench` measured. */
export interface BenchReport {
  date: string;
  machine: {
    cpus: number;
    model: string;
    memoryGiB: number;
    os: string;
    node: string;
    chromium: string;
    /** The one-minute load average when the benchmark started and ended: above `cpus`, timings are noisy. */
    loadAverage: { start: number; end: number };
  };
  pages: PageTypeResult[];
  /** How many first visits each timing's median is taken from. */
  runsPerTiming: number;
  questionnaire: FormResult;
  surveyjs: FormResult & { version: string };
  /** The first question as a plain HTML page without script or stylesheet: the fastest a form can be. */
  staticPage: FormResult;
  /** MentorFit's readiness check page with its scripts taken out: the page's own cost, without the island's. */
  noScriptPage: FormResult;
  /**
   * SurveyJS divided by MentorFit (how many times larger or slower the library form is), MentorFit
   * divided by the static page (how many times slower than plain HTML), MentorFit divided by its page
   * without scripts (what the island's script costs) and that page divided by the static page (what the
   * page costs without any script); times to the first question on screen, which is when a user can
   * answer it, and (`InPage`) to it being in the page, before it is drawn.
   */
  comparison: {
    jsGzipRatio: number | null;
    firstQuestionRatio: TimeRatio[];
    staticRatio: TimeRatio[];
    firstQuestionRatioInPage: TimeRatio[];
    staticRatioInPage: TimeRatio[];
    scriptRatio: TimeRatio[];
    noScriptStaticRatio: TimeRatio[];
  };
  /** Lighthouse's four category scores (0-100) per page type, or why they were not taken. */
  lighthouse: LighthouseResult;
  builds: ScaleResult[];
  /** Extra build time per extra page, from the smallest to the largest build, in milliseconds. */
  buildMsPerPage: number | null;
  totalSeconds: number;
}

/** Lighthouse's scores per page type, or why there are none. */
export type LighthouseResult =
  | { status: 'measured'; pages: { type: PageType; path: string; scores: Record<string, number> }[] }
  | { status: 'n/a'; reason: string };

/** One form's time divided by another's, at one CPU slowdown. */
interface TimeRatio {
  cpuSlowdown: number;
  ratio: number;
}

/** `numerator`'s time to the first question divided by `denominator`'s, at each CPU slowdown both were timed at. */
function timeRatios(
  numerator: FormResult,
  denominator: FormResult,
  time: 'firstQuestionShownMs' | 'firstQuestionMs',
): TimeRatio[] {
  if (numerator.status !== 'measured' || denominator.status !== 'measured') return [];
  return numerator.timings.flatMap((top) => {
    const bottom = denominator.timings.find((t) => t.cpuSlowdown === top.cpuSlowdown);
    return bottom ? [{ cpuSlowdown: top.cpuSlowdown, ratio: top[time] / bottom[time] }] : [];
  });
}

/**
 * Compares MentorFit's questionnaire with the SurveyJS form, the static page and its own page without
 * scripts; null or empty where one was not measured.
 */
export function compareForms(
  mentorfit: FormResult,
  surveyjs: FormResult,
  staticPage: FormResult,
  noScriptPage: FormResult,
): BenchReport['comparison'] {
  const jsGzipRatio =
    mentorfit.status === 'measured' && surveyjs.status === 'measured' ? surveyjs.js.gzip / mentorfit.js.gzip : null;
  return {
    jsGzipRatio,
    firstQuestionRatio: timeRatios(surveyjs, mentorfit, 'firstQuestionShownMs'),
    staticRatio: timeRatios(mentorfit, staticPage, 'firstQuestionShownMs'),
    firstQuestionRatioInPage: timeRatios(surveyjs, mentorfit, 'firstQuestionMs'),
    staticRatioInPage: timeRatios(mentorfit, staticPage, 'firstQuestionMs'),
    scriptRatio: timeRatios(mentorfit, noScriptPage, 'firstQuestionShownMs'),
    noScriptStaticRatio: timeRatios(noScriptPage, staticPage, 'firstQuestionShownMs'),
  };
}

/** Extra milliseconds of build time per extra page between the smallest and the largest build. */
export function buildCostPerPage(builds: readonly ScaleResult[]): number | null {
  const sorted = [...builds].sort((a, b) => a.pages - b.pages);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last || last.pages === first.pages) return null;
  return ((last.seconds - first.seconds) * 1000) / (last.pages - first.pages);
}

/** A byte count in KiB with one decimal. */
function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)}`;
}

function pair(bytes: Bytes): string {
  return `${kib(bytes.raw)} / ${kib(bytes.gzip)}`;
}

/** Lays rows out as left-aligned columns under a header row. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

/** The whole report as the text `npm run bench` prints. */
export function formatReport(report: BenchReport): string {
  const { machine } = report;
  const out: string[] = [];
  out.push(
    `MentorFit benchmark, ${report.date}`,
    `${machine.cpus} x ${machine.model}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}`,
    `Load average ${machine.loadAverage.start.toFixed(1)} at the start, ${machine.loadAverage.end.toFixed(1)} at the end` +
      (Math.max(machine.loadAverage.start, machine.loadAverage.end) > machine.cpus
        ? `: above ${machine.cpus}, other work competed for the CPU and the timings are noisy.`
        : '.'),
    '',
    'First visit per page type (empty cache; KiB raw / gzipped)',
  );
  out.push(
    table(
      ['page', 'path', 'HTML', 'CSS', 'JavaScript', 'data and other', 'requests'],
      report.pages.map((p) =>
        p.status === 'measured'
          ? [
              p.type,
              `/${p.path}`,
              pair(p.weight.html),
              pair(p.weight.css),
              pair(p.weight.js),
              pair(p.weight.other),
              String(p.weight.requests),
            ]
          : [p.type, `/${p.path}`, `n/a: ${p.reason}`, '', '', '', ''],
      ),
    ),
  );

  out.push(
    '',
    `Questionnaire against the same form in SurveyJS ${report.surveyjs.version}, its first question as a plain HTML ` +
      `page, and its own page without scripts (median of ${report.runsPerTiming} first visits, one run)`,
  );
  const forms: [string, FormResult][] = [
    ['static HTML', report.staticPage],
    ['MentorFit', report.questionnaire],
    ['MentorFit without script', report.noScriptPage],
    ['SurveyJS', report.surveyjs],
  ];
  const rows: string[][] = [];
  for (const [name, form] of forms) {
    if (form.status !== 'measured') {
      rows.push([name, `n/a: ${form.reason}`, '', '', '', '', '', '']);
      continue;
    }
    for (const timing of form.timings) {
      rows.push([
        name,
        `${timing.cpuSlowdown}x`,
        pair(form.js),
        pair(form.css),
        ms(timing.firstQuestionMs),
        ms(timing.firstQuestionShownMs),
        timing.scriptAwakeMs === undefined ? '-' : ms(timing.scriptAwakeMs),
        timing.completeMs === undefined ? '-' : ms(timing.completeMs),
      ]);
    }
  }
  out.push(
    table(
      [
        'form',
        'CPU slowdown',
        'JS KiB',
        'CSS KiB',
        'first question in page',
        'on screen',
        'island ready',
        'complete by script',
      ],
      rows,
    ),
  );
  const { comparison } = report;
  const ratios = (list: TimeRatio[], what = ''): string =>
    list.length === 0
      ? 'n/a'
      : list.map((r) => `${r.ratio.toFixed(2)}x${what ? ` ${what}` : ''} at ${r.cpuSlowdown}x CPU`).join(', ');
  out.push(
    `MentorFit / static HTML: ${ratios(comparison.staticRatio, 'the time to the first question on screen')} ` +
      `(goal: at most 1.3x); in the page, before it is drawn: ${ratios(comparison.staticRatioInPage)}`,
    `MentorFit / its page without scripts (what the island's script costs): ${ratios(comparison.scriptRatio)}; ` +
      `that page / static HTML (what the page costs without any script): ${ratios(comparison.noScriptStaticRatio)}`,
    comparison.jsGzipRatio === null
      ? 'SurveyJS / MentorFit: n/a'
      : `SurveyJS / MentorFit: ${comparison.jsGzipRatio.toFixed(1)}x the gzipped JavaScript (goal: at least 25x); ` +
          `${ratios(comparison.firstQuestionRatio, 'the time to the first question on screen')} (goal: at least 2.5x); ` +
          `in the page: ${ratios(comparison.firstQuestionRatioInPage)}`,
  );

  out.push('', 'Lighthouse (default mobile settings: simulated slow 4G and 4x CPU; scores 0-100)');
  const { lighthouse } = report;
  if (lighthouse.status === 'measured') {
    out.push(
      table(
        ['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO'],
        lighthouse.pages.map((p) => [
          p.type,
          `/${p.path}`,
          ...['performance', 'accessibility', 'best-practices', 'seo'].map((id) => String(p.scores[id] ?? 'n/a')),
        ]),
      ),
    );
  } else {
    out.push(`n/a: ${lighthouse.reason}`);
  }

  out.push('', 'Build time and content size (cold builds of a temporary copy)');
  out.push(
    table(
      ['content', 'guides per language', 'pages', 'build'],
      report.builds.map((b) => [
        b.factor === 1 ? 'real' : `${b.factor}x guides`,
        String(b.guidesPerLanguage),
        String(b.pages),
        `${b.seconds.toFixed(1)} s`,
      ]),
    ),
  );
  if (report.buildMsPerPage !== null)
    out.push(`Each extra page adds ${report.buildMsPerPage.toFixed(1)} ms of build time.`);
  out.push('', `Benchmark took ${report.totalSeconds.toFixed(0)} s.`);
  return out.join('\n');
}
