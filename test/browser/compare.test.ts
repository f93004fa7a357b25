// The compare page as a workshop uses it, in a production build and in both languages: three
// respondents (sponsor, HR, a junior) answer differently; their share links are pasted and
// labelled; the disagreement agenda puts the right questions first; the team link opens the same
// view in a fresh browser; a tampered entry is refused on its own; before and after shows the
// changes; everything works by keyboard; saving only on request; printing; the script budget.
// Every state is checked with axe-core and for Content-Security-Policy violations.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { noBrowser } from './support/chromium.ts';
import {
  browserSuite,
  dist,
  expectCount,
  expectFocus,
  expectHidden,
  expectInPage,
  expectTextContaining,
  expectTexts,
  expectValue,
  expectVisible,
  WAIT,
} from './support/harness.ts';
import { expectClean } from './support/page-checks.ts';
import { pdfPages } from './support/pdf.ts';
import { pageScripts } from './support/page-scripts.ts';
import { FIRST_ROUND_TRIP_BYTES, pageAndDataFile } from './support/page-data.ts';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { loadQuestionnaire } from '../../src/data/load-questionnaire.ts';
import { encodeShareCode } from '../../src/lib/questionnaire/share-code.ts';
import type { Lang } from '../../src/lib/language.ts';
import type { Answers, PilotFormat, ReadinessQuestion } from '../../src/lib/questionnaire/types.ts';
import { assessTeam } from '../../src/lib/compare/team-view.ts';
import { assessReadiness } from '../../src/lib/questionnaire/assess.ts';

const questionnaire = loadQuestionnaire();
const dictionaries = { en, nl } as const;

/** Answers with the best option for every readiness question, then the given ones. */
function answersWith(overrides: Answers): Answers {
  // Role "other": the results are named by the labels the test types.
  const answers: Record<string, string> = {
    aim: 'digital-ai',
    seniors: '6-12',
    juniors: '6-12',
    setting: 'on-site',
    role: 'other',
  };
  for (const question of questionnaire.questions.filter((q): q is ReadinessQuestion => q.kind === 'readiness')) {
    const best = [...question.options].sort((a, b) => b.points - a.points)[0];
    if (best) answers[question.id] = best.id;
  }
  return { ...answers, ...overrides };
}

// The sponsor sees everything in place; HR knows time is squeezed; the junior doubts it is safe to speak.
const sponsor = answersWith({});
const hr = answersWith({
  'protected-time': 'own-time',
  'busy-weeks': 'moved',
  'commitment': 'probably',
  'reporting-line': 'mostly',
  'setting': 'hybrid',
});
const junior = answersWith({
  'aim': 'culture-change',
  'protected-time': 'none',
  'confidential': 'intended',
  'safe-to-speak': 'hard',
});
const code = (answers: Answers): string => encodeShareCode(questionnaire, answers);
const shareLink = (answers: Answers, lang: Lang): string =>
  `https://mentorfit.org/${lang === 'nl' ? 'nl/' : ''}questionnaire/#a=${code(answers)}`;

/** The questions the agenda must list: widest spread in its condition's score first, then the context answered differently. */
const expectedAgenda = [
  'protected-time',
  'confidential',
  'safe-to-speak',
  'commitment',
  'reporting-line',
  'busy-weeks',
  'aim',
  'setting',
];
const promptOf = (id: string, lang: Lang): string =>
  questionnaire.questions.find((q) => q.id === id)?.prompt[lang] ?? '';
const optionLabel = (questionId: string, optionId: string, lang: Lang): string =>
  questionnaire.questions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId)?.label[lang] ?? '';
const title = (format: PilotFormat, lang: Lang): string => questionnaire.recommendations[format].title[lang];
/** The name of the condition a readiness question counts for, as the score table's row heading shows it. */
const conditionOf = (questionId: string, lang: Lang): string => {
  const question = questionnaire.questions.find((q) => q.id === questionId);
  const dimension = question?.kind === 'readiness' ? question.dimension : undefined;
  return questionnaire.dimensions.find((d) => d.id === dimension)?.label[lang] ?? '';
};

/** The questions of an agenda (or of a list or section holding one): its items that list answers. */
const questionsIn = (scope: Locator): Locator =>
  scope.getByRole('listitem').filter({ has: scope.page().getByRole('list') });
/** Each question's prompt: the first paragraph of its item. */
async function promptsIn(scope: Locator): Promise<string[]> {
  const questions = await questionsIn(scope).all();
  return Promise.all(questions.map((question) => question.getByRole('paragraph').first().innerText({ timeout: WAIT })));
}
/** Waits until the agenda's prompts, in order, are `expected`. */
async function expectPrompts(scope: Locator, expected: string[]): Promise<void> {
  await expect.poll(() => promptsIn(scope), { timeout: WAIT }).toEqual(expected);
}

describe.skipIf(noBrowser)('the compare page', () => {
  const suite = browserSuite();

  /** The heading the island shows once the questionnaire is in: the comparison is ready. */
  const resultsHeading = (page: Page, lang: Lang) =>
    page.getByRole('heading', { name: dictionaries[lang]['compare.resultsHeading'], exact: true });

  /** Opens the compare page in a blank tab, or in a new tab of `context`, and waits for the comparison. */
  async function open(lang: Lang, fragment = '', context?: BrowserContext): Promise<Page> {
    const page = await suite.open(`${lang === 'nl' ? 'nl/' : ''}questionnaire/compare/${fragment}`, context);
    await resultsHeading(page, lang).waitFor({ timeout: WAIT });
    return page;
  }

  /** Pastes a link with a label into the team's add form, as a user does with the mouse. */
  async function add(page: Page, lang: Lang, link: string, label: string): Promise<void> {
    const t = dictionaries[lang];
    await page.getByLabel(t['compare.pasteLabel'], { exact: true }).fill(link);
    await page.getByLabel(t['compare.labelLabel'], { exact: true }).fill(label);
    await page.getByRole('button', { name: t['compare.add'] }).click();
  }

  /** The full agenda's list of questions, named by its heading. */
  const agendaQuestions = (page: Page, lang: Lang) =>
    page.getByRole('list', { name: dictionaries[lang]['compare.agendaQuestions'], exact: true });

  /** Unfolds the full disagreement agenda, as a reader who wants it all does. */
  async function openAgenda(page: Page, lang: Lang): Promise<void> {
    await page.getByRole('heading', { name: dictionaries[lang]['compare.agendaHeading'], exact: true }).click();
    await agendaQuestions(page, lang).waitFor({ state: 'visible', timeout: WAIT });
  }

  /** The error under a paste field as it is read out: the (visually hidden) prefix, then the whole message. */
  const pasteError = (page: Page, lang: Lang, message: string) =>
    page.getByText(`${dictionaries[lang]['form.errorPrefix']} ${message}`, { exact: true });

  /** The table of scores per condition and person. */
  const scoreTable = (page: Page, lang: Lang = 'en') =>
    page.getByRole('table', { name: dictionaries[lang]['compare.tableCaption'], exact: true });
  /** The score table's column headings. */
  const columns = (page: Page, lang: Lang = 'en') => scoreTable(page, lang).getByRole('columnheader');
  /** The score table's text, row by row, to compare two views of the same comparison. */
  const tableText = (page: Page, lang: Lang) => scoreTable(page, lang).innerText();

  test('without JavaScript the page says that comparing needs it, and offers no form that cannot work', async () => {
    const t = dictionaries.nl;
    const page = await suite.open('nl/questionnaire/compare/', { javaScriptEnabled: false });
    // Playwright's text locators skip <noscript>, so read what the page shows.
    await expect
      .poll(() => page.evaluate(() => document.body.innerText), { timeout: WAIT })
      .toContain(t['compare.noScript']);
    await expectCount(page.getByRole('button', { name: t['compare.add'] }), 0);
    await expectCount(page.getByRole('textbox'), 0);
  });

  test('when the questionnaire cannot be fetched, the page says so and a reload brings the comparison', async () => {
    const page = await suite.tab();
    // As for a page kept open (or cached) across a new deploy: its data file is gone.
    const dataFile = /\/questionnaire\/compare\/data-\w+\.json$/;
    await page.route(dataFile, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(`${suite.url}questionnaire/compare/`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: WAIT });
    await expectTextContaining(alert, en['compare.loadFailed']);
    await expectClean(page, 'data file not fetched');

    await page.unroute(dataFile);
    await page.getByRole('button', { name: en['compare.reload'] }).click();
    await resultsHeading(page, 'en').waitFor({ timeout: WAIT });
    await add(page, 'en', shareLink(sponsor, 'en'), 'Sponsor');
    const label = page.getByLabel(en['compare.editLabel'].replace('{number}', '1'), { exact: true });
    await expectValue(label, 'Sponsor');
    await expectCount(page.getByRole('alert'), 0);
  });

  describe.each(['en', 'nl'] as const)('in %s', (lang) => {
    // Behaviour that only the words tell apart is tested in one language, the two taking turns.
    const testIn = (which: Lang, name: string, body: () => Promise<void>) => {
      if (lang === which) test(name, body);
    };
    const t = dictionaries[lang];

    test('three respondents’ links side by side: scores, the agenda, each format and the team view; the team link opens the same view', async () => {
      const page = await open(lang);
      await expectClean(page, 'empty');

      await add(page, lang, shareLink(sponsor, lang), 'Sponsor');
      await add(page, lang, code(hr), 'HR');
      // A label is text only: markup in it is shown as typed, never interpreted.
      await add(page, lang, shareLink(junior, lang), '<b>Junior</b>');
      // Kept as a tag selector: the check is that no <b> element exists at all, and markup has no role to find it by.
      await expectCount(page.locator('main b'), 0);
      await expectClean(page, 'three results');

      await expectTexts(columns(page, lang), [
        t['compare.condition'],
        'Sponsor',
        'HR',
        '<b>Junior</b>',
        t['compare.teamView'],
        t['compare.apart'],
      ]);
      // Protected time (out of 14 weighted points): the sponsor 100, HR 57, the junior 57; the team view
      // reads the lowest answers: 36.
      const timeRow = scoreTable(page, lang)
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: conditionOf('protected-time', lang), exact: true }) });
      await expectTexts(timeRow.getByRole('cell'), ['100', '57', '57', '36', '43']);
      // The chart row says the same in words.
      await expectCount(
        page.getByRole('img', {
          name: new RegExp(`Sponsor 100, HR 57, <b>Junior</b> 57, ${t['compare.teamView']} 36`),
        }),
        1,
      );

      // Results first: the team's advice, then the split aim and the three widest disagreements, each
      // answer with who gave it; the scores after them, the full agenda folded, the form to add at the end.
      const teamHeading = page.getByRole('heading', {
        name: t['compare.teamViewHeading'].replace(
          '{format}',
          title(assessTeam(questionnaire, [sponsor, hr, junior]).decision.format, lang),
        ),
      });
      const heading = (name: string) => page.getByRole('heading', { name, exact: true });
      const inOrder = [
        teamHeading,
        heading(t['compare.topHeading']),
        heading(t['compare.scoresHeading']),
        // The folded agenda's summary: while folded, the only heading of that name.
        heading(t['compare.agendaHeading']),
        page.getByLabel(t['compare.pasteLabel'], { exact: true }),
      ];
      const tops = () =>
        Promise.all(
          inOrder.map((locator) =>
            locator.evaluate((element) => element.getBoundingClientRect().top + window.scrollY, undefined, {
              timeout: WAIT,
            }),
          ),
        );
      await expect
        .poll(tops, { timeout: WAIT })
        .toSatisfy((order: number[]) =>
          order.every((top, i) => Number.isFinite(top) && (i === 0 || top > order[i - 1]!)),
        );
      await expectVisible(page.getByText(t['compare.agendaAim']));
      const topRegion = page.getByRole('region', { name: t['compare.topHeading'], exact: true });
      await expectPrompts(
        topRegion,
        expectedAgenda.slice(0, 3).map((id) => promptOf(id, lang)),
      );
      await expectTexts(questionsIn(topRegion).first().getByRole('listitem'), [
        `${optionLabel('protected-time', 'planned', lang)}: Sponsor`,
        `${optionLabel('protected-time', 'own-time', lang)}: HR`,
        `${optionLabel('protected-time', 'none', lang)}: <b>Junior</b>`,
      ]);
      await expectHidden(agendaQuestions(page, lang));
      // The full agenda, unfolded: the questions furthest apart, then the context, each person's answer in words.
      await openAgenda(page, lang);
      await expectPrompts(
        agendaQuestions(page, lang),
        expectedAgenda.map((id) => promptOf(id, lang)),
      );
      const first = questionsIn(agendaQuestions(page, lang)).first();
      await expectTexts(first.getByRole('listitem'), [
        `Sponsor: ${optionLabel('protected-time', 'planned', lang)}`,
        `HR: ${optionLabel('protected-time', 'own-time', lang)}`,
        `<b>Junior</b>: ${optionLabel('protected-time', 'none', lang)}`,
      ]);

      // Each person's format, and the team view through the same rules.
      await expectTexts(
        page.getByRole('region', { name: t['compare.formatsHeading'], exact: true }).getByRole('listitem'),
        [
          `Sponsor: ${title('reverse-pairs', lang)}`,
          `HR: ${title(assessReadiness(questionnaire, hr).decision.format, lang)}`,
          `<b>Junior</b>: ${title(assessReadiness(questionnaire, junior).decision.format, lang)}`,
        ],
      );
      await expectCount(teamHeading, 1);

      // The team link opens the same view in a fresh browser.
      const teamLink = await page.getByLabel(t['compare.linkLabel']).inputValue();
      expect(teamLink).toMatch(/#team=/);
      const elsewhere = await suite.tab();
      await elsewhere.goto(teamLink.replace(/^https?:\/\/[^/]+\//, suite.url), { waitUntil: 'networkidle' });
      const table = await tableText(page, lang);
      await expect.poll(() => tableText(elsewhere, lang), { timeout: WAIT }).toBe(table);
      await openAgenda(elsewhere, lang);
      const prompts = await promptsIn(agendaQuestions(page, lang));
      await expectPrompts(agendaQuestions(elsewhere, lang), prompts);
      await expectClean(elsewhere, 'opened from a team link');
    });

    testIn('en', 'bad links are refused one by one with a reason naming them, and never stop the others', async () => {
      const page = await open(lang);
      await add(page, lang, 'https://mentorfit.org/guides/', 'X');
      const field = page.getByLabel(t['compare.pasteLabel'], { exact: true });
      await expectVisible(pasteError(page, lang, t['compare.error.not-a-link']));
      // Focus moves to the field in an effect after the error is drawn.
      await expectFocus(field);
      await expectClean(page, 'paste error');
      await add(page, lang, code(sponsor), 'Sponsor');
      await add(page, lang, shareLink(sponsor, lang), 'Again');
      await expectVisible(pasteError(page, lang, t['compare.error.duplicate'].replace('{label}', 'Sponsor')));

      // A team link with a tampered second entry and a repeated third: the first and last still show.
      const tampered = code(hr).replace(/.$/, (c) => (c === '0' ? '1' : '0'));
      const linked = await open(
        lang,
        `#team=${code(sponsor)}~Sponsor.${tampered}~HR.${code(sponsor)}~Copy.${code(junior)}~Junior`,
      );
      const notice = linked.getByRole('alert');
      await expectTexts(notice.getByRole('listitem'), [
        t['compare.refusedEntry']
          .replace('{position}', '2')
          .replace('{label}', ' (HR)')
          .replace('{problem}', t['compare.refused.tampered']),
        t['compare.refusedEntry']
          .replace('{position}', '3')
          .replace('{label}', ' (Copy)')
          .replace('{problem}', t['compare.refused.duplicate'].replace('{other}', '1')),
      ]);
      await expect.poll(() => columns(linked, lang).allInnerTexts(), { timeout: WAIT }).toContain('Junior');
      await expectClean(linked, 'team link with refused entries');
    });

    testIn(
      'nl',
      'several links pasted at once are each checked: the good ones are added, a bad one is named and kept in the field',
      async () => {
        const page = await open(lang);
        const tampered = shareLink(hr, lang).replace(/.$/, (c) => (c === '0' ? '1' : '0'));
        // As copied from an e-mail: a link a line, with the words around them.
        await add(
          page,
          lang,
          `Sponsor: ${shareLink(sponsor, lang)}\nHR: ${tampered}\nJunior: ${shareLink(junior, lang)}.`,
          '',
        );
        await page
          .getByRole('status')
          .filter({ hasText: t['compare.resultsCount'].replace('{count}', '2').replace('{max}', '12') })
          .waitFor({ timeout: WAIT });
        const problem = t['compare.error.tampered'];
        await expectVisible(
          pasteError(
            page,
            lang,
            t['compare.error.oneOf'].replace('{position}', '2').replace('{count}', '3').replace('{problem}', problem),
          ),
        );
        await expectValue(page.getByLabel(t['compare.pasteLabel'], { exact: true }), tampered);
        await expectClean(page, 'several links pasted');
      },
    );

    testIn('en', 'before and after shows the change per condition and per answer', async () => {
      const page = await open(lang);
      await page.getByLabel(t['compare.modeChange']).check();
      await page.getByLabel(t['compare.pasteBefore']).fill(shareLink(hr, lang));
      await page
        .getByRole('region', { name: t['compare.before'] })
        .getByRole('button', { name: t['compare.add'] })
        .click();
      // The form gives way to the result, and focus moves to the slot's heading.
      await page
        .getByRole('region', { name: t['compare.before'] })
        .getByRole('button', { name: t['compare.add'] })
        .waitFor({ state: 'detached', timeout: WAIT });
      await expectFocus(page.getByRole('heading', { name: t['compare.before'], exact: true }));
      await page.getByLabel(t['compare.pasteAfter']).fill(shareLink(sponsor, lang));
      await page.getByRole('button', { name: t['compare.add'] }).click();
      const changesHeading = page.getByRole('heading', { name: t['compare.changeHeading'], exact: true });
      await changesHeading.waitFor({ timeout: WAIT });
      await expectClean(page, 'before and after');

      await expectTexts(columns(page, lang), [
        t['compare.condition'],
        t['compare.before'],
        t['compare.after'],
        t['compare.change'],
      ]);
      // Protected time went from 57 to 100; a safe space from 88 to 100; the rest stayed.
      // The change column: each condition's row (the rows with a row heading), its last cell.
      const changes = async () => {
        const rows = await scoreTable(page, lang)
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader') })
          .all();
        return Promise.all(rows.map((row) => row.getByRole('cell').last().textContent({ timeout: WAIT })));
      };
      await expect.poll(changes, { timeout: WAIT }).toEqual(['0', '+12', '+43', '0', '0', '0']);
      const changeSection = page.getByRole('region', { name: t['compare.changeHeading'], exact: true });
      // The section's first paragraph, right under its heading: the advised format then and now.
      await expect
        .poll(() => changeSection.getByRole('paragraph').first().innerText({ timeout: WAIT }), { timeout: WAIT })
        .toBe(
          t['compare.changeFormat']
            .replace('{before}', title('reverse-groups', lang))
            .replace('{after}', title('reverse-pairs', lang)),
        );
      await expectPrompts(
        changeSection.getByRole('list', { name: t['compare.changeAnswersHeading'], exact: true }),
        ['protected-time', 'commitment', 'reporting-line', 'busy-weeks', 'setting'].map((id) => promptOf(id, lang)),
      );

      // The before/after link opens the same view elsewhere.
      const link = await page.getByLabel(t['compare.linkLabel']).inputValue();
      expect(link).toMatch(/#change=/);
      const elsewhere = await open(lang, link.slice(link.indexOf('#')));
      const table = await tableText(page, lang);
      await expect.poll(() => tableText(elsewhere, lang), { timeout: WAIT }).toBe(table);
    });

    testIn('nl', 'a before/after link with a third result says that before and after hold two', async () => {
      const page = await open(lang, `#change=${code(hr)}.${code(sponsor)}.${code(junior)}`);
      const notice = page.getByRole('alert');
      await expect
        .poll(() => notice.getByRole('listitem').allInnerTexts(), { timeout: WAIT })
        .toEqual([
          t['compare.refusedEntry']
            .replace('{position}', '3')
            .replace('{label}', '')
            .replace('{problem}', t['compare.refused.too-many'].replace('{max}', '2')),
        ]);
    });
  });

  test('works by keyboard alone: paste, label, add, remove', async () => {
    const page = await open('en');
    const focusedLabel = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const label = element?.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
        return label ?? element?.textContent ?? '';
      });
    async function tabTo(name: string): Promise<void> {
      for (let i = 0; i < 40 && !(await focusedLabel()).startsWith(name); i++) await page.keyboard.press('Tab');
      await expect.poll(focusedLabel, { timeout: WAIT }).toContain(name);
    }
    const count = (n: number): string =>
      en['compare.resultsCount'].replace('{count}', String(n)).replace('{max}', '12');
    for (const [n, answers, label] of [
      [1, sponsor, 'Sponsor'],
      [2, junior, 'Junior'],
    ] as const) {
      await tabTo(en['compare.pasteLabel']);
      await page.keyboard.type(shareLink(answers, 'en'));
      await tabTo(en['compare.labelLabel']);
      await page.keyboard.type(label);
      await page.keyboard.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: count(n) })
        .waitFor({ timeout: WAIT });
    }
    await expectTexts(columns(page), [
      en['compare.condition'],
      'Sponsor',
      'Junior',
      en['compare.teamView'],
      en['compare.apart'],
    ]);
    await tabTo(`${en['compare.remove']} result 2`);
    await page.keyboard.press('Enter');
    // Preact re-renders on the next tick: wait for the list to shrink, then check where focus went.
    await expectCount(
      page.getByRole('list', { name: en['compare.resultsHeading'], exact: true }).getByRole('listitem'),
      1,
    );
    await expectInPage(page, () => document.activeElement?.id, 'results-heading');
    await expectClean(page, 'after keyboard use');
  });

  test('a comparison is saved only on request, and a corrupt saved one gives a notice', async () => {
    const context = await suite.newContext();
    const page = await open('en', `#team=${code(sponsor)}~Sponsor.${code(junior)}~Junior`, context);
    await expectInPage(page, () => localStorage.getItem('mentorfit:comparison'), null);
    await page.getByRole('button', { name: en['compare.save'] }).click();
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('mentorfit:comparison')), { timeout: WAIT })
      .not.toBeNull();
    const reopened = await open('en', '', context);
    await expectVisible(reopened.getByText(en['compare.savedOpened']));
    await expect.poll(() => columns(reopened).allInnerTexts(), { timeout: WAIT }).toContain('Junior');
    await expectClean(reopened, 'saved comparison opened');

    await reopened.evaluate(() => localStorage.setItem('mentorfit:comparison', '{"schemaVersion":1,"link":'));
    const corrupt = await open('en', '', context);
    await expectTextContaining(corrupt.getByRole('alert'), en['compare.savedUnreadable']);
    await expectInPage(corrupt, () => localStorage.getItem('mentorfit:comparison'), null);
    await expectClean(corrupt, 'corrupt saved comparison');
  });

  test('prints on A4 without forms or buttons', async () => {
    const page = await open('nl', `#team=${code(sponsor)}~Sponsor.${code(hr)}~HR.${code(junior)}~Junior`);
    await page.emulateMedia({ media: 'print' });
    await expectHidden(page.getByRole('button', { name: nl['compare.print'] }));
    const file = join(mkdtempSync(join(tmpdir(), 'compare-pdf-')), 'compare.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    const pages = pdfPages(file).map((text) => text.replace(/\s+/g, ' '));
    const printed = pages.join(' ');
    // Page 1 is the team's summary: the date, the advice, the widest disagreements and the link.
    const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(new Date());
    for (const text of [
      nl['compare.printHeading'].replace('{date}', date),
      nl['compare.teamViewHeading'].replace(
        '{format}',
        title(assessTeam(questionnaire, [sponsor, hr, junior]).decision.format, 'nl'),
      ),
      nl['compare.topHeading'],
      `${nl['compare.linkLabel']}: ${suite.url}nl/questionnaire/compare/#team=`,
    ]) {
      expect(pages[0], `page 1 holds "${text}"`).toContain(text);
    }
    expect(pages[0]).not.toContain(nl['compare.scoresHeading']);
    expect(printed).toContain(nl['compare.agendaHeading']);
    expect(printed).toContain(promptOf('protected-time', 'nl'));
    expect(printed).not.toContain(nl['compare.copy']);
    expect(printed).not.toContain(nl['compare.add']);
  });

  test('a team of twelve prints every column of its score table within the width of A4', async () => {
    // Twelve different results: the sponsor's answers with one readiness question answered worse each.
    const readiness = questionnaire.questions.filter((q): q is ReadinessQuestion => q.kind === 'readiness');
    const team = readiness.slice(0, 12).map((question, i) => {
      const worse = question.options.find((option) => option.id !== sponsor[question.id])!;
      return `${code({ ...sponsor, [question.id]: worse.id })}~${encodeURIComponent(`Person ${i + 1} with a long role title`)}`;
    });
    expect(new Set(team).size).toBe(12);
    const page = await open('en', `#team=${team.join('.')}`);
    // A4 is 210 mm wide; the site prints with 15 mm margins: 180 mm is 680 CSS pixels.
    await page.setViewportSize({ width: 680, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const table = page.getByRole('region', { name: en['compare.tableCaption'], exact: true });
    await expect
      .poll(() => table.evaluate((element) => element.scrollWidth <= element.clientWidth), { timeout: WAIT })
      .toBe(true);
    // The people's columns are headed by their numbers from the chart's key.
    await expectTexts(columns(page), [
      en['compare.condition'],
      ...team.map((_, i) => String(i + 1)),
      en['compare.teamView'],
      en['compare.apart'],
    ]);
  });
});

describe('the compare page budget', () => {
  test.each(['questionnaire/compare/', 'nl/questionnaire/compare/'])(
    '%s sends at most 14 KB of gzipped HTML, and the questionnaire in a file beside it',
    (path) => {
      // With the questionnaire and its strings in the island's props the HTML was 22 KB; it is about 10 KB now.
      const { gzippedHtmlBytes, data } = pageAndDataFile<{
        questionnaire: { questions: unknown[] };
        strings: Record<string, string>;
      }>(dist, path);
      expect(gzippedHtmlBytes).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BYTES);
      expect(data.questionnaire.questions).toHaveLength(questionnaire.questions.length);
      expect(Object.keys(data.strings)).toContain('compare.title');
    },
  );

  // The whole compare page, shared chunks and the inline island loader included: the scoring model,
  // the team view and the chart come to 21.4 KB today (0.3 KB of it fetching the page's data file,
  // which took 12 KB of gzipped HTML off the page; 0.7 KB the results-first summary and the
  // splitting of several pasted links).
  test.each(['questionnaire/compare/', 'nl/questionnaire/compare/'])(
    '%s loads at most 24 KB of gzipped JavaScript',
    (path) => {
      const scripts = pageScripts(dist, readFileSync(resolve(dist, path, 'index.html'), 'utf8'));
      const total = scripts.reduce((sum, { source }) => sum + gzipSync(source).length, 0);
      console.log(
        `${path}: ${total} bytes gzipped JavaScript`,
        scripts.map(({ name, source }) => [name, gzipSync(source).length]),
      );
      expect(scripts.some(({ name }) => name.includes('CompareApp'))).toBe(true);
      // 24 KB: the team view runs the whole readiness model, which now also works out what would change it.
      expect(total).toBeLessThanOrEqual(24 * 1024);
    },
  );
});
