// The pilot planner as a facilitator uses it, in both languages: follow the result page's link,
// add a date, get the dated plan, download the calendar file and read every event back with
// ical.js, print the plan to A4 and read the PDF, open a tampered link, and keep the page within
// its script budget, free of axe violations and of Content-Security-Policy violations.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { axeViolations } from './support/axe.ts';
import { noBrowser } from './support/chromium.ts';
import {
  awake,
  browserSuite,
  dist,
  expectAttribute,
  expectChecked,
  expectCount,
  expectFocus,
  expectHidden,
  expectText,
  expectTextContaining,
  expectValue,
  expectVisible,
  WAIT,
} from './support/harness.ts';
import { pdfInfo, pdfPages, squash } from './support/pdf.ts';
import { countPrints, pageProblems } from './support/page-checks.ts';
import { pageScripts } from './support/page-scripts.ts';

const LANGS = [
  { lang: 'en', prefix: '', ui: en },
  { lang: 'nl', prefix: 'nl/', ui: nl },
] as const;
/**
 * Behaviour that only the words tell apart is tested once, the two languages taking turns; what the
 * language changes (dates, holidays, lengths on paper and on a phone) is tested in both.
 */
const [EN, NL] = LANGS;

/** The events of a downloaded calendar file, as ical.js reads them. */
function eventsIn(ics: string): ICAL.Event[] {
  const jcal: unknown = ICAL.parse(ics);
  if (!Array.isArray(jcal)) throw new Error('not a calendar');
  return new ICAL.Component(jcal).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** The planner's script budget: gzipped JavaScript in total, Preact included. */
const BUDGET_KB = 18;

describe.skipIf(noBrowser)('the pilot planner', () => {
  const suite = browserSuite();
  const open = (path: string): Promise<Page> => suite.open(path, { acceptDownloads: true });

  test.each(LANGS)(
    "$lang: from the result's link to a plan, a calendar file and a printed plan",
    async ({ prefix, ui }) => {
      // The result page links with the format and the size only.
      const page = await open(`${prefix}planner/#format=reverse-pairs&pairs=3`);
      await expectChecked(page.getByRole('radio', { name: /one-to-one|duo's/ }).first());
      await expectValue(page.getByLabel(ui['planner.units.pair']), '3');
      await expectCount(page.getByRole('heading', { name: ui['planner.planHeading'] }), 0);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel(ui['planner.day'], { exact: true }).fill('2');
      await page.getByLabel(ui['planner.month'], { exact: true }).fill('3');
      await page.getByLabel(ui['planner.year'], { exact: true }).fill('2027');
      await page.getByLabel(ui['planner.time']).fill('10:00');
      await page.getByRole('button', { name: ui['planner.submit'] }).click();

      const heading = page.getByRole('heading', { name: ui['planner.planHeading'] });
      await heading.waitFor();
      // Focus moves to the plan in the frame after it is drawn.
      await expectFocus(heading);
      const holidays = prefix === '' ? 'england-wales' : 'nl';
      await expect
        .poll(() => new URL(page.url()).hash, { timeout: WAIT })
        .toBe(
          `#format=reverse-pairs&pairs=3&months=3&rhythm=fortnightly&weekday=tue&start=2027-03-02&time=10%3A00&holidays=${holidays}`,
        );
      const planRows = page.getByRole('table').locator('tbody tr');
      await expectCount(planRows, 11);
      const rows = await planRows.allInnerTexts();
      expect(rows[2]).toContain(ui['planner.moment.session'].replace('{number}', '1').replace('{count}', '6'));
      expect(await axeViolations(page)).toEqual([]);

      // The calendar file: one event per row, read back with a real parser.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: ui['planner.download'] }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${ui['planner.fileName']}.ics`);
      const ics = readFileSync((await download.path()) ?? '', 'utf8');
      const events = eventsIn(ics);
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
      // Each entry says what it is on its own, e.g. "Reverse mentoring pilot — Session 1 of 6", and
      // describes the sheets to bring and the plan's link.
      const pilot = ui['planner.pilotName.reverse-pairs'];
      for (const [index, event] of events.entries()) {
        const moment = event.summary.replace(`${pilot} — `, '');
        expect(event.summary, `entry ${index + 1}`).toMatch(new RegExp(`^${pilot} — `));
        expect(rows[index], `row ${index + 1}`).toContain(moment);
        expect(event.description, `entry ${index + 1}`).toContain(`planner/#format=reverse-pairs&pairs=3`);
      }
      expect(events[2]?.summary).toBe(
        `${pilot} — ${ui['planner.moment.session'].replace('{number}', '1').replace('{count}', '6')}`,
      );
      expect(events[2]?.description).toContain(ui['planner.eventSheets'].replace('{sheets}', ''));
      expect(new Set(events.map((event) => event.uid)).size).toBe(11);

      // The printed plan: the table on A4, without the form or the buttons.
      const file = resolve(`/tmp/mentorfit-plan-${prefix.replace('/', '') || 'en'}.pdf`);
      await page.pdf({ path: file, format: 'A4', printBackground: true });
      const info = pdfInfo(file);
      expect(info.pages).toBe(1);
      expect(info.size).toContain('(A4)');
      const printed = pdfPages(file).join(' ');
      expect(printed).toContain(squash(ui['planner.planHeading']));
      for (const event of events) expect(printed).toContain(squash(event.summary.replace(/^.* — /, '')));
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
    },
  );

  test.each([NL])("$lang: the plan's print button prints, and is not on paper", async ({ prefix, ui }) => {
    const page = await open(
      `${prefix}planner/#format=reverse-groups&groups=2&months=3&rhythm=fortnightly&weekday=wed&start=2027-03-03`,
    );
    const prints = await countPrints(page);
    const button = page.getByRole('button', { name: ui['planner.print'] });
    await button.click();
    await expect.poll(prints, { timeout: WAIT }).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expectHidden(button);
    await expectVisible(page.getByRole('table'));
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
  });

  test.each([EN])(
    '$lang: a tampered link is refused next to each field, keeping what it said',
    async ({ prefix, ui }) => {
      const page = await open(`${prefix}planner/#format=reverse-pairs&pairs=99&start=2027-02-31&admin=1`);
      const summary = page.getByRole('alert');
      await expectTextContaining(summary, ui['form.errorTitle']);
      await expectTextContaining(summary, ui['planner.link.unknown-key'].replace('{key}', 'admin'));
      const tooMany = ui['planner.error.units.too-many']
        .replace('{limit}', '12')
        .replace('{units}', ui['pilot.units.pair']);
      await expectCount(page.getByRole('link', { name: tooMany }), 1);
      // The summary (the box around the alert) takes focus in an effect after it is drawn.
      await expectFocus(summary.locator('xpath=..'));
      // GOV.UK: the message sits with the field, the field keeps what was there, and the summary link moves to it.
      const units = page.getByLabel(ui['planner.units.pair']);
      await expectValue(units, '99');
      await expectAttribute(units, 'aria-describedby', /planner-units-error/);
      await expectText(page.locator('#planner-units-error'), `${ui['form.errorPrefix']} ${tooMany}`);
      await expectValue(page.getByLabel(ui['planner.day'], { exact: true }), '31');
      await page.getByRole('link', { name: tooMany }).click();
      await expectFocus(units);
      await expectCount(page.getByRole('heading', { name: ui['planner.planHeading'] }), 0);
      expect(await axeViolations(page)).toEqual([]);
      expect(await pageProblems(page)).toEqual([]);
    },
  );

  test.each([NL])(
    '$lang: a form sent without a date says which part is missing, by keyboard too',
    async ({ prefix, ui }) => {
      const page = await open(`${prefix}planner/`);
      await page.getByRole('radio').first().check();
      await page.getByLabel(ui['planner.units.pair']).fill('two');
      await page.getByLabel(ui['planner.units.pair']).press('Enter');
      const summary = page.getByRole('alert');
      await expectTextContaining(summary, ui['planner.error.date.missing.day']);
      await expectTextContaining(
        summary,
        ui['planner.error.units.not-a-whole-number'].replace('{units}', ui['pilot.units.pair']),
      );
      await expectValue(page.getByLabel(ui['planner.units.pair']), 'two');
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  /** Opens a page whose island script waits until release() is called: a phone on a slow line. */
  async function openWithLateIsland(path: string): Promise<{ page: Page; release: () => void }> {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const tab = await suite.tab();
    await tab.route('**/_astro/PlannerApp.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await tab.goto(suite.url + path, { waitUntil: 'domcontentloaded' });
    return { page: tab, release };
  }

  test.each([EN])('$lang: what is typed before the island wakes up is kept when it does', async ({ prefix, ui }) => {
    const { page, release } = await openWithLateIsland(`${prefix}planner/`);
    await page.getByRole('radio', { name: /small groups|kleine groepen/i }).check();
    await page.getByLabel(ui['planner.units.pair']).fill('2');
    await page.getByLabel(ui['planner.day'], { exact: true }).fill('14');
    await page.getByLabel(ui['planner.month'], { exact: true }).fill('12');
    await page.getByLabel(ui['planner.year'], { exact: true }).fill('2026');
    await page.getByLabel(ui['planner.holidays']).selectOption('be');
    await page.getByLabel(ui['planner.christmasWeek']).check();
    release();
    await awake(page);
    await expectChecked(page.getByRole('radio', { name: /small groups|kleine groepen/i }));
    await expectValue(page.getByLabel(ui['planner.units.group']), '2');
    await expectValue(page.getByLabel(ui['planner.year'], { exact: true }), '2026');
    await expectValue(page.getByLabel(ui['planner.holidays']), 'be');
    await expectChecked(page.getByLabel(ui['planner.christmasWeek']));
    await page.getByRole('button', { name: ui['planner.submit'] }).click();
    await page.getByRole('heading', { name: ui['planner.planHeading'] }).waitFor();
    const hash = () => new URL(page.url()).hash;
    await expect.poll(hash, { timeout: WAIT }).toContain('format=reverse-groups&groups=2&');
    await expect.poll(hash, { timeout: WAIT }).toContain('&holidays=be&christmas=closed');
    expect(await pageProblems(page)).toEqual([]);
  });

  test.each([NL])(
    '$lang: a form sent before the island wakes up comes back filled in, with its plan',
    async ({ prefix, ui }) => {
      const { page, release } = await openWithLateIsland(`${prefix}planner/`);
      await page.getByLabel(ui['planner.units.pair']).fill('4');
      await page.getByLabel(ui['planner.day'], { exact: true }).fill('2');
      await page.getByLabel(ui['planner.month'], { exact: true }).fill('3');
      await page.getByLabel(ui['planner.year'], { exact: true }).fill('2027');
      // The browser sends the form itself, to /planner/?format=…; the island wakes on that page. (Released
      // only once the sent page is there: released earlier, the island could wake on the first page mid-click.)
      await page.getByRole('button', { name: ui['planner.submit'] }).click();
      await page.waitForURL(/\?format=/);
      release();
      await page.getByRole('heading', { name: ui['planner.planHeading'] }).waitFor({ timeout: 10_000 });
      await expectValue(page.getByLabel(ui['planner.units.pair']), '4');
      await expectValue(page.getByLabel(ui['planner.day'], { exact: true }), '2');
      // The address now holds the plan's link instead of the sent form.
      await expect.poll(() => new URL(page.url()).search, { timeout: WAIT }).toBe('');
      await expect.poll(() => new URL(page.url()).hash, { timeout: WAIT }).toContain('format=reverse-pairs&pairs=4&');
      expect(await pageProblems(page)).toEqual([]);
    },
  );

  test.each([EN])('$lang: the default format stays chosen once the island wakes up', async ({ prefix }) => {
    const page = await open(`${prefix}planner/`);
    await awake(page);
    const radio = page.getByRole('radio', { name: /one-to-one|duo's/ }).first();
    // Checked in the HTML, and still checked after the island's effects have run: Preact runs them
    // after the next frame is drawn, so two frames on they have.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
    );
    await expectChecked(radio);
    await page
      .getByRole('button', { name: LANGS[0].ui['planner.submit'] })
      .or(page.getByRole('button', { name: LANGS[1].ui['planner.submit'] }))
      .click();
    await expect
      .poll(() => page.getByRole('alert').innerText({ timeout: WAIT }), { timeout: WAIT })
      .not.toContain(LANGS[0].ui['planner.error.format.missing']);
  });

  test.each(LANGS)(
    '$lang: a Friday plan from 14 December 2026 moves off Christmas Day and says so, on screen and in the calendar',
    async ({ prefix, lang, ui }) => {
      const page = await open(
        `${prefix}planner/#format=reverse-pairs&pairs=3&months=3&rhythm=fortnightly&weekday=fri&start=2026-12-14`,
      );
      await page.getByRole('heading', { name: ui['planner.planHeading'] }).waitFor();
      // The page's language chooses the holidays: England and Wales, or the Netherlands.
      await expectValue(page.getByLabel(ui['planner.holidays']), lang === 'en' ? 'england-wales' : 'nl');
      const session = page.getByRole('row', {
        name: new RegExp(ui['planner.moment.session'].replace('{number}', '1').replace('{count}', '6')),
      });
      await expectTextContaining(session, lang === 'en' ? '29 Dec 2026' : '28 dec 2026');
      const moved = ui['planner.moved.holiday'].split('{')[0] ?? '';
      await expectTextContaining(session, moved);
      await expectTextContaining(session, lang === 'en' ? 'Christmas Day' : 'Eerste Kerstdag');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: ui['planner.download'] }).click(),
      ]);
      const events = eventsIn(readFileSync((await download.path()) ?? '', 'utf8'));
      expect(events[2]?.description).toContain(moved);
      // Preparation is an all-day entry on a working day.
      expect(events[0]?.startDate.isDate).toBe(true);
      expect([1, 2, 3, 4, 5]).toContain(
        events[0]?.startDate.dayOfWeek() === 1 ? 7 : (events[0]?.startDate.dayOfWeek() ?? 1) - 1,
      );
      // The printed plan says so on that row too.
      const file = resolve(`/tmp/mentorfit-plan-holiday-${lang}.pdf`);
      await page.pdf({ path: file, format: 'A4', printBackground: true });
      expect(pdfPages(file).join(' ')).toContain(squash(moved));
    },
  );

  test.each([NL])('$lang: a kickoff in the past gets a warning, and the plan is still made', async ({ prefix, ui }) => {
    const page = await open(`${prefix}planner/#format=buddy&pairs=2&start=2020-03-02`);
    await page.getByRole('heading', { name: ui['planner.planHeading'] }).waitFor();
    await expectVisible(page.getByText(ui['planner.pastKickoff']));
  });

  test.each(LANGS)(
    '$lang: without JavaScript the page says so instead of the form, and offers a blank plan',
    async ({ prefix, ui }) => {
      const page = await suite.open(`${prefix}planner/`, { javaScriptEnabled: false });
      await expectHidden(page.getByRole('button', { name: ui['planner.submit'] }));
      // Playwright's text locators skip <noscript>, so read what the page shows.
      await expect
        .poll(() => page.evaluate(() => document.body.innerText), { timeout: WAIT })
        .toContain(ui['planner.noScript']);
      const blank = await page.evaluate(
        (name) => [...document.querySelectorAll('a')].find((link) => link.textContent === name)?.href ?? '',
        ui['planner.blankLink'],
      );
      expect(blank).toMatch(/planner\/blank\/$/);
      // The blank plan itself, checked and printed as any page.
      const page2 = await open(`${prefix}planner/blank/`);
      await page2.getByRole('heading', { name: ui['planner.blank.title'] }).waitFor();
      expect(await axeViolations(page2)).toEqual([]);
      const file = resolve(`/tmp/mentorfit-blank-plan-${prefix.replace('/', '') || 'en'}.pdf`);
      await page2.pdf({ path: file, format: 'A4', printBackground: true });
      const info = pdfInfo(file);
      expect(info.pages).toBe(1);
      expect(info.size).toContain('(A4)');
      expect(pdfPages(file)[0]).toContain(squash(ui['planner.moment.kickoff']));
      expect(await pageProblems(page2)).toEqual([]);
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
