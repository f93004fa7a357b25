// The matching helper as a facilitator uses it, in both languages, on the production build: import
// the example file (6 seniors, 9 juniors), read the explained pairs and the unmatched with their
// reasons, lock and rule out pairs and see the rest re-matched, print the pair list to A4 PDF with
// the reasons and the unmatched, download the CSV files, bad files with their messages (a Windows-1252
// file and a workbook among them), typing people in by keyboard alone, changing, setting aside and
// removing people with undo, the list on a phone, the page without JavaScript, the list kept on the
// device (and a corrupt one), 500 people matched in a Web Worker, and the page's script budget. Every
// state is checked with axe-core and for Content-Security-Policy violations and script errors.
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { noBrowser } from './support/chromium.ts';
import {
  browserSuite,
  dist,
  expectAttribute,
  expectChecked,
  expectCount,
  expectHidden,
  expectText,
  expectTextContaining,
  expectVisible,
  type TabOptions,
  WAIT,
} from './support/harness.ts';
import { expectClean, pageProblems } from './support/page-checks.ts';
import { pdfInfo, pdfPages, squash } from './support/pdf.ts';
import { pageScripts } from './support/page-scripts.ts';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { loadMatchingFile } from '../../src/data/load-matching.ts';
import { catalogueOf, examplePeople } from '../../src/schemas/matching.ts';
import { MATCHING_FILES } from '../../src/lib/matching/files.ts';
import { matchPairs, type PairingResult } from '../../src/lib/matching/match.ts';
import { exportPeople, importPeople, MAX_PEOPLE } from '../../src/lib/matching/people.ts';
import { parseDelimited } from '../../src/lib/matching/csv.ts';
import { firstMeetingSlot } from '../../src/lib/matching/pair-list.ts';
import { topicName } from '../../src/lib/matching/catalogue.ts';
import {
  explainPair,
  explainUnmatched,
  problemMessage,
  type ExplainContext,
} from '../../src/lib/matching-ui/explain.ts';
import { pickStrings, translator } from '../../src/i18n/island-strings.ts';
import { MATCHING_STRING_KEYS } from '../../src/lib/matching-ui/strings.ts';
import type { PairKey, Person } from '../../src/lib/matching/types.ts';
import { MATCHING_STORAGE_KEY } from '../../src/stores/matching-reactions.ts';

const file = loadMatchingFile();
const catalogue = catalogueOf(file);
const STORAGE_KEY = MATCHING_STORAGE_KEY;

const LANGS = [
  { lang: 'en' as const, prefix: '', dictionary: en },
  { lang: 'nl' as const, prefix: 'nl/', dictionary: nl },
] as const;
type LangCase = (typeof LANGS)[number];
/**
 * Behaviour that only the words tell apart is tested once, the two languages taking turns; what the
 * language changes (the example lists, print, lengths on a phone) is tested in both.
 */
const [EN, NL] = LANGS;

/** The sentences the page builds, built here from the same strings. */
function contextFor({ lang, dictionary }: LangCase): ExplainContext {
  return {
    t: translator(pickStrings(dictionary, MATCHING_STRING_KEYS)),
    topicName: (topic) => topicName(catalogue.topics, topic, lang),
    slotName: (slot) => catalogue.slots.find((item) => item.id === slot)?.[lang] ?? slot,
    columnName: (id) => catalogue.columns.find((column) => column.id === id)?.[lang] ?? id,
  };
}

const pairName = (c: LangCase, pair: PairKey): string => contextFor(c).t('matching.pairName', { ...pair });
const keysOf = (result: PairingResult): PairKey[] =>
  result.pairs.map((p) => ({ senior: p.senior.name, junior: p.junior.name }));

describe.skipIf(noBrowser)('the matching helper', () => {
  const suite = browserSuite();
  /** Opens the helper in a blank tab that accepts downloads, and waits until the island has started. */
  async function open(c: LangCase, options: TabOptions = {}): Promise<Page> {
    const page = await suite.open(`${c.prefix}matching/`, { acceptDownloads: true, ...options });
    // The island's own signal that it has started and read any kept list: nothing a user sees marks it.
    await page.locator('[data-ready]').waitFor({ timeout: 30_000 });
    return page;
  }

  /** A pair's (or group's) card, by its heading. */
  const card = (page: Page, name: string) => page.getByRole('listitem', { name });

  type T = ExplainContext['t'];
  /** The list of pair (or group) cards, named by the results' heading. */
  const resultList = (page: Page, t: T, format: 'pairs' | 'groups' = 'pairs'): Locator =>
    page.getByRole('list', {
      name: t(format === 'groups' ? 'matching.groupsHeading' : 'matching.pairsHeading'),
      exact: true,
    });
  /** The cards themselves: the list's items with a heading (each card's reasons are list items too). */
  const cards = (page: Page, t: T, format: 'pairs' | 'groups' = 'pairs'): Locator =>
    resultList(page, t, format)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) });
  /** The cards a user sees as locked: those that show the "Locked" tag. */
  const lockedCards = (page: Page, t: T, format: 'pairs' | 'groups' = 'pairs'): Locator =>
    cards(page, t, format).filter({ has: page.getByText(t('matching.locked'), { exact: true }) });
  /** The list of everyone without a partner, named by its heading. */
  const unmatchedList = (page: Page, t: T): Locator =>
    page.getByRole('list', { name: t('matching.unmatchedHeading'), exact: true });

  /** The pairs' names in order, as their cards' headings show them, without the "Locked" tag. */
  async function pairHeadings(page: Page, t: T): Promise<string[]> {
    const locked = t('matching.locked');
    const texts = await resultList(page, t).getByRole('heading', { level: 3 }).allInnerTexts();
    return texts
      .map((text) => text.trim())
      .map((text) => (text.endsWith(locked) ? text.slice(0, -locked.length).trim() : text));
  }

  async function importFile(page: Page, name: string, text: string | Buffer): Promise<void> {
    await page
      .getByLabel(page.url().includes('/nl/') ? nl['matching.fileLabel'] : en['matching.fileLabel'])
      .setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
      });
  }

  /** "Delete everything", and yes. */
  async function deleteEverything(page: Page, t: ExplainContext['t']): Promise<void> {
    await page.getByRole('button', { name: t('matching.deleteButton') }).click();
    await page.getByRole('button', { name: t('matching.deleteYes') }).click();
    await page.getByText(t('matching.deleted')).waitFor({ timeout: 10_000 });
  }

  test.each(LANGS)(
    '$lang: import 6 + 9, explained pairs, the unmatched, lock, rule out, print and export',
    async (c) => {
      const { t } = contextFor(c);
      const context = contextFor(c);
      const people = examplePeople(file, c.lang);
      const page = await open(c);
      await expectClean(page, 'empty');

      // The example file as the page offers it for download (under a name of its own, as CSV),
      // imported back without a single note.
      const exampleLink = page.getByRole('link', { name: t('matching.downloadExample', { seniors: 6, juniors: 9 }) });
      const exampleHref = await exampleLink.getAttribute('href');
      expect(exampleHref).toBe(`/${c.prefix}matching/${MATCHING_FILES[c.lang].example}`);
      await expectAttribute(exampleLink, 'download', `mentorfit-${MATCHING_FILES[c.lang].example}`);
      await expectAttribute(exampleLink, 'type', 'text/csv');
      await importFile(page, 'example.csv', readFileSync(resolve(dist, `.${exampleHref}`), 'utf8'));
      await page.getByText(t('matching.importDone', { count: 15 })).waitFor();
      // The import's report says how many were added, and nothing else: no note, no problem.
      await expectText(
        page.getByRole('region', { name: t('matching.addHeading'), exact: true }).getByRole('status'),
        t('matching.importDone', { count: 15 }),
      );

      const expected = matchPairs(catalogue.fit, people, { setting: 'hybrid' });
      expect(expected.pairs).toHaveLength(6);
      await expect
        .poll(() => pairHeadings(page, t), { timeout: WAIT })
        .toEqual(keysOf(expected).map((pair) => pairName(c, pair)));
      for (const pair of expected.pairs) {
        const pairCard = card(page, pairName(c, { senior: pair.senior.name, junior: pair.junior.name }));
        for (const sentence of explainPair(context, pair))
          await expectCount(pairCard.getByText(sentence, { exact: true }), 1);
        await expectAttribute(
          pairCard.getByRole('link', { name: new RegExp(t('matching.agreement')) }),
          'href',
          `/${c.prefix}templates/agreement/`,
        );
      }
      expect(expected.unmatched).toHaveLength(3);
      for (const item of expected.unmatched) {
        const entry = unmatchedList(page, t).getByRole('listitem').filter({ hasText: item.person.name });
        for (const sentence of explainUnmatched(context, item)) await expectCount(entry.getByText(sentence), 1);
      }
      await expectClean(page, 'pairs');

      // Lock the second pair, rule out the first: the rest is matched again around the lock.
      const [first, second] = keysOf(expected) as [PairKey, PairKey];
      await page.getByRole('button', { name: `${t('matching.lock')}: ${pairName(c, second)}` }).click();
      await page.getByRole('button', { name: `${t('matching.exclude')}: ${pairName(c, first)}` }).click();
      const rematched = matchPairs(catalogue.fit, people, { setting: 'hybrid', locks: [second], excluded: [first] });
      await expect.poll(() => pairHeadings(page, t), { timeout: WAIT }).not.toContain(pairName(c, first));
      await expect
        .poll(() => pairHeadings(page, t), { timeout: WAIT })
        .toEqual(keysOf(rematched).map((pair) => pairName(c, pair)));
      await expect.poll(() => pairHeadings(page, t), { timeout: WAIT }).toContain(pairName(c, second));
      const lockedCard = lockedCards(page, t);
      await expectCount(lockedCard, 1);
      await expectTextContaining(lockedCard.getByRole('heading'), pairName(c, second));
      await expectTextContaining(
        page.getByRole('list', { name: t('matching.excludedHeading'), exact: true }),
        pairName(c, first),
      );
      await expectClean(page, 'locked and ruled out');

      // The printed pair list: one row per pair with its reasons and a first meeting, then everyone
      // without a partner with their reasons; none of the page's controls.
      await page.emulateMedia({ media: 'print' });
      const pdfFile = resolve(await import('node:os').then((os) => os.tmpdir()), `matching-${c.lang}.pdf`);
      await page.pdf({ path: pdfFile, format: 'A4', printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      expect(pdfInfo(pdfFile).size).toContain('(A4)');
      const printed = pdfPages(pdfFile).join(' ');
      expect(printed).toContain(t('matching.printTitle'));
      // Read with the layout kept: each pair is one line with both names and the first meeting.
      const lines = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }).split('\n').map(squash);
      for (const pair of rematched.pairs) {
        const slot = firstMeetingSlot(catalogue.slots, pair.fit.sharedSlots);
        const meeting = slot ? t('matching.firstMeeting', { slot: slot[c.lang] }) : t('matching.agreeTime');
        const line = lines.find((text) => text.startsWith(`${pair.senior.name} ${pair.junior.name} `));
        expect(line, `a printed line for ${pair.senior.name} and ${pair.junior.name}`).toBeDefined();
        expect(line).toContain(meeting);
      }
      // One row per pair in the table, which ends where the unmatched begin.
      const table = lines.slice(
        0,
        lines.findIndex((text) => text.startsWith(t('matching.printUnmatched'))),
      );
      expect(
        table.filter((text) => rematched.pairs.some((p) => text.startsWith(`${p.senior.name} ${p.junior.name} `))),
      ).toHaveLength(rematched.pairs.length);
      // Sentences wrap in their cells, at spaces or after a hyphen (pdftotext joins "half-" and "day" as
      // "halfday"): compare without white space and hyphens.
      const solid = (text: string): string => text.replace(/[\s-]+/g, '');
      for (const pair of rematched.pairs)
        for (const sentence of explainPair(context, pair)) expect(solid(printed)).toContain(solid(sentence));
      expect(printed).toContain(t('matching.printUnmatched'));
      for (const item of rematched.unmatched) {
        expect(printed).toContain(item.person.name);
        for (const sentence of explainUnmatched(context, item)) expect(solid(printed)).toContain(solid(sentence));
      }
      expect(printed).not.toContain(t('matching.lock'));
      expect(printed).not.toContain(t('matching.addHeading'));

      // The pairs CSV holds the same pairs; the list CSV reads back to the same people.
      const [pairsDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t('matching.exportPairs') }).click(),
      ]);
      expect(pairsDownload.suggestedFilename()).toBe(t('matching.pairsFile'));
      const pairsCsv = readFileSync(await pairsDownload.path(), 'utf8');
      const rows = parseDelimited(pairsCsv).rows.map((row) => row.cells);
      expect(rows[0]).toEqual([
        t('matching.colSenior'),
        t('matching.colJunior'),
        t('matching.colTopic'),
        t('matching.colFirstMeeting'),
        t('matching.colLocked'),
      ]);
      expect(rows.slice(1).map(([senior, junior, , , locked]) => [senior, junior, locked])).toEqual(
        rematched.pairs.map((p) => [p.senior.name, p.junior.name, p.locked ? t('matching.yes') : t('matching.no')]),
      );
      const [listDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t('matching.exportPeople') }).click(),
      ]);
      const reimported = importPeople(catalogue, readFileSync(await listDownload.path(), 'utf8'));
      expect(reimported.people).toEqual(people);
      await expectClean(page, 'after printing and downloading');
    },
    180_000,
  );

  const badFiles = [
    { name: 'an empty file', text: '', kept: 0 },
    { name: 'a file without a name column', text: 'role,person\nsenior,Ann\n', kept: 0 },
    { name: 'a file with column names only', text: 'role,name\n', kept: 0 },
    {
      name: 'duplicate names, an unknown role and a missing name',
      text: 'role,name,age\nsenior,Ann,60\njunior,ann,25\nboss,Bo,40\njunior,,22\njunior,Cas,23\n',
      kept: 2,
    },
    {
      name: 'a manager and a time nobody knows',
      text: 'rol;naam;leidinggevende;beschikbaarheid\nsenior;Ann;Zed;zondag\njunior;Bo;;maandagochtend\n',
      kept: 2,
    },
  ];

  test.each([NL])(
    '$lang: bad files give messages that name the row and column, and keep the valid rows',
    async (c) => {
      const context = contextFor(c);
      const { t } = context;
      const page = await open(c);
      for (const bad of badFiles) {
        await importFile(page, 'bad.csv', bad.text);
        const summary = bad.kept > 0 ? t('matching.importDone', { count: bad.kept }) : t('matching.problemsNoneAdded');
        await page.getByText(summary).waitFor({ timeout: 10_000 });
        // Notes about kept rows sit in a closed <details>; open it by its summary so every message can be seen.
        const { problems } = importPeople(catalogue, bad.text);
        const warnings = problems.filter((problem) => problem.severity === 'warning').length;
        if (warnings > 0)
          await page
            .getByText(t('matching.warningsTitle', { count: warnings }), { exact: true })
            .click({ timeout: WAIT });
        for (const problem of problems) {
          const message = problemMessage(context, problem, MAX_PEOPLE);
          await expectVisible(page.getByText(message, { exact: true }), `${bad.name}: ${message}`);
        }
        const people = importPeople(catalogue, bad.text).people;
        expect(people).toHaveLength(bad.kept);
        for (const person of people) {
          await expectCount(page.getByRole('rowheader', { name: person.name, exact: true }), 1);
        }
        // The states with messages about left-out rows and with notes on kept rows.
        if (bad.kept > 0) await expectClean(page, bad.name);
        await deleteEverything(page, t);
      }
    },
    300_000,
  );

  test.each([EN])(
    '$lang: a facilitator types two people in and locks their pair by keyboard alone',
    async (c) => {
      const { t } = contextFor(c);
      const page = await open(c);
      const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
      const focusedName = () =>
        page.evaluate(
          () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '',
        );
      const tabToId = async (id: string): Promise<void> => {
        for (let i = 0; i < 80 && (await focusedId()) !== id; i++) await page.keyboard.press('Tab');
        await expect.poll(focusedId, { timeout: WAIT }).toBe(id);
      };
      const tabToText = async (text: string): Promise<void> => {
        for (let i = 0; i < 120 && (await focusedName()) !== text; i++) await page.keyboard.press('Tab');
        await expect.poll(focusedName, { timeout: WAIT }).toBe(text);
      };

      // Submitting an empty form shows the error summary, which takes focus.
      await tabToText(t('matching.addButton'));
      await page.keyboard.press('Enter');
      // The error summary takes focus: the focused element is the one that holds its alert.
      await expect
        .poll(
          () =>
            page
              .getByRole('alert')
              .evaluate(
                (alert) => document.activeElement !== document.body && document.activeElement?.contains(alert) === true,
                undefined,
                { timeout: WAIT },
              ),
          { timeout: WAIT },
        )
        .toBe(true);
      await expectTextContaining(page.getByRole('alert'), t('matching.errorName'));
      // Beside its field, each message is read out after "Error:".
      await expectText(page.locator('#person-name-error'), `${t('form.errorPrefix')} ${t('matching.errorName')}`);
      await expectText(page.locator('#person-role-error'), `${t('form.errorPrefix')} ${t('matching.errorRole')}`);
      await expectClean(page, 'form errors');
      // Its first link goes to the role choice.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(focusedId, { timeout: WAIT }).toBe('person-role-senior');

      const addByKeyboard = async (role: 'senior' | 'junior', name: string, topicIndex: number): Promise<void> => {
        await tabToId('person-role-senior');
        if (role === 'senior') await page.keyboard.press('Space');
        else await page.keyboard.press('ArrowRight');
        await tabToId('person-name');
        await page.keyboard.type(name);
        await page.keyboard.press('Tab');
        await page.keyboard.type('Sales');
        // Through site and manager to the first topic; Space ticks the box.
        for (
          let i = 0;
          i < 20 && (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)) !== 'topic';
          i++
        ) {
          await page.keyboard.press('Tab');
        }
        for (let i = 0; i < topicIndex; i++) await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
        await tabToText(t('matching.addButton'));
        await page.keyboard.press('Enter');
        await page.getByText(t('matching.added', { name }), { exact: true }).waitFor({ timeout: WAIT });
      };
      await addByKeyboard('senior', 'Ann Senior', 1);
      await addByKeyboard('junior', 'Bo Junior', 1);
      const pair = pairName(c, { senior: 'Ann Senior', junior: 'Bo Junior' });
      await expect.poll(() => pairHeadings(page, t), { timeout: WAIT }).toEqual([pair]);
      await expectTextContaining(
        card(page, pair),
        t('matching.explainTopics', {
          junior: 'Bo Junior',
          senior: 'Ann Senior',
          topics: catalogue.topics[1]![c.lang],
        }),
      );

      await tabToText(`${t('matching.lock')}: ${pair}`);
      await page.keyboard.press('Enter');
      await expectTextContaining(lockedCards(page, t).getByRole('heading'), pair);
      await expectClean(page, 'typed and locked by keyboard');
    },
    180_000,
  );

  test('a list kept on the device comes back; a corrupt one is kept until the facilitator decides; delete removes it', async () => {
    const c = LANGS[0];
    const { t } = contextFor(c);
    const page = await open(c);
    const stored = () => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    await page.getByRole('button', { name: t('matching.tryExample', { seniors: 6, juniors: 9 }) }).click();
    await page.getByText(t('matching.importDone', { count: 15 })).waitFor();
    // Nothing is stored until the facilitator chooses to keep it.
    await expect.poll(stored, { timeout: WAIT }).toBeNull();
    await page.getByLabel(t('matching.keepLabel')).check();
    await expect.poll(stored, { timeout: WAIT }).not.toBeNull();
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => pairHeadings(page, t), { timeout: WAIT }).toHaveLength(6);
    await expectChecked(page.getByLabel(t('matching.keepLabel')));

    // A copy the helper cannot read is not deleted behind the facilitator's back: the page says what
    // was lost, offers the copy as a file, and deletes it only when asked.
    const corrupt = '{"schemaVersion":1,"people":[{"role":"boss"}]}';
    await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [STORAGE_KEY, corrupt]);
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByText(t('matching.savedUnreadable.malformed')).waitFor({ timeout: WAIT });
    await expect.poll(stored, { timeout: WAIT }).toBe(corrupt);
    await expectVisible(page.getByText(t('matching.emptyList')));
    await expectClean(page, 'corrupt saved list');
    const [copy] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('matching.savedDownload') }).click(),
    ]);
    expect(copy.suggestedFilename()).toBe(t('matching.savedFile'));
    expect(readFileSync(await copy.path(), 'utf8')).toBe(corrupt);
    await page.getByRole('button', { name: t('matching.savedDelete') }).click();
    await expect.poll(stored, { timeout: WAIT }).toBeNull();
    await expectCount(page.getByText(t('matching.savedUnreadable.malformed')), 0);

    // "Delete everything" asks first; yes deletes the kept copy; undo brings the list back.
    await page.getByRole('button', { name: t('matching.tryExample', { seniors: 6, juniors: 9 }) }).click();
    await page.getByLabel(t('matching.keepLabel')).check();
    await page.getByRole('button', { name: t('matching.deleteButton') }).click();
    await page.getByRole('button', { name: t('matching.deleteNo') }).click();
    await expect.poll(() => pairHeadings(page, t), { timeout: WAIT }).toHaveLength(6);
    await deleteEverything(page, t);
    await expect.poll(stored, { timeout: WAIT }).toBeNull();
    await expect.poll(() => pairHeadings(page, t), { timeout: WAIT }).toEqual([]);
    await expectClean(page, 'deleted');
    await page.getByRole('button', { name: t('matching.undo') }).click();
    await expect.poll(() => pairHeadings(page, t), { timeout: WAIT }).toHaveLength(6);
    await expect.poll(stored, { timeout: WAIT }).not.toBeNull();
  }, 120_000);

  test.each([NL])(
    '$lang: a Windows-1252 file is read with its accents and the facilitator told; a workbook is refused with the way out',
    async (c) => {
      const { t } = contextFor(c);
      const page = await open(c);
      // As Excel on Windows saves "CSV": Windows-1252, semicolons, CRLF, no byte-order mark.
      const text = `${c.lang === 'nl' ? 'rol;naam' : 'role;name'}\r\nsenior;Frédérique Öztürk\r\njunior;Zoë Çelik\r\n`;
      await importFile(page, 'lijst.csv', Buffer.from(text, 'latin1'));
      await page.getByText(t('matching.importDone', { count: 2 })).waitFor({ timeout: 10_000 });
      await expectVisible(page.getByText(t('matching.readAsWindows1252')));
      for (const name of ['Frédérique Öztürk', 'Zoë Çelik'])
        await expectCount(page.getByRole('rowheader', { name, exact: true }), 1);
      await expectClean(page, 'Windows-1252 file');
      // An .xlsx chosen by mistake: a zip file, recognised, nobody added, and told how to save it as CSV.
      await importFile(page, 'lijst.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]));
      await page.getByText(t('matching.refused.workbook')).waitFor({ timeout: 10_000 });
      await expectClean(page, 'workbook refused');
    },
    120_000,
  );

  test.each(LANGS)(
    '$lang: on a 375 px phone every value in the list keeps its label',
    async (c) => {
      const { t } = contextFor(c);
      const page = await open(c, { viewport: { width: 375, height: 800 } });
      await page.getByRole('button', { name: t('matching.tryExample', { seniors: 6, juniors: 9 }) }).click();
      await page.getByText(t('matching.importDone', { count: 15 })).waitFor();
      // Both sides of the list, by their captions; getByRole leaves out the cells a phone does not show.
      const cells = page
        .getByRole('table', { name: t('matching.seniors'), exact: true })
        .or(page.getByRole('table', { name: t('matching.juniors'), exact: true }))
        .getByRole('cell');
      // A row's actions are the cell with its buttons; every other cell holds a value.
      const valueCells = cells.filter({ hasNot: page.getByRole('button') });
      const actionCells = cells.filter({ has: page.getByRole('button') });
      // The label a phone shows before a value is generated content (::before), only readable in the page.
      const shown = (locator: Locator) =>
        locator.evaluateAll((tds) =>
          tds.map((td) => ({ text: td.textContent ?? '', label: getComputedStyle(td, '::before').content })),
        );
      await expect.poll(() => valueCells.count(), { timeout: WAIT }).toBeGreaterThan(30);
      await expectCount(actionCells, 15);
      const labels = [
        t('matching.departmentLabel'),
        t('matching.managerLabel'),
        t('matching.topicsLegend'),
        t('matching.availabilityLegend'),
        t('matching.siteLabel'),
        t('matching.pleaseNotLabel'),
      ].map((label) => `"${label}: "`);
      await expect
        .poll(
          async () => (await shown(valueCells)).filter((cell) => cell.text === '' || !labels.includes(cell.label)),
          {
            timeout: WAIT,
            message: 'every value shown is not empty and has its label',
          },
        )
        .toEqual([]);
      await expect
        .poll(async () => (await shown(actionCells)).map((cell) => cell.label), { timeout: WAIT })
        .toEqual(Array.from({ length: 15 }, () => 'none'));
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: WAIT })
        .toBeLessThanOrEqual(375);
      await expectClean(page, 'phone list');
    },
    120_000,
  );

  test('a facilitator changes a person in place, sets one aside, removes one and undoes it, and locks a group', async () => {
    const c = LANGS[0];
    const { t } = contextFor(c);
    const page = await open(c);
    const people = examplePeople(file, 'en');
    await page.getByRole('button', { name: t('matching.tryExample', { seniors: 6, juniors: 9 }) }).click();
    await page.getByText(t('matching.importDone', { count: 15 })).waitFor();

    // Change: the same checks as adding; the row shows the new values.
    await page.getByRole('button', { name: `${t('matching.edit')}: Sam Peters` }).click();
    const form = page.getByRole('form', { name: t('matching.editHeading', { name: 'Sam Peters' }) });
    await form.getByLabel(t('matching.nameLabel'), { exact: true }).fill('Noor Hendriks');
    await form.getByRole('button', { name: t('matching.saveChanges') }).click();
    await expectTextContaining(form.getByRole('alert'), t('matching.errorDuplicate', { name: 'Noor Hendriks' }));
    await expectClean(page, 'editing with an error');
    await form.getByLabel(t('matching.nameLabel'), { exact: true }).fill('Sam Peters-Visser');
    await form.getByLabel(t('matching.siteLabel')).fill('Zwolle');
    await form.getByRole('button', { name: t('matching.saveChanges') }).click();
    await page.getByText(t('matching.changed', { name: 'Sam Peters-Visser' })).waitFor();
    await expectTextContaining(page.getByRole('row', { name: /Sam Peters-Visser/ }), 'Zwolle');

    // Set aside: still on the list, not matched, brought back.
    const senior = people.find((p) => p.role === 'senior')!.name;
    await page.getByRole('button', { name: `${t('matching.setAside')}: ${senior}` }).click();
    await page.getByText(t('matching.setAsideDone', { name: senior })).waitFor();
    await expectCount(page.getByRole('rowheader', { name: new RegExp(senior) }), 1);
    await expect.poll(() => pairHeadings(page, t), { timeout: WAIT }).toHaveLength(5);
    await expect.poll(() => resultList(page, t).textContent(), { timeout: WAIT }).not.toContain(senior);
    await expect.poll(() => unmatchedList(page, t).textContent(), { timeout: WAIT }).not.toContain(senior);
    await expectClean(page, 'set aside');
    await page.getByRole('button', { name: `${t('matching.bringBack')}: ${senior}` }).click();
    await expect.poll(() => pairHeadings(page, t), { timeout: WAIT }).toHaveLength(6);

    // Remove and undo.
    await page.getByRole('button', { name: `${t('matching.remove')}: ${senior}` }).click();
    await page.getByText(t('matching.removed', { name: senior })).waitFor();
    await expectCount(page.getByRole('rowheader', { name: senior, exact: true }), 0);
    await page.getByRole('button', { name: t('matching.undo') }).click();
    await page.getByText(t('matching.undone', { name: senior })).waitFor();
    await expectCount(page.getByRole('rowheader', { name: senior, exact: true }), 1);

    // Groups lock like pairs.
    await page.getByLabel(t('matching.formatGroups')).check();
    const firstGroup = t('matching.groupName', { number: 1 });
    await page.getByRole('button', { name: `${t('matching.lock')}: ${firstGroup}` }).click();
    await lockedCards(page, t, 'groups').waitFor({ timeout: WAIT });
    await expectCount(page.getByRole('button', { name: `${t('matching.unlock')}: ${firstGroup}` }), 1);
    await expectClean(page, 'group locked');
  }, 120_000);

  test.each([EN])(
    '$lang: without JavaScript the page says the helper needs it and offers the template and the example',
    async (c) => {
      const { t } = contextFor(c);
      const page = await suite.open(`${c.prefix}matching/`, {
        javaScriptEnabled: false,
        viewport: { width: 375, height: 800 },
      });
      // Playwright's text locators skip <noscript>, so find the message by its element.
      const message = page.locator('noscript strong');
      await expectVisible(message);
      await expectText(message, t('matching.noScript'));
      // The "loading" line is on the page but not shown.
      const loading = page.getByText(t('matching.loading'), { exact: true });
      await expectCount(loading, 1);
      await expectHidden(loading);
      for (const kind of ['template', 'example'] as const) {
        const link = page.locator(`noscript a[href$="/${MATCHING_FILES[c.lang][kind]}"]`);
        await expectVisible(link);
        await expectAttribute(link, 'download', `mentorfit-${MATCHING_FILES[c.lang][kind]}`);
      }
    },
    60_000,
  );

  test('500 people are matched in a Web Worker: busy within 100 ms of a change, the page answering throughout', async () => {
    const people: Person[] = Array.from({ length: 500 }, (_, i) => ({
      role: i < 200 ? 'senior' : 'junior',
      name: `Person ${i + 1}`,
      department: `Department ${i % 7}`,
      manager: i < 200 ? (i > 0 ? `Person ${Math.floor(i / 3) + 1}` : '') : `Person ${(i % 200) + 1}`,
      topics: [
        catalogue.topics[i % catalogue.topics.length]!.id,
        catalogue.topics[(i * 3) % catalogue.topics.length]!.id,
      ],
      availability: [catalogue.slots[i % 10]!.id, catalogue.slots[(i * 7) % 10]!.id],
      site: `Site ${i % 3}`,
      pleaseNotWith: [],
    }));
    const { t } = contextFor(LANGS[0]);
    const page = await open(LANGS[0]);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    // The busy status may show for only a moment, so a watcher in the page notes when it appeared,
    // and when the last click happened.
    await page.evaluate(
      (busyText) => {
        const w = window as unknown as { busyAt: number[]; clickAt: number };
        w.busyAt = [];
        w.clickAt = 0;
        document.addEventListener('click', () => (w.clickAt = performance.now()), true);
        let busy = false;
        new MutationObserver(() => {
          const now = document.querySelector('[aria-busy="true"] [role="status"]')?.textContent === busyText;
          if (now && !busy) w.busyAt.push(performance.now());
          busy = now;
        }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      },
      en['matching.busy'].replace('{count}', '500'),
    );
    const start = Date.now();
    await importFile(page, 'large.csv', exportPeople(catalogue, people, 'en'));
    await cards(page, t).first().waitFor({ timeout: 20_000 });
    console.log(`500 people imported, matched and shown in ${Date.now() - start} ms`);
    expect(workers.some((url) => /matching-worker/.test(url))).toBe(true);
    await expectCount(cards(page, t), matchPairs(catalogue.fit, people, { setting: 'hybrid' }).pairs.length);

    // One change: lock the first pair. Busy shows within 100 ms of the click; the new result follows.
    const [first] = keysOf(matchPairs(catalogue.fit, people, { setting: 'hybrid' })) as [PairKey];
    const changeStart = Date.now();
    await page.getByRole('button', { name: `${en['matching.lock']}: ${pairName(LANGS[0], first)}` }).click();
    await lockedCards(page, t).waitFor({ timeout: 20_000 });
    console.log(`500 people re-matched and shown after one lock in ${Date.now() - changeStart} ms`);
    const { busyAt, clickAt } = await page.evaluate(() => {
      const w = window as unknown as { busyAt: number[]; clickAt: number };
      return { busyAt: w.busyAt, clickAt: w.clickAt };
    });
    const busyAfterClick = busyAt.find((at) => at >= clickAt);
    expect(busyAfterClick, 'busy shown after the click').toBeDefined();
    expect(busyAfterClick! - clickAt).toBeLessThan(100);
    // The page answers input while and after matching: a click on a checkbox takes effect at once.
    await page.getByLabel(en['matching.keepLabel']).check();
    await expectChecked(page.getByLabel(en['matching.keepLabel']));
    // No CSP violation (the worker is allowed) and no script error; axe is left to the smaller lists.
    expect(await pageProblems(page)).toEqual([]);
  }, 120_000);
});

/** The matching page's budget: Preact, the stores and the whole matching model, gzipped. */
const MATCHING_BUDGET = 24 * 1024;

describe('the matching page script budget', () => {
  test.each(['matching/', 'nl/matching/'])('%s loads at most 24 KB of gzipped JavaScript', (path) => {
    const scripts = pageScripts(dist, readFileSync(resolve(dist, path, 'index.html'), 'utf8'));
    const total = scripts.reduce((sum, { source }) => sum + gzipSync(source).length, 0);
    console.log(`${path}: ${(total / 1024).toFixed(1)} KB gzipped JavaScript in ${scripts.length} files`);
    expect(scripts.some(({ name }) => name.includes('MatchingApp'))).toBe(true);
    expect(total).toBeLessThanOrEqual(MATCHING_BUDGET);
  });
});
