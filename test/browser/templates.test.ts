// The session templates as a facilitator uses them: find a sheet on the index, print it from
// Chromium, and get one or two clean A4 pages with no website around them; print the pilot kit and
// get every sheet on fresh pages. PDFs are read with poppler's pdfinfo, pdftotext and pdftoppm.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { TEMPLATE_SLUGS } from '../../src/lib/questionnaire/types';
import { loadQuestionnaire } from '../../src/data/load-questionnaire';
import { PAPER_QUESTIONNAIRE } from '../../src/lib/templates/paper-questionnaire';
import type { TemplateFrontmatter } from '../../src/schemas/template';
import { noBrowser } from './support/chromium.ts';
import { browserSuite, expectAttribute, expectCount, WAIT } from './support/harness.ts';
import { lastPageReach, pdfInfo, pdfPages, printToPdf, squash } from './support/pdf.ts';

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
  const suite = browserSuite();
  // One tab prints every sheet in turn (the suite's beforeAll, registered first, has started the browser).
  let page: Page;
  beforeAll(async () => {
    page = await (await suite.newContext()).newPage();
  });

  test.each(sheets)(
    '$lang $slug prints on its $data.pages A4 page(s) with its title, a footer on each page and no website around it',
    async ({ prefix, slug, ui, data }) => {
      const file = await printToPdf(page, `${suite.url}${prefix}templates/${slug}/`, `${prefix}${slug}`);
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
      // A second page is worth its paper: not a signature row or one table on an empty page.
      if (pages === 2) expect(lastPageReach(file), 'how far down page 2 its content reaches').toBeGreaterThan(0.25);
    },
  );

  test('the chrome check notices the website when a page is printed with screen styles', async () => {
    // Guards the tests above against a check that can never fail.
    const screenPage = await suite.tab();
    await screenPage.emulateMedia({ media: 'screen' });
    const file = await printToPdf(screenPage, `${suite.url}templates/kickoff/`, 'kickoff-as-screen');
    expect(chromeIn(pdfPages(file).join(' '), en)).toEqual(
      expect.arrayContaining([en['nav.guides'], en['site.footerPrivacy']]),
    );
  });

  test.each(sheets)('$lang $slug still fits its $data.pages page(s) on US Letter', async ({ prefix, slug, data }) => {
    const file = await printToPdf(page, `${suite.url}${prefix}templates/${slug}/`, `${prefix}${slug}`, 'Letter');
    const info = pdfInfo(file);
    expect(info.pages).toBe(data.pages);
    expect(info.size).toContain('(letter)');
  });

  test.each(LANGS)(
    'the $lang questionnaire on paper prints every question from the data, with the facilitator pages on a new page',
    async ({ lang, prefix, ui }) => {
      const file = await printToPdf(
        page,
        `${suite.url}${prefix}templates/${PAPER_QUESTIONNAIRE.slug}/`,
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
    await page.goto(`${suite.url}${prefix}templates/`);
    for (const key of ['templates.reverseHeading', 'templates.buddyHeading', 'templates.traditionalHeading'] as const) {
      await expectCount(page.getByRole('heading', { level: 2, name: ui[key] }), 1);
    }
    const pilot = page.getByRole('region', { name: ui['templates.reverseHeading'], exact: true });
    for (const moment of ['before', 'during', 'after'] as const) {
      await expectCount(pilot.getByRole('heading', { level: 3, name: ui[`templates.moment.${moment}`] }), 1);
    }
    // Every sheet is linked with its one-line purpose next to it.
    for (const slug of TEMPLATE_SLUGS) {
      const data = sheet(lang, slug);
      const link = page.getByRole('link', { name: data.title, exact: true }).first();
      await expectAttribute(link, 'href', new RegExp(`${prefix}templates/${slug}/$`));
      await expect
        .poll(() => page.getByText(data.purpose, { exact: true }).count(), { timeout: WAIT })
        .toBeGreaterThan(0);
    }
    // Buddy and traditional sheets are listed under their own programme, not in the pilot.
    const buddy = page.getByRole('region', { name: ui['templates.buddyHeading'], exact: true });
    await expectCount(buddy.getByRole('link', { name: sheet(lang, 'buddy-checklist').title }), 1);
    await expectCount(pilot.getByRole('link', { name: sheet(lang, 'buddy-checklist').title }), 0);
    await expectAttribute(
      page.getByRole('link', { name: ui['planner.cta'] }),
      'href',
      new RegExp(`${prefix}planner/$`),
    );
    const paper = pilot.getByRole('link', { name: ui['templates.paper.title'] });
    await expectAttribute(paper, 'href', new RegExp(`${prefix}templates/${PAPER_QUESTIONNAIRE.slug}/$`));
  });
});
