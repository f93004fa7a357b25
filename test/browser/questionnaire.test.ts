// The readiness questionnaire as users meet it, in a production build: four organisations (one
// per recommendation, one by keyboard alone), reload and resume, changing an answer, share links,
// broken saved state, a full localStorage, switching language, no JavaScript, printing, an answer
// given before the island wakes up, questions that cannot be fetched, and the 15 KB script budget. Every state is checked with
// axe-core and for Content-Security-Policy violations. Point SITE_DIST at another build folder to
// test that one.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { noBrowser } from './support/chromium.ts';
import {
  browserSuite,
  dist,
  expectChecked,
  expectCount,
  expectFocusedText,
  expectHidden,
  expectInPage,
  expectText,
  expectTextContaining,
  expectTitle,
  expectValue,
  expectVisible,
  type TabOptions,
  WAIT,
} from './support/harness.ts';
import { countPrints, expectClean } from './support/page-checks.ts';
import { pdfPages } from './support/pdf.ts';
import { pageScripts } from './support/page-scripts.ts';
import { FIRST_ROUND_TRIP_BYTES, pageAndDataFile } from './support/page-data.ts';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { encodeShareCode } from '../../src/lib/questionnaire/share-code.ts';
import {
  PILOT_FORMATS,
  type Answers,
  type PilotFormat,
  type ReadinessQuestion,
} from '../../src/lib/questionnaire/types.ts';
import { assessReadiness } from '../../src/lib/questionnaire/assess.ts';
import { decidedByAim } from '../../src/lib/questionnaire/recommend.ts';
import { findingTitle } from '../../src/lib/questionnaire-ui/rule-words.ts';
import { fillPlaceholders as fillString } from '../../src/lib/fill-text.ts';
import { SCENARIOS } from '../fixtures/scenarios.ts';
import type { Lang } from '../../src/lib/language.ts';
import { progressToSave, STORAGE_KEY } from '../../src/lib/questionnaire-ui/saved-progress.ts';
import { questionnaire } from '../unit/questionnaire/support.ts';

const count = questionnaire.questions.length;
/** The questions of one dimension. */
const questionsOf = (dimension: string): ReadinessQuestion[] =>
  questionnaire.questions.filter((q): q is ReadinessQuestion => q.kind === 'readiness' && q.dimension === dimension);

/** A question's worst answer. */
const worstAnswer = (question: ReadinessQuestion): string =>
  [...question.options].sort((x, y) => x.points - y.points)[0]!.id;

/** The organisation of test/fixtures/scenarios.ts whose name starts with these words. */
const scenario = (start: string) => {
  const found = SCENARIOS.find((s) => s.name.startsWith(start));
  if (!found) throw new Error(`No scenario "${start}"`);
  return found;
};

/** Four organisations from the scenario table, one per kind of advice a user can reach, each in both languages. */
const organisations = [
  scenario('a retailer'),
  scenario('an insurer where almost every junior'),
  scenario('a company that wants to look modern'),
  scenario('a bank with a visible sponsor'),
].map(({ name, answers, format }) => ({ name, answers, format }));
/** The organisation that completes the check by keyboard alone. */
const ready = organisations[3]!;

/** The reasons a result names, in the words the result page uses: of "you", or of "they" when shared. */
function reasonTitles(answers: Answers, lang: Lang, shared = false): string[] {
  const dictionary: Record<string, string> = lang === 'en' ? en : nl;
  const words = {
    questionnaire,
    lang,
    t: (key: keyof typeof en, values?: Record<string, string | number>) =>
      fillString((shared ? dictionary[`${key}.shared`] : undefined) ?? dictionary[key]!, values),
  };
  return assessReadiness(questionnaire, answers).decision.reasons.map((finding) => findingTitle(words, finding));
}

const label = (questionId: string, optionId: string, lang: Lang = 'en'): string => {
  const option = questionnaire.questions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId);
  if (!option) throw new Error(`No option ${questionId}/${optionId}`);
  return option.label[lang];
};
const prompt = (index: number, lang: Lang = 'en'): string => questionnaire.questions[index]?.prompt[lang] ?? '';
const title = (format: PilotFormat, lang: Lang = 'en'): string => questionnaire.recommendations[format].title[lang];

describe.skipIf(noBrowser)('the readiness questionnaire', () => {
  const suite = browserSuite();
  const open = (path = 'questionnaire/', where?: BrowserContext | TabOptions): Promise<Page> => suite.open(path, where);

  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  /** The answers this browser keeps, as saved. */
  const savedAnswers = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

  /** Every "Read more" link names its topic: one name per address, and one address per name. */
  async function expectDistinctReadMoreLinks(page: Page, prefix: 'Read more: ' | 'Lees meer: '): Promise<void> {
    const links = page.getByRole('link', { name: prefix });
    /** What is wrong with the links on show: nothing, once every one names its own topic. */
    const faults = async (): Promise<string[]> => {
      const found = await links.evaluateAll((elements) =>
        elements.map((element) => [element.textContent?.trim() ?? '', element.getAttribute('href') ?? ''] as const),
      );
      if (found.length === 0) return [`no "${prefix}" links`];
      return found.flatMap(([name, href]) => [
        ...(name.length > prefix.length ? [] : [`no topic after "${prefix}"`]),
        ...(found.some(([other, otherHref]) => other === name && otherHref !== href)
          ? [`two addresses for "${name}"`]
          : []),
        ...(found.some(([otherName, other]) => other === href && otherName !== name) ? [`two names for ${href}`] : []),
      ]);
    };
    await expect.poll(faults, { timeout: WAIT }).toEqual([]);
  }

  /** Opens every folded detail of the result, as a reader who wants it all would. */
  async function openFolds(page: Page): Promise<void> {
    // Playwright has no `expanded` state for a <details> group, so its own `open` attribute tells.
    const folded = page.getByRole('article').locator('details:not([open])');
    while ((await folded.count()) > 0) await folded.first().locator('summary').first().click();
  }

  /** The actions right under the advice: Print, a jump to Share, and (own result only) Change your answers. */
  const quickActions = (page: Page) => page.getByRole('group', { name: 'Result actions' });

  /** Answers questions from `from` up to (not including) `to` with the mouse, checking each step's heading. */
  async function answerByMouse(page: Page, answers: Answers, from = 0, to = count, lang: Lang = 'en'): Promise<void> {
    for (let index = from; index < to; index++) {
      const question = questionnaire.questions[index]!;
      const step = lang === 'en' ? `Step ${index + 1} of ${count}` : `Stap ${index + 1} van ${count}`;
      await expectText(heading(page), `${step}: ${prompt(index, lang)}`);
      await page.getByRole('radio', { name: label(question.id, answers[question.id]!, lang), exact: true }).check();
      await page.getByRole('button', { name: lang === 'en' ? 'Continue' : 'Verder' }).click();
    }
  }

  /**
   * Opens the check with these answers kept from an earlier visit and the result last on show, as if the
   * user had answered every question: the result the walk-throughs below reach by mouse, without the walk.
   */
  async function openKeptResult(answers: Answers, lang: Lang = 'en'): Promise<Page> {
    const kept = progressToSave(questionnaire, answers, { name: 'result' }) ?? '';
    return open(lang === 'en' ? 'questionnaire/' : 'nl/questionnaire/', { localStorage: { [STORAGE_KEY]: kept } });
  }

  // Each organisation's result in both languages. Two of them answer every question by mouse (one per
  // language); the others open their kept answers, since the walk itself is the same for every one.
  const walked = (name: string, lang: Lang) =>
    (lang === 'en' && name === organisations[0]!.name) || (lang === 'nl' && name === organisations[2]!.name);
  const inBothLanguages = organisations.flatMap((organisation) => [
    { ...organisation, lang: 'en' as const, how: walked(organisation.name, 'en') ? 'by mouse' : 'from kept answers' },
    { ...organisation, lang: 'nl' as const, how: walked(organisation.name, 'nl') ? 'by mouse' : 'from kept answers' },
  ]);
  test.each(inBothLanguages)(
    '$name completes the check in $lang ($how) and is advised $format, with every reason',
    async ({ answers, format, lang, how }) => {
      const words = lang === 'en' ? en : nl;
      let page: Page;
      if (how === 'by mouse') {
        page = await open(lang === 'en' ? 'questionnaire/' : 'nl/questionnaire/');
        await expectVisible(page.getByRole('link', { name: words['questionnaire.start'] }));
        await expectClean(page, 'start');
        await page.getByRole('link', { name: words['questionnaire.start'] }).click();
        await expectText(
          heading(page),
          `${fillString(words['questionnaire.step'], { step: 1, count })}: ${prompt(0, lang)}`,
        );
        await expectClean(page, 'question');
        await answerByMouse(page, answers, 0, count, lang);

        await expectText(heading(page), words['questionnaire.reviewTitle']);
        // "Check your answers" is grouped under the conditions; the role is about the person, not the organisation.
        for (const dimension of questionnaire.dimensions) {
          await expectVisible(page.getByRole('heading', { level: 2, name: dimension.label[lang], exact: true }));
        }
        await expectVisible(
          page
            .getByRole('heading', { level: 2, name: words['questionnaire.aboutRespondent'], exact: true })
            .locator('xpath=..')
            .getByText(prompt(count - 1, lang), { exact: true }),
        );
        await expectClean(page, 'review');
        await page.getByRole('button', { name: words['questionnaire.seeResult'] }).click();
      } else {
        page = await openKeptResult(answers, lang);
      }

      await expectText(heading(page), `${words['questionnaire.resultCaption']}: ${title(format, lang)}`);
      await expectVisible(page.getByText(assessReadiness(questionnaire, answers).recommendation.summary[lang]));
      await expectClean(page, 'result, folded');
      await openFolds(page);
      await expectCount(page.getByRole('table').locator('tbody tr'), questionnaire.dimensions.length);
      // Every reason that holds the format back is named, in the organisation's own words.
      const reasons = reasonTitles(answers, lang);
      for (const reason of reasons) await expectVisible(page.getByText(reason, { exact: true }));
      await expectCount(
        page.getByRole('region', { name: words['questionnaire.whyHeading'], exact: true }).getByRole('listitem'),
        reasons.length,
      );
      // The deciding lines are drawn on the bars, one per rule on a score.
      const lines = questionnaire.rules.filter((rule) => 'dimension' in rule.when).length;
      // The lines are drawn in a picture hidden from screen readers (the words beside it say the same),
      // so only their class finds them.
      // eslint-disable-next-line no-restricted-syntax
      await expectCount(page.locator('svg .score-bar__line'), lines);
      // How we decide marks every rule that applies (the reasons, or the one rule that decided).
      await expectCount(page.getByText(words['questionnaire.rule.applies']), Math.max(1, reasons.length));
      // When the aim chose the format, the scores say they did not decide it, and whose lines they show.
      const byAim = decidedByAim(questionnaire.rules, assessReadiness(questionnaire, answers).decision);
      expect(byAim).toBe(format === 'buddy' || format === 'traditional');
      await expectCount(page.getByText(words['questionnaire.scoresAim']), byAim ? 1 : 0);
      await expectDistinctReadMoreLinks(page, lang === 'en' ? 'Read more: ' : 'Lees meer: ');
      // The foundations kit is offered to reverse mentoring only: its sheets are written for it.
      const reverseFoundations =
        format === 'foundations' && assessReadiness(questionnaire, answers).decision.programme === 'reverse';
      await expectCount(
        page.getByRole('link', { name: words['questionnaire.toolFoundationsKit'] }),
        reverseFoundations ? 1 : 0,
      );
      await expectClean(page, 'result');
    },
  );

  test(`${ready.name} completes the check by keyboard alone and is advised ${ready.format}`, async () => {
    const page = await open();
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    /** Tabs until the focused element's text is `text`. */
    const tabTo = async (text: string): Promise<void> => {
      for (let i = 0; i < 60 && (await focused()) !== text; i++) await page.keyboard.press('Tab');
      await expectFocusedText(page, text);
    };

    await tabTo('Start the check');
    await page.keyboard.press('Enter');
    // Focus moves to the new question, so a screen reader announces "Step 1 of 17: ...".
    await expectFocusedText(page, `Step 1 of ${count}: ${prompt(0)}`);

    // Continue (Enter in the form) without an answer: the error summary takes focus, the title
    // starts with "Error:", and the summary's link leads to the first radio button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The error names the question, as GOV.UK's do.
    await expectFocusedText(page, `There is a problem${`Choose an answer to: ${prompt(0)}`}`);
    await expectTitle(page, `Error: Step 1 of ${count}: ${prompt(0)} – Readiness check | MentorFit`);
    await expectClean(page, 'error');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectInPage(page, () => (document.activeElement as HTMLInputElement).type, 'radio');

    for (const [index, question] of questionnaire.questions.entries()) {
      if (index > 0) {
        await expectFocusedText(page, `Step ${index + 1} of ${count}: ${prompt(index)}`);
        await page.keyboard.press('Tab');
      }
      const position = question.options.findIndex((option) => option.id === ready.answers[question.id]);
      // Arrow keys move through a radio group and select as they go; Space selects the first.
      if (position === 0) await page.keyboard.press('Space');
      for (let i = 0; i < position; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    }

    await expectFocusedText(page, 'Check your answers');
    await tabTo('See your result');
    await page.keyboard.press('Enter');
    await expectFocusedText(page, `Your result: ${title(ready.format)}`);
    await expectClean(page, 'result by keyboard');
    // The actions come after the summary's next steps; the jump link takes focus to the share section.
    await tabTo('Share this result');
    await page.keyboard.press('Enter');
    await expectFocusedText(page, 'Share this result');
    await expectInPage(page, () => document.activeElement?.tagName, 'H2');
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Share this result' }));
  });

  test('an answer given before the island wakes up is kept when it does, and the check goes on from it', async () => {
    const page = await suite.tab();
    // Hold the island's code back until the first question is answered, as on a slow phone.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/QuestionnaireApp\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(suite.url + 'questionnaire/', { waitUntil: 'domcontentloaded' });
    await page.getByRole('link', { name: 'Start the check' }).click();
    await expectVisible(heading(page));
    await expectText(heading(page), `Step 1 of ${count}: ${prompt(0)}`);
    const first = questionnaire.questions[0]!;
    const answer = page.getByRole('radio', { name: label(first.id, ready.answers[first.id]!), exact: true });
    await answer.check();
    await expectInPage(
      page,
      () => document.querySelector('astro-island')?.hasAttribute('ssr'),
      true,
      'island still asleep',
    );

    release();
    // Awake: the island's own Back button shows, and the answer is still chosen.
    await expectVisible(page.getByRole('button', { name: 'Back' }));
    await expectChecked(answer);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectText(heading(page), `Step 2 of ${count}: ${prompt(1)}`);
    await page.getByRole('button', { name: 'Back' }).click();
    await expectText(heading(page), `Step 1 of ${count}: ${prompt(0)}`);
    await expectChecked(answer);
    const savedAnswerIds = async () =>
      (JSON.parse((await savedAnswers(page)) ?? '{}') as { answers?: Answers }).answers;
    await expect.poll(savedAnswerIds, { timeout: WAIT }).toEqual({ [first.id]: ready.answers[first.id] });
    await expectClean(page, 'answered before the island woke up');
  });

  test('when the questions cannot be fetched, the page says so and a reload brings them', async () => {
    const page = await suite.tab();
    // As for a page kept open (or cached) across a new deploy: its data file is gone. (A dropped
    // connection takes the same way; the test below drops one.)
    const dataFile = /\/questionnaire\/data-\w+\.json$/;
    await page.route(dataFile, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(suite.url + 'questionnaire/');
    const alert = page.getByRole('alert');
    await expectVisible(alert);
    await expectTextContaining(alert, en['questionnaire.loadFailed']);
    await expectClean(page, 'data file not fetched');

    await page.unroute(dataFile);
    await page.getByRole('button', { name: en['questionnaire.reload'] }).click();
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers, 0, 2);
    await expectCount(page.getByRole('alert'), 0);
  });

  test('when the later screens cannot be fetched, the page says so instead of waiting for ever', async () => {
    const page = await suite.tab();
    await page.route(/\/_astro\/later-screens\.[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto(suite.url + 'questionnaire/', { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Start the check' }).click();
    const alert = page.getByRole('alert');
    await expectVisible(alert);
    await expectTextContaining(alert, en['questionnaire.loadFailed']);
    await expectClean(page, 'later screens not fetched');
  });

  test('Back keeps every answer', async () => {
    const page = await open();
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers, 0, 2);
    await page.getByRole('button', { name: 'Back' }).click();
    await expectText(heading(page), `Step 2 of ${count}: ${prompt(1)}`);
    const second = questionnaire.questions[1]!;
    await expectChecked(page.getByRole('radio', { name: label(second.id, ready.answers[second.id]!) }));
  });

  test("the browser's Back and Forward buttons move between questions", async () => {
    const page = await open();
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers, 0, 2);
    await page.goBack();
    await expectText(heading(page), `Step 2 of ${count}: ${prompt(1)}`);
    await page.goBack();
    await expectText(heading(page), `Step 1 of ${count}: ${prompt(0)}`);
    await page.goForward();
    await expectText(heading(page), `Step 2 of ${count}: ${prompt(1)}`);
  });

  test('a reload midway resumes at the same question with the answers kept', async () => {
    const page = await open();
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers, 0, 5);
    await page.reload({ waitUntil: 'networkidle' });
    await expectText(heading(page), `Step 6 of ${count}: ${prompt(5)}`);
    await page.getByRole('button', { name: 'Back' }).click();
    const fifth = questionnaire.questions[4]!;
    await expectChecked(page.getByRole('radio', { name: label(fifth.id, ready.answers[fifth.id]!) }));
  });

  test('a later visit offers to carry on, and Start again deletes the answers', async () => {
    const context = await suite.newContext();
    let page = await open('questionnaire/', context);
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers, 0, 3);
    await page.getByRole('link', { name: 'Readiness check' }).click();
    await page.waitForLoadState('networkidle');
    // Back from another page in the same tab: the check resumes at the saved question without a word.
    await expectText(heading(page), `Step 4 of ${count}: ${prompt(3)}`);
    await expectCount(page.getByText('Welcome back'), 0);
    await page.close();
    // A later visit in a new tab (perhaps someone else at a shared computer) is told what was loaded.
    page = await open('questionnaire/', context);
    await expectText(heading(page), `Step 4 of ${count}: ${prompt(3)}`);
    await expectVisible(
      page.getByText(`This browser kept answers from an earlier visit: 3 of ${count} questions.`, { exact: false }),
    );
    await expectClean(page, 'resumed notice');
    await page.getByRole('button', { name: 'Carry on with these answers' }).click();
    await expectCount(page.getByText('Welcome back'), 0);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await expectVisible(page.getByText(`You have answered 3 of ${count} questions.`));
    // Start again asks first, with focus on the safe choice; No and Escape keep everything.
    await page.getByRole('button', { name: 'Start again', exact: true }).click();
    await expectFocusedText(page, 'No, keep my answers');
    await page.keyboard.press('Enter');
    await expect.poll(() => savedAnswers(page), { timeout: WAIT }).not.toBeNull();
    await page.getByRole('button', { name: 'Start again', exact: true }).click();
    await page.keyboard.press('Escape');
    await expectVisible(page.getByRole('button', { name: 'Start again', exact: true }));
    await expect.poll(() => savedAnswers(page), { timeout: WAIT }).not.toBeNull();
    await page.getByRole('button', { name: 'Start again', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, delete and start again' }).click();
    await expectVisible(page.getByRole('link', { name: 'Start the check' }));
    await expect.poll(() => savedAnswers(page), { timeout: WAIT }).toBeNull();
  });

  test('changing an answer on the review page changes the result', async () => {
    const page = await openKeptResult(ready.answers);
    await expectText(heading(page), `Your result: ${title(ready.format)}`);
    await quickActions(page).getByRole('button', { name: 'Change your answers' }).click();
    await expectText(heading(page), 'Check your answers');
    // Each Change button names its question for screen readers.
    const question = questionsOf('confidentiality')[0]!.id;
    const index = questionnaire.questions.findIndex((q) => q.id === question);
    await page.getByRole('button', { name: `Change your answer to: ${prompt(index)}` }).click();
    await expectText(heading(page), `Step ${index + 1} of ${count}: ${prompt(index)}`);
    const worst = worstAnswer(questionsOf('confidentiality')[0]!);
    await page.getByRole('radio', { name: label(question, worst), exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectText(heading(page), 'Check your answers');
    await expectCount(page.getByRole('definition').filter({ hasText: label(question, worst) }), 1);
    await page.getByRole('button', { name: 'See your result' }).click();
    // Talks reported to managers or HR: agree confidentiality before any pilot.
    await expectText(heading(page), `Your result: ${title('foundations')}`);
  });

  test('a share link opened in a fresh browser shows the same result, and can be taken over', async () => {
    const organisation = organisations[1]!;
    const page = await openKeptResult(organisation.answers);
    await expectText(heading(page), `Your result: ${title(organisation.format)}`);
    const link = `${suite.url}questionnaire/#a=${encodeShareCode(questionnaire, organisation.answers)}`;
    await expectValue(page.getByRole('textbox', { name: 'Link to this result' }), link);
    // Copy puts this link on the clipboard and says so; Print opens the print dialog (both stood in for).
    await page.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      const writeText = (text: string): Promise<void> => Promise.resolve(void w.copied.push(text));
      Object.defineProperty(navigator, 'clipboard', { value: { writeText } });
    });
    const prints = await countPrints(page);
    await page.getByRole('button', { name: 'Copy the link' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: 'The link is copied.' }));
    await quickActions(page).getByRole('button', { name: 'Print or save as PDF' }).click();
    await expectInPage(page, () => (window as unknown as { copied: string[] }).copied, [link]);
    await expect.poll(prints, { timeout: WAIT }).toBe(1);
    const strip = (on: Page) => on.getByRole('list', { name: en['questionnaire.scoresCaption'] });
    await expectVisible(strip(page));
    const scores = await strip(page).innerText();
    // A next step that points to what to improve opens that fold and lands on it.
    await page.getByRole('link', { name: 'Meanwhile, work on the weak answers listed below.' }).click();
    await expectFocusedText(
      page,
      `${en['questionnaire.improveHeading']}${fillString(en['questionnaire.improveHint'], { count: assessReadiness(questionnaire, organisation.answers).improvements.length })}`,
    );
    await expectVisible(page.getByRole('heading', { level: 3 }).filter({ hasText: '?' }).first());

    const colleague = await suite.tab();
    await colleague.goto(link, { waitUntil: 'networkidle' });
    await expectText(heading(colleague), `Shared result: ${title(organisation.format)}`);
    await expectTitle(colleague, `Shared result: ${title(organisation.format)} – Readiness check | MentorFit`);
    await expect.poll(() => strip(colleague).innerText({ timeout: WAIT }), { timeout: WAIT }).toBe(scores);
    // The top actions offer Print and Share, not Change (the answers are not the colleague's yet);
    // the jump to Share keeps the address, which holds the shared answers.
    await expectVisible(quickActions(colleague).getByRole('button', { name: 'Print or save as PDF' }));
    await expectCount(quickActions(colleague).getByRole('button', { name: 'Change your answers' }), 0);
    await quickActions(colleague).getByRole('link', { name: 'Share this result' }).click();
    await expectFocusedText(colleague, 'Share this result');
    await expect.poll(() => colleague.url(), { timeout: WAIT }).toBe(link);
    await expectText(heading(colleague), `Shared result: ${title(organisation.format)}`);
    await expectVisible(colleague.getByText('A colleague shared these answers with you'));
    await expectClean(colleague, 'shared result');
    // Nothing is saved until the colleague chooses to use the answers.
    await expect.poll(() => savedAnswers(colleague), { timeout: WAIT }).toBeNull();
    await colleague.getByRole('button', { name: 'Use these answers and change them' }).click();
    await expectText(heading(colleague), 'Check your answers');
    await expect.poll(() => new URL(colleague.url()).hash, { timeout: WAIT }).toBe('');
    await expect.poll(() => savedAnswers(colleague), { timeout: WAIT }).not.toBeNull();
  });

  // Every kind of broken link (tampered, cut short, too long, outdated) gets its notice in the store's
  // unit tests; here the page shows one, runs none of it, and starts afresh.
  test('a share link with a script instead of a code shows a clear notice and a way to start fresh', async () => {
    const badCode = encodeURIComponent('<img src=x onerror="window.xss=1">');
    const page = await open(`questionnaire/#a=${badCode}`);
    await expectVisible(page.getByText('This share link does not work.', { exact: false }));
    await expectClean(page, 'broken share link');
    await expectInPage(page, () => (window as unknown as { xss?: number }).xss, undefined, 'no script ran');
    await page.getByRole('button', { name: 'Start a fresh check' }).click();
    await expect.poll(() => new URL(page.url()).hash, { timeout: WAIT }).toBe('');
    await page.getByRole('link', { name: 'Start the check' }).click();
    await expectText(heading(page), `Step 1 of ${count}: ${prompt(0)}`);
  });

  const valid = {
    schemaVersion: 1,
    questionnaireVersion: questionnaire.version,
    answers: { aim: 'digital-ai' },
    step: 1,
  };
  // Each way a saved state can be wrong (hand-edited answers, a script, __proto__, a step out of range)
  // is refused in the store's unit tests; here the page shows each of its two notices and goes on.
  test.each([
    // the plain persistentAtom would throw on this at import and leave the island dead
    ['corrupt JSON', '{"schemaVersion":1,"answers":{', 'could not be read'],
    // saved by an older questionnaire
    ['an older questionnaire', JSON.stringify({ ...valid, questionnaireVersion: 0 }), 'The questions have changed'],
  ])('saved state with %s is discarded with a notice and the check still works', async (_case, stored, notice) => {
    const page = await open('questionnaire/', { localStorage: { [STORAGE_KEY]: stored } });
    await expectVisible(page.getByText(notice, { exact: false }));
    await expect.poll(() => savedAnswers(page), { timeout: WAIT }).toBeNull();
    await expectClean(page, 'discarded saved state');
    await page.getByRole('link', { name: 'Start the check' }).click();
    await expectText(heading(page), `Step 1 of ${count}: ${prompt(0)}`);
  });

  test('with localStorage full, the check can still be completed and says the answers are not saved', async () => {
    const context = await suite.newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await open('questionnaire/', context);
    await expectVisible(page.getByText('This browser does not let the page save your answers.', { exact: false }));
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers);
    await page.getByRole('button', { name: 'See your result' }).click();
    await expectText(heading(page), `Your result: ${title(ready.format)}`);
    await expectClean(page, 'result without storage');
  });

  test('switching language midway keeps the answers and the place', async () => {
    const page = await open();
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers, 0, 3);
    await page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' }).click();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.url(), { timeout: WAIT }).toBe(`${suite.url}nl/questionnaire/`);
    await expectText(heading(page), `Stap 4 van ${count}: ${prompt(3, 'nl')}`);
    await expectClean(page, 'Dutch question');
    await answerByMouse(page, ready.answers, 3, 4, 'nl');
    await expectText(heading(page), `Stap 5 van ${count}: ${prompt(4, 'nl')}`);
    // The answers given in English are there in Dutch.
    for (let back = 0; back < 3; back++) await page.getByRole('button', { name: 'Terug' }).click();
    await expectText(heading(page), `Stap 2 van ${count}: ${prompt(1, 'nl')}`);
    const second = questionnaire.questions[1]!;
    await expectChecked(
      page.getByRole('radio', { name: label(second.id, ready.answers[second.id]!, 'nl'), exact: true }),
    );
  });

  test('a shared result stays shared when the language is switched', async () => {
    const organisation = organisations[0]!;
    const code = encodeShareCode(questionnaire, organisation.answers);
    const page = await open(`questionnaire/#a=${code}`);
    await page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' }).click();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.url(), { timeout: WAIT }).toBe(`${suite.url}nl/questionnaire/#a=${code}`);
    await expectText(heading(page), `Gedeelde uitkomst: ${title(organisation.format, 'nl')}`);
  });

  test('without JavaScript the page says plainly that the check needs it', async () => {
    const page = await open('questionnaire/', { javaScriptEnabled: false });
    // Playwright's text locators skip <noscript>, so find the message by its element.
    const message = page.locator('noscript strong');
    await expectVisible(message);
    await expectText(message, /^The readiness check needs JavaScript\./);
    await expectCount(page.getByRole('button'), 0);
    // Start would lead to a first question that could go no further.
    await expectCount(page.getByRole('link', { name: 'Start the check' }), 0);
    await expectText(heading(page), 'Readiness check');
  });

  test('the printed result is the report alone: a one-page summary for the board, then the details', async () => {
    const organisation = organisations[1]!;
    const page = await open();
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, organisation.answers);
    await page.getByRole('button', { name: 'See your result' }).click();
    await expectText(heading(page), `Your result: ${title(organisation.format)}`);
    await page.emulateMedia({ media: 'print' });
    await expectVisible(heading(page));
    await expectVisible(page.getByRole('table'));
    await expectHidden(page.getByRole('navigation').first());
    // Hidden in print, so out of the accessibility tree: includeHidden finds each one, to show it is there but not shown.
    const printButton = page.getByRole('button', { name: 'Print or save as PDF', includeHidden: true });
    await expectCount(printButton, 1);
    await expectHidden(printButton);
    await expectHidden(page.getByRole('link', { name: 'Share this result', includeHidden: true }));
    // A guide link in the next steps prints, with its address; the one under the reasons does not.
    const whyReadMore = page
      .getByRole('region', { name: en['questionnaire.whyHeading'], exact: true, includeHidden: true })
      .getByRole('link', { name: 'Read more: ', includeHidden: true });
    await expectCount(whyReadMore, 1);
    await expectHidden(whyReadMore);
    await expectHidden(page.getByRole('textbox', { name: 'Link to this result', includeHidden: true }));

    const pages = await printedPages(page, 'groups-en');
    const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
    expect(pages[0]).toMatch(new RegExp(`^MentorFit readiness check · ${date} Your result`));
    // Page one is the summary: the format, every reason, what would change it, the next steps, the
    // pilot, the six scores, fields to fill in.
    const first = pages[0]!;
    const { scores } = assessReadiness(questionnaire, organisation.answers);
    for (const text of [
      title(organisation.format),
      ...reasonTitles(organisation.answers, 'en'),
      'What would change this advice',
      'Next steps',
      ...questionnaire.recommendations[organisation.format].nextSteps.map((step) => step.text.en),
      'Your pilot',
      // (pdftotext reads the strip's boxes in no fixed order: their labels, then each level named.)
      ...questionnaire.dimensions.map((d) => d.label.en),
      ...questionnaire.dimensions.map((d) => en[`questionnaire.band.${scores[d.id].band}`]),
      'Organisation',
      'Answered by (names and roles)',
    ]) {
      expect(first.replace(/\s+/g, ' '), `page 1 holds "${text}"`).toContain(text);
    }
    expect(pages[1]).toMatch(/^The scores in detail/);
    // On paper, a template names its address.
    expect(pages.join(' ')).toContain(`${suite.url}templates/kickoff/`);
    expectFooters(pages, `${en['site.name']} · ${en['questionnaire.title']}`, (n, of) => `Page ${n} of ${of}`);
  });

  test('a printed Dutch result has its own letterhead and footer, and next steps keep their link text', async () => {
    const organisation = organisations[2]!;
    const code = encodeShareCode(questionnaire, organisation.answers);
    const page = await open(`nl/questionnaire/#a=${code}`);
    await expectText(heading(page), `Gedeelde uitkomst: ${title(organisation.format, 'nl')}`);
    const pages = await printedPages(page, 'foundations-nl');
    const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(new Date());
    expect(pages[0]).toMatch(
      new RegExp(`^MentorFit-check: is je organisatie er klaar voor\\? · ${date} Gedeelde uitkomst`),
    );
    expectFooters(pages, `${nl['site.name']} · ${nl['questionnaire.title']}`, (n, of) => `Pagina ${n} van ${of}`);
    // Each next step that points to a guide still names it on paper, so no step ends in a gap.
    const printed = pages.join(' ');
    for (const step of assessReadiness(questionnaire, organisation.answers).nextSteps) {
      const topic = step.link ? nl[`questionnaire.topic.${step.link.section}` as keyof typeof nl] : '';
      const expected = step.link ? `${step.text.nl} Lees meer: ${topic}` : step.text.nl;
      expect(printed).toContain(expected);
    }
  });

  /**
   * The answers that give a format as many reasons as the decision list allows: from the first
   * answers (the aim on digital tools), each question in turn takes the answer that adds a reason
   * while the advice stays this format, until no answer adds one.
   */
  function mostReasonsFor(format: PilotFormat): Answers {
    const answers: Record<string, string> = Object.fromEntries(
      questionnaire.questions.map((q) => [q.id, q.options[0]!.id]),
    );
    answers['aim'] = 'digital-ai';
    // Enough seniors and juniors for a group, so groups are a format these answers can reach.
    answers['seniors'] = '3-5';
    answers['juniors'] = '3-5';
    const reasons = (trial: Answers): number => {
      const decision = assessReadiness(questionnaire, trial).decision;
      return decision.format === format ? decision.reasons.length : -1;
    };
    for (let added = true; added;) {
      added = false;
      for (const question of questionnaire.questions) {
        for (const option of question.options) {
          const trial = { ...answers, [question.id]: option.id };
          if (reasons(trial) > reasons(answers)) {
            Object.assign(answers, trial);
            added = true;
          }
        }
      }
    }
    return answers;
  }

  test.each([
    ['reverse-groups', 'en'],
    ['reverse-groups', 'nl'],
    ['foundations', 'en'],
    ['foundations', 'nl'],
  ] as const)('with the most reasons %s can have, the %s summary still fits its one page', async (format, lang) => {
    const answers = mostReasonsFor(format);
    const { decision } = assessReadiness(questionnaire, answers);
    const { holding } = decision;
    const also = decision.reasons.length - holding.length;
    // The cases this test is for: many reasons that hold the format, or many milder ones besides.
    expect(format === 'foundations' ? also : holding.length).toBeGreaterThanOrEqual(5);
    const words = lang === 'en' ? en : nl;
    const page = await open(`${lang === 'nl' ? 'nl/' : ''}questionnaire/#a=${encodeShareCode(questionnaire, answers)}`);
    await expectText(heading(page), `${words['questionnaire.sharedResultCaption']}: ${title(format, lang)}`);
    const pages = (await printedPages(page, `${format}-${lang}-most`)).map((text) => text.replace(/\s+/g, ' '));
    const first = pages[0]!;
    const titles = reasonTitles(answers, lang, true);
    // Every reason that holds the format is named; the milder ones are counted when there are many.
    for (const reason of titles.slice(0, holding.length)) expect(first, `page 1 names "${reason}"`).toContain(reason);
    if (also > 3)
      expect(first).toContain(
        fillString(words['questionnaire.reasonsAlsoCount.shared'], {
          count: also,
          applies: words['questionnaire.rule.applies.shared'],
          how: words['questionnaire.howHeading'],
        }),
      );
    for (const key of [
      'questionnaire.pilotHeading.shared',
      'questionnaire.nextStepsHeading',
      'questionnaire.fieldDate',
    ] as const) {
      expect(first, `page 1 holds "${words[key]}"`).toContain(words[key]);
    }
    // The six scores, each with its level, on page 1 too.
    for (const dimension of questionnaire.dimensions) expect(first).toContain(dimension.label[lang]);
    expect(pages[1]).toMatch(new RegExp(`^${words['questionnaire.scoresDetailHeading']}`));
  });

  /** A phone's first screen, and the most a whole result may take on it: about four screens. */
  const PHONE = { width: 375, height: 812 };
  const FOUR_PHONE_SCREENS = 3300;

  /**
   * Opens the user's own result for these answers, as this browser saved them; in a tab that had the
   * check open before (no welcome notice), or in a new one (a returning visitor, who gets one).
   */
  async function ownResult(
    answers: Answers,
    lang: Lang,
    { returning = false, viewport }: { returning?: boolean; viewport?: typeof PHONE } = {},
  ): Promise<Page> {
    const page = await open('', viewport && { viewport });
    const saved = { schemaVersion: 1, questionnaireVersion: questionnaire.version, answers, step: count };
    await page.evaluate(
      ([key, value, returning]) => {
        localStorage.setItem(key, value);
        if (!returning) sessionStorage.setItem('mentorfit:questionnaire-visit', '1');
      },
      [STORAGE_KEY, JSON.stringify(saved), returning ? 'yes' : ''] as const,
    );
    await page.goto(`${suite.url}${lang === 'nl' ? 'nl/' : ''}questionnaire/`, { waitUntil: 'networkidle' });
    const format = assessReadiness(questionnaire, answers).decision.format;
    await expectText(
      heading(page),
      `${(lang === 'en' ? en : nl)['questionnaire.resultCaption']}: ${title(format, lang)}`,
    );
    return page;
  }

  /** The height of the result in CSS pixels. */
  const resultHeight = (page: Page): Promise<number> =>
    page.getByRole('article').evaluate((article) => Math.round(article.getBoundingClientRect().height));

  test.each(PILOT_FORMATS.flatMap((format) => [[format, 'en'] as const, [format, 'nl'] as const]))(
    'the longest %s result in %s reads summary first, with its details folded, in at most four phone screens',
    async (format, lang) => {
      const words = lang === 'en' ? en : nl;
      const page = await ownResult(mostReasonsFor(format), lang, { viewport: PHONE });
      // One list of next steps, one Print, one Change, and the share link reachable from the summary.
      await expectCount(page.getByRole('heading', { name: words['questionnaire.nextStepsHeading'], exact: true }), 1);
      const actions = page.getByRole('group', { name: words['questionnaire.resultActions'] });
      await expectCount(page.getByRole('button', { name: words['questionnaire.print'] }), 1);
      await expectCount(actions.getByRole('button', { name: words['questionnaire.print'] }), 1);
      await expectCount(page.getByRole('button', { name: words['questionnaire.changeAnswers'] }), 1);
      await expectCount(actions.getByRole('link', { name: words['questionnaire.jumpToShare'] }), 1);
      // Every detail is folded until asked for.
      const folds = page.getByRole('article').locator('details');
      await expect.poll(() => folds.count(), { timeout: WAIT }).toBeGreaterThanOrEqual(7);
      await expectCount(page.getByRole('article').locator('details[open]'), 0);
      await expect
        .poll(() => resultHeight(page), { timeout: WAIT, message: `${format} in ${lang}, in px` })
        .toBeLessThanOrEqual(FOUR_PHONE_SCREENS);
      await expectClean(page, `longest ${format} result on a phone`);
    },
  );

  test.each(['en', 'nl'] as const)(
    'on a phone the first screen of a %s result holds the format, what holds it and the first step',
    async (lang) => {
      // A keen organisation, but the top has doubts and there is no protected time.
      const answers = { ...scenario('a family business').answers, 'protected-time': 'none' };
      const page = await ownResult(answers, lang, { viewport: PHONE });
      const words = lang === 'en' ? en : nl;
      await expectVisible(page.getByRole('heading', { name: words['questionnaire.briefHeading'], exact: true }));
      const firstStep = page
        .getByRole('region', { name: words['questionnaire.nextStepsHeading'], exact: true })
        .getByRole('listitem')
        .first();
      // The page as it opens, unscrolled: the reasons all above the fold, and the first step's first two lines.
      const lastReason = page
        .getByRole('region', { name: words['questionnaire.briefHeading'], exact: true })
        .getByRole('listitem')
        .last();
      await expect
        .poll(() => lastReason.evaluate((reason) => reason.getBoundingClientRect().bottom), { timeout: WAIT })
        .toBeLessThanOrEqual(PHONE.height);
      const twoLinesDown = (step: Element) =>
        step.getBoundingClientRect().top + 2 * parseFloat(getComputedStyle(step).lineHeight);
      await expect.poll(() => firstStep.evaluate(twoLinesDown), { timeout: WAIT }).toBeLessThanOrEqual(PHONE.height);
    },
  );

  test.each([
    ['en', { width: 375, height: 812 }],
    ['en', { width: 1280, height: 800 }],
    ['nl', { width: 375, height: 812 }],
    ['nl', { width: 1280, height: 800 }],
  ] as const)('in %s, Start is on the first screen at %o', async (lang, viewport) => {
    const page = await open(lang === 'nl' ? 'nl/questionnaire/' : 'questionnaire/', { viewport });
    const start = page.getByRole('link', { name: (lang === 'en' ? en : nl)['questionnaire.start'] });
    await expectVisible(start);
    await expect
      .poll(() => start.evaluate((link) => link.getBoundingClientRect().bottom), { timeout: WAIT })
      .toBeLessThanOrEqual(viewport.height);
  });

  test('a returning visitor prints the result without the welcome notice, its scores on page 1 and its links with their address', async () => {
    const answers = organisations[1]!.answers;
    // A new tab: the page says which answers it kept, on screen only.
    const page = await ownResult(answers, 'en', { returning: true });
    await expectVisible(page.getByText(en['questionnaire.resumedHeading'], { exact: true }));
    const pages = (await printedPages(page, 'returning-en')).map((text) => text.replace(/\s+/g, ' '));
    const printed = pages.join(' ');
    for (const notice of [
      'questionnaire.resumedHeading',
      'questionnaire.resumedCarryOn',
      'questionnaire.startAgain',
    ] as const) {
      expect(printed, `"${en[notice]}" is for the screen`).not.toContain(en[notice]);
    }
    for (const dimension of questionnaire.dimensions) expect(pages[0]).toContain(dimension.label.en);
    // A printed guide link is followed by the address it leads to.
    const step = assessReadiness(questionnaire, answers).nextSteps.find((next) => next.link)!;
    expect(pages[0]).toContain(`(${suite.url}guides/${step.link!.guide}/#${step.link!.section})`);
  });

  test.each(['en', 'nl'] as const)('a shared result speaks of "they" in %s, never "you"', async (lang) => {
    const words: Record<string, string> = lang === 'en' ? en : nl;
    const answers = mostReasonsFor('foundations');
    const page = await open(`${lang === 'nl' ? 'nl/' : ''}questionnaire/#a=${encodeShareCode(questionnaire, answers)}`);
    await expectText(heading(page), `${words['questionnaire.sharedResultCaption']}: ${title('foundations', lang)}`);
    await openFolds(page);
    await expectVisible(page.getByText(words['questionnaire.reasonsHolding.shared']!).first());
    // The result without the note to the reader about whose answers these are.
    const shown = () =>
      page.getByRole('article').evaluate((article) =>
        [...article.children]
          .filter((child) => !child.classList.contains('notice'))
          .map((child) => (child as HTMLElement).innerText)
          .join(' '),
      );
    // Every piece of an interface string that says "you" (or "je", "jouw") between its placeholders.
    const NAMES = ['questionnaire.title', 'questionnaire.printHeading', 'questionnaire.description'];
    const you = lang === 'en' ? /\b(you|your)\b/i : /\b(je|jij|jou|jouw)\b/i;
    const pieces = Object.entries(words)
      // (The Dutch name of the check, "is je organisatie er klaar voor?", is a name, not a "you".)
      .filter(([key]) => key.startsWith('questionnaire.') && !key.endsWith('.shared') && !NAMES.includes(key))
      .flatMap(([, text]) => text.split(/\{\w+\}/))
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 8 && you.test(piece));
    expect(pieces.length).toBeGreaterThan(10);
    const saidToYou = async () => {
      const text = await shown();
      return pieces.filter((piece) => text.includes(piece));
    };
    await expect.poll(saidToYou, { timeout: WAIT, message: 'what a shared result says to "you"' }).toEqual([]);
  });

  /** Prints the page to an A4 PDF as Chromium's print does, and returns each page's text. */
  async function printedPages(page: Page, name: string): Promise<string[]> {
    const file = resolve(tmpdir(), `mentorfit-questionnaire-${name}-${process.pid}.pdf`);
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    return pdfPages(file);
  }

  /** Asserts every printed page ends with the footer line and its page number. */
  function expectFooters(pages: string[], footer: string, pageNumber: (n: number, of: number) => string): void {
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain(footer);
      expect(text, `page ${index + 1}`).toContain(pageNumber(index + 1, pages.length));
    });
  }
});

describe('the questionnaire page budget', () => {
  test.each(['questionnaire/', 'nl/questionnaire/'])(
    '%s sends its first screens in at most 14 KB of gzipped HTML, and the rest of its data in a file beside it',
    (path) => {
      const { gzippedHtmlBytes, data } = pageAndDataFile<{ questionnaire: { questions: unknown[] } }>(dist, path);
      expect(gzippedHtmlBytes).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BYTES);
      expect(data.questionnaire.questions).toHaveLength(count);
    },
  );

  test.each(['questionnaire/', 'nl/questionnaire/'])(
    '%s loads at most 15 KB of gzipped script files for its first screens, the later screens on demand',
    (path) => {
      const scripts = pageScripts(dist, readFileSync(resolve(dist, path, 'index.html'), 'utf8'));
      const sizes = scripts.map(({ name, source }) => ({ name, gzipped: gzipSync(source).length }));
      const sum = (list: typeof sizes): number => list.reduce((total, { gzipped }) => total + gzipped, 0);
      const files = sum(sizes.filter(({ name }) => name !== 'inline script'));
      const inline = sum(sizes.filter(({ name }) => name === 'inline script'));
      console.log(
        `${path}: ${(files / 1024).toFixed(1)} KB gzipped script files + ${(inline / 1024).toFixed(1)} KB inline`,
        sizes,
      );
      expect(scripts.some(({ name }) => name.includes('QuestionnaireApp'))).toBe(true);
      expect(scripts.filter(({ name }) => name.includes('later-screens'))).toEqual([]);
      // 14.9 KB today (astro.config.mjs says how the shared chunks were merged).
      expect(files).toBeLessThanOrEqual(15 * 1024);
      // Astro's island loader, inlined in the HTML: bounded too, so nothing else grows unseen there.
      expect(inline).toBeLessThanOrEqual(2.5 * 1024);
    },
  );
});
