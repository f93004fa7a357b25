// The pilot planner as a facilitator uses it, in both languages: follow the result page's link,
// add a date, get the dated plan, download the calendar file and read every event back with
// ical.js, print the plan to A4 and read the PDF, open a tampered link, and keep the page within
// its script budget, free of axe violations and of Content-Security-Policy violations.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { axeViolations } from './support/axe.ts';
import { launchChromium, noBrowser } from './support/chromium.ts';
import { pdfInfo, pdfPages, squash } from './support/pdf.ts';
import { serveStatic, type StaticSite } from './support/static-server.ts';
import { countPrints, pageProblems, recordProblems } from './support/page-checks.ts';
import { pageScripts } from './support/page-scripts.ts';

const dist = process.env.SITE_DIST ?? 'dist';
const LANGS = [
  { lang: 'en', prefix: '', ui: en },
  { lang: 'nl', prefix: 'nl/', ui: nl },
] as const;

/** The planner's script budget: gzipped JavaScript in total, Preact included. */
const BUDGET_KB = 18;

describe.skipIf(noBrowser)('the pilot planner', () => {
  let site: StaticSite;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    site = await serveStatic(resolve(dist));
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await recordProblems(context);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await site?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    return page;
  }

  test.each(LANGS)(
    "$lang: from the result's link to a plan, a calendar file and a printed plan",
    async ({ prefix, ui }) => {
      // The result page links with the format and the size only.
      const page = await open(`${prefix}planner/#format=reverse-pairs&pairs=3`);
      await expect(
        page
          .getByRole('radio', { name: /one-to-one|duo's/ })
          .first()
          .isChecked(),
      ).resolves.toBe(true);
      await expect(page.getByLabel(ui['planner.units.pair']).inputValue()).resolves.toBe('3');
      await expect(page.getByRole('heading', { name: ui['planner.planHeading'] }).count()).resolves.toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel(ui['planner.day'], { exact: true }).fill('2');
      await page.getByLabel(ui['planner.month'], { exact: true }).fill('3');
      await page.getByLabel(ui['planner.year'], { exact: true }).fill('2027');
      await page.getByLabel(ui['planner.time']).fill('10:00');
      await page.getByRole('button', { name: ui['planner.submit'] }).click();

      const heading = page.getByRole('heading', { name: ui['planner.planHeading'] });
      await heading.waitFor();
      // Focus moves to the plan in the frame after it is drawn.
      await expect
        .poll(() => heading.evaluate((element) => element === document.activeElement), { timeout: 5000 })
        .toBe(true);
      expect(new URL(page.url()).hash).toBe(
        '#format=reverse-pairs&pairs=3&months=3&rhythm=fortnightly&weekday=tue&start=2027-03-02&time=10%3A00',
      );
      const rows = await page.locator('.plan-table tbody tr').allInnerTexts();
      expect(rows).toHaveLength(11);
      expect(rows[2]).toContain(ui['planner.moment.session'].replace('{number}', '1').replace('{count}', '6'));
      expect(await axeViolations(page)).toEqual([]);

      // The calendar file: one event per row, read back with a real parser.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: ui['planner.download'] }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${ui['planner.fileName']}.ics`);
      const ics = readFileSync((await download.path()) ?? '', 'utf8');
      const events = new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents('vevent')
        .map((vevent) => new ICAL.Event(vevent));
      expect(events).toHaveLength(11);
      const tuesdays = [
        '2027-03-02',
        '2027-03-09',
        '2027-03-23',
        '2027-04-06',
        '2027-04-13',
        '2027-04-20',
        '2027-05-04',
        '2027-05-18',
        '2027-06-01',
      ];
      const day = (time: ICAL.Time): string => time.toString().slice(0, 10);
      expect(events.slice(1, 10).map((event) => day(event.startDate))).toEqual(tuesdays);
      expect(events.slice(1, 10).every((event) => event.startDate.hour === 10 && !event.startDate.isDate)).toBe(true);
      expect(events[0]?.startDate.isDate).toBe(true);
      for (const [index, event] of events.entries()) expect(rows[index], `row ${index + 1}`).toContain(event.summary);
      expect(new Set(events.map((event) => event.uid)).size).toBe(11);

      // The printed plan: the table on A4, without the form or the buttons.
      const file = resolve(`/tmp/mentorfit-plan-${prefix.replace('/', '') || 'en'}.pdf`);
      await page.pdf({ path: file, format: 'A4', printBackground: true });
      expect(pdfInfo(file)).toEqual({ pages: 1, size: expect.stringContaining('(A4)') });
      const printed = pdfPages(file).join(' ');
      expect(printed).toContain(squash(ui['planner.planHeading']));
      for (const event of events) expect(printed).toContain(squash(event.summary));
      for (const key of [
        'planner.submit',
        'planner.download',
        'planner.print',
        'planner.startHint',
        'planner.linkHeading',
      ] as const) {
        expect(printed, key).not.toContain(ui[key]);
      }
      expect(await pageProblems(page)).toEqual([]);
      await page.close();
    },
  );

  test.each(LANGS)("$lang: the plan's print button prints, and is not on paper", async ({ prefix, ui }) => {
    const page = await open(
      `${prefix}planner/#format=reverse-groups&groups=2&months=3&rhythm=fortnightly&weekday=wed&start=2027-03-03`,
    );
    const prints = await countPrints(page);
    const button = page.getByRole('button', { name: ui['planner.print'] });
    await button.click();
    expect(await prints()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(button.isVisible()).resolves.toBe(false);
    await expect(page.locator('.plan-table').isVisible()).resolves.toBe(true);
    await page.close();
  });

  test('a long plan prints from under its heading, not from page 2', async () => {
    // Traditional mentoring for a year, every two weeks: 29 moments, more than one page.
    const page = await open(
      'planner/#format=traditional&pairs=12&months=12&rhythm=fortnightly&weekday=fri&start=2027-01-29',
    );
    await page.getByRole('heading', { name: en['planner.planHeading'] }).waitFor();
    const file = resolve('/tmp/mentorfit-plan-long.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    const pages = pdfPages(file);
    expect(pages.length).toBe(2);
    expect(pages[0]).toContain(squash(en['planner.moment.kickoff']));
    expect(pages[0]).toContain(squash(en['planner.moment.session'].replace('{number}', '1').replace('{count}', '24')));
    expect(pages[1]).toContain(squash(en['planner.moment.closing']));
    await page.close();
  });

  test.each(LANGS)(
    '$lang: a tampered link is refused next to each field, keeping what it said',
    async ({ prefix, ui }) => {
      const page = await open(`${prefix}planner/#format=reverse-pairs&pairs=99&start=2027-02-31&admin=1`);
      const summary = page.getByRole('alert');
      await expect(summary.innerText()).resolves.toContain(ui['planner.errorTitle']);
      await expect(summary.innerText()).resolves.toContain(ui['planner.link.unknown-key'].replace('{key}', 'admin'));
      const tooMany = ui['planner.error.units.too-many']
        .replace('{limit}', '12')
        .replace('{units}', ui['pilot.units.pair']);
      await expect(page.getByRole('link', { name: tooMany }).count()).resolves.toBe(1);
      // The summary takes focus in an effect after it is drawn.
      await expect
        .poll(() => page.locator('.error-summary').evaluate((element) => element === document.activeElement), {
          timeout: 5000,
        })
        .toBe(true);
      // GOV.UK: the message sits with the field, the field keeps what was there, and the summary link moves to it.
      const units = page.getByLabel(ui['planner.units.pair']);
      await expect(units.inputValue()).resolves.toBe('99');
      await expect(units.getAttribute('aria-describedby')).resolves.toContain('planner-units-error');
      await expect(page.locator('#planner-units-error').innerText()).resolves.toBe(tooMany);
      await expect(page.getByLabel(ui['planner.day'], { exact: true }).inputValue()).resolves.toBe('31');
      await page.getByRole('link', { name: tooMany }).click();
      await expect(units.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      await expect(page.getByRole('heading', { name: ui['planner.planHeading'] }).count()).resolves.toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(await pageProblems(page)).toEqual([]);
      await page.close();
    },
  );

  test.each(LANGS)(
    '$lang: a form sent without a date says which part is missing, by keyboard too',
    async ({ prefix, ui }) => {
      const page = await open(`${prefix}planner/`);
      await page.getByRole('radio').first().check();
      await page.getByLabel(ui['planner.units.pair']).fill('two');
      await page.getByLabel(ui['planner.units.pair']).press('Enter');
      const summary = page.getByRole('alert');
      await expect(summary.innerText()).resolves.toContain(ui['planner.error.date.missing.day']);
      await expect(summary.innerText()).resolves.toContain(
        ui['planner.error.units.not-a-whole-number'].replace('{units}', ui['pilot.units.pair']),
      );
      await expect(page.getByLabel(ui['planner.units.pair']).inputValue()).resolves.toBe('two');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );

  test.each(['planner/', 'nl/planner/'])(`%s loads at most ${BUDGET_KB} KB of gzipped JavaScript`, (path) => {
    const scripts = pageScripts(dist, readFileSync(resolve(dist, path, 'index.html'), 'utf8'));
    const sizes = scripts.map(({ name, source }) => ({ name, gzipped: gzipSync(source).length }));
    const total = sizes.reduce((sum, { gzipped }) => sum + gzipped, 0);
    console.log(`${path}: ${(total / 1024).toFixed(1)} KB gzipped JavaScript`, sizes);
    expect(scripts.some(({ name }) => name.includes('PlannerApp'))).toBe(true);
    expect(total).toBeLessThanOrEqual(BUDGET_KB * 1024);
  });
});
