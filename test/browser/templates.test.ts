// The session templates as a facilitator uses them: find a sheet on the index, print it from
// Chromium, and get one or two clean A4 pages with no website around them; print the pilot kit and
// get every sheet on fresh pages. PDFs are read with poppler's pdfinfo and pdftotext.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { TEMPLATE_SLUGS } from '../../src/lib/questionnaire/types';
import { loadQuestionnaire } from '../../src/data/load-questionnaire';
import { PAPER_QUESTIONNAIRE } from '../../src/lib/templates/paper-questionnaire';
import type { TemplateFrontmatter } from '../../src/schemas/template';
import { launchChromium, noBrowser } from './support/chromium.ts';
import { pdfInfo, pdfPages, printToPdf, squash } from './support/pdf.ts';
import { serveStatic, type StaticSite } from './support/static-server.ts';

const dist = process.env.SITE_DIST ?? 'dist';
const LANGS = [
  { lang: 'en', prefix: '', ui: en },
  { lang: 'nl', prefix: 'nl/', ui: nl },
] as const;
type Lang = (typeof LANGS)[number];

/** A template's frontmatter, read from the content file the page was built from. */
function sheet(lang: string, slug: string): TemplateFrontmatter {
  const split = splitFrontmatter(readFileSync(`content/templates/${lang}/${slug}.mdx`, 'utf8'));
  if (!split.ok) throw new Error(split.problem);
  return yaml.load(split.yaml) as TemplateFrontmatter;
}

/** Text of the site around a sheet, which must never reach paper. */
function chrome(ui: Lang['ui']): string[] {
  return [
    ui['site.skipLink'],
    ui['nav.guides'],
    ui['nav.questionnaire'],
    ui['nav.templates'],
    ui['site.languageSwitch'],
    ui['site.footerPrivacy'],
    ui['site.footerLicence'],
    ui['templates.allTemplates'],
    ui['templates.printHint'],
    ui['templates.kitCta'],
  ];
}

/** The chrome strings found in printed text, each as whole words ('Check' is not in 'Checklist'). */
function chromeIn(text: string, ui: Lang['ui']): string[] {
  const escape = (words: string): string => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return chrome(ui).filter((words) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(words)}(?![\\p{L}\\p{N}])`, 'u').test(text),
  );
}

const sheets = LANGS.flatMap((l) => TEMPLATE_SLUGS.map((slug) => ({ ...l, slug, data: sheet(l.lang, slug) })));

describe.skipIf(noBrowser)('the session templates', () => {
  let site: StaticSite;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    site = await serveStatic(resolve(dist));
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await site?.close();
  });

  test.each(sheets)(
    '$lang $slug prints on its $data.pages A4 page(s) with its title, a footer on each page and no website around it',
    async ({ prefix, slug, ui, data }) => {
      const file = await printToPdf(page, `${site.url}${prefix}templates/${slug}/`, `${prefix}${slug}`);
      const { pages, size } = pdfInfo(file);
      expect([1, 2]).toContain(pages);
      expect(pages, 'the page count the frontmatter promises').toBe(data.pages);
      expect(size).toContain('(A4)');
      const text = pdfPages(file);
      expect(text[0]).toContain(squash(data.title));
      for (const [index, pageText] of text.entries()) {
        expect(pageText, `footer on page ${index + 1}`).toContain(`${squash(data.title)} · `);
        expect(pageText, `footer on page ${index + 1}`).toContain(`${prefix}templates/${slug}/`);
      }
      expect(chromeIn(text.join(' '), ui)).toEqual([]);
    },
  );

  test('the chrome check notices the website when a page is printed with screen styles', async () => {
    // Guards the tests above against a check that can never fail.
    const screenPage = await context.newPage();
    await screenPage.emulateMedia({ media: 'screen' });
    const file = await printToPdf(screenPage, `${site.url}templates/kickoff/`, 'kickoff-as-screen');
    expect(chromeIn(pdfPages(file).join(' '), en)).toEqual(
      expect.arrayContaining([en['nav.guides'], en['site.footerPrivacy']]),
    );
    await screenPage.close();
  });

  test.each(sheets)('$lang $slug still fits its $data.pages page(s) on US Letter', async ({ prefix, slug, data }) => {
    const file = await printToPdf(page, `${site.url}${prefix}templates/${slug}/`, `${prefix}${slug}`, 'Letter');
    const info = pdfInfo(file);
    expect(info.pages).toBe(data.pages);
    expect(info.size).toContain('(letter)');
  });

  test.each(LANGS)(
    'the $lang questionnaire on paper prints every question from the data, with the facilitator pages on a new page',
    async ({ lang, prefix, ui }) => {
      const file = await printToPdf(
        page,
        `${site.url}${prefix}templates/${PAPER_QUESTIONNAIRE.slug}/`,
        `${prefix}paper`,
      );
      const { pages, size } = pdfInfo(file);
      expect(pages).toBe(PAPER_QUESTIONNAIRE.pages);
      expect(size).toContain('(A4)');
      const text = pdfPages(file);
      const all = text.join(' ');
      const questionnaire = loadQuestionnaire();
      for (const question of questionnaire.questions) {
        expect(all, question.id).toContain(squash(question.prompt[lang]));
        for (const option of question.options)
          expect(all, `${question.id}: ${option.id}`).toContain(squash(option.label[lang]));
      }
      for (const [index, pageText] of text.entries()) {
        expect(pageText, `footer on page ${index + 1}`).toContain(`${squash(ui['templates.paper.title'])} · `);
      }
      // The facilitator's part (who, agenda, key) starts at the top of a page of its own.
      const facilitator = text.findIndex((pageText) => pageText.startsWith(ui['templates.paper.facilitatorHeading']));
      expect(facilitator).toBeGreaterThan(0);
      expect(text.slice(0, facilitator).join(' ')).not.toContain(ui['templates.paper.keyHeading']);
      expect(text.slice(facilitator).join(' ')).toContain(ui['templates.paper.keyHeading']);
      expect(chromeIn(all, ui)).toEqual([]);
    },
  );

  test.each(LANGS)('the $lang index groups the sheets by moment and programme type', async ({ lang, prefix, ui }) => {
    await page.goto(`${site.url}${prefix}templates/`);
    for (const key of ['templates.reverseHeading', 'templates.buddyHeading', 'templates.traditionalHeading'] as const) {
      await expect(page.getByRole('heading', { level: 2, name: ui[key] }).count()).resolves.toBe(1);
    }
    const pilot = page.locator('#reverse');
    for (const moment of ['before', 'during', 'after'] as const) {
      await expect(
        pilot.getByRole('heading', { level: 3, name: ui[`templates.moment.${moment}`] }).count(),
      ).resolves.toBe(1);
    }
    // Every sheet is linked with its one-line purpose next to it.
    for (const slug of TEMPLATE_SLUGS) {
      const data = sheet(lang, slug);
      const link = page.getByRole('link', { name: data.title, exact: true }).first();
      await expect(link.getAttribute('href')).resolves.toMatch(new RegExp(`${prefix}templates/${slug}/$`));
      await expect(page.getByText(data.purpose, { exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    // Buddy and traditional sheets are listed under their own programme, not in the pilot.
    await expect(
      page
        .locator('#buddy')
        .getByRole('link', { name: sheet(lang, 'buddy-checklist').title })
        .count(),
    ).resolves.toBe(1);
    await expect(pilot.getByRole('link', { name: sheet(lang, 'buddy-checklist').title }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: ui['planner.cta'] }).getAttribute('href')).resolves.toMatch(
      new RegExp(`${prefix}planner/$`),
    );
    const paper = pilot.getByRole('link', { name: ui['templates.paper.title'] });
    await expect(paper.getAttribute('href')).resolves.toMatch(
      new RegExp(`${prefix}templates/${PAPER_QUESTIONNAIRE.slug}/$`),
    );
  });
});
