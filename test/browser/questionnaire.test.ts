// The readiness questionnaire as users meet it, in a production build: four organisations (one
// per recommendation, one by keyboard alone), reload and resume, changing an answer, share links,
// broken saved state, a full localStorage, switching language, no JavaScript, printing, an answer
// given before the island wakes up, and the 15 KB script budget. Every state is checked with
// axe-core and for Content-Security-Policy violations. Point SITE_DIST at another build folder to
// test that one.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium, noBrowser } from './support/chromium.ts';
import { serveStatic, type StaticSite } from './support/static-server.ts';
import { axeViolations } from './support/axe.ts';
import { pdfPages } from './support/pdf.ts';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { loadQuestionnaire } from '../../src/data/load-questionnaire.ts';
import { encodeShareCode } from '../../src/lib/questionnaire/share-code.ts';
import type { Answers, Locale, PilotFormat, ReadinessQuestion } from '../../src/lib/questionnaire/types.ts';

const dist = resolve(process.env.SITE_DIST ?? 'dist');
const questionnaire = loadQuestionnaire();
const count = questionnaire.questions.length;
const STORAGE_KEY = 'mentorfit:questionnaire';

/** Answers with the best (or worst) option for every readiness question, then the given ones. */
function answersWith(overrides: Answers, base: 'best' | 'worst' = 'best'): Answers {
  const answers: Record<string, string> = { aim: 'digital-ai', seniors: '3-5', setting: 'hybrid' };
  for (const question of questionnaire.questions.filter((q): q is ReadinessQuestion => q.kind === 'readiness')) {
    const sorted = [...question.options].sort((a, b) => b.points - a.points);
    const option = base === 'best' ? sorted[0] : sorted.at(-1);
    if (option) answers[question.id] = option.id;
  }
  return { ...answers, ...overrides };
}

/** The ids of the questions of one dimension. */
const questionsOf = (dimension: string): string[] =>
  questionnaire.questions.filter((q) => q.kind === 'readiness' && q.dimension === dimension).map((q) => q.id);

/** Answers every question of a dimension with its worst option. */
function weak(dimension: string): Answers {
  const worst = answersWith({}, 'worst');
  return Object.fromEntries(questionsOf(dimension).map((id) => [id, worst[id] ?? '']));
}

/** Four organisations, one for each recommendation a user can reach by the aim and the scores. */
const organisations: { name: string; answers: Answers; format: PilotFormat }[] = [
  { name: 'a firm that wants newcomers to settle in', answers: answersWith({ aim: 'onboarding' }), format: 'buddy' },
  {
    name: 'a firm that wants juniors to grow',
    answers: answersWith({ aim: 'career-growth', seniors: '1-2', setting: 'remote' }, 'worst'),
    format: 'traditional',
  },
  {
    name: 'a council whose leaders are not on board',
    answers: answersWith({ aim: 'culture-change', ...weak('support') }),
    format: 'foundations',
  },
  {
    name: 'a bank where juniors report to the seniors they would mentor',
    answers: answersWith({ aim: 'diversity-inclusion', seniors: '6-12', ...weak('confidentiality') }),
    format: 'reverse-groups',
  },
];
/** The organisation that completes the check by keyboard alone. */
const ready = { name: 'a scale-up that is ready', answers: answersWith({ aim: 'digital-ai' }), format: 'reverse-pairs' as const };

const label = (questionId: string, optionId: string, lang: Locale = 'en'): string => {
  const option = questionnaire.questions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId);
  if (!option) throw new Error(`No option ${questionId}/${optionId}`);
  return option.label[lang];
};
const prompt = (index: number, lang: Locale = 'en'): string => questionnaire.questions[index]?.prompt[lang] ?? '';
const title = (format: PilotFormat, lang: Locale = 'en'): string => questionnaire.recommendations[format].title[lang];

describe.skipIf(noBrowser)('the readiness questionnaire', () => {
  let site: StaticSite;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    site = await serveStatic(dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await site?.close();
  });

  /** A fresh browser (no storage) whose pages record CSP violations and script errors. */
  async function freshContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    await context.addInitScript(() => {
      const w = window as unknown as { problems: string[] };
      w.problems = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        w.problems.push(`CSP ${event.violatedDirective} ${event.blockedURI}`),
      );
      window.addEventListener('error', (event) => w.problems.push(`error ${event.message}`));
    });
    contexts.push(context);
    return context;
  }

  async function open(context: BrowserContext, path = 'questionnaire/'): Promise<Page> {
    const page = await context.newPage();
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    return page;
  }

  /** Asserts the page as it is now has no axe violations, CSP violations or script errors. */
  async function expectClean(page: Page, state: string): Promise<void> {
    expect(await axeViolations(page), `axe in state: ${state}`).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { problems: string[] }).problems), `problems in state: ${state}`).toEqual([]);
  }

  const heading = (page: Page) => page.getByRole('heading', { level: 1 });

  /** Waits for the main heading to read `expected` (Preact renders on the next tick), then checks it. */
  async function expectHeading(page: Page, expected: string): Promise<void> {
    await page
      .waitForFunction((text) => document.querySelector('main h1')?.textContent === text, expected, { timeout: 5000 })
      .catch(() => undefined);
    expect(await heading(page).textContent()).toBe(expected);
  }

  /** Waits until the element is visible, failing after five seconds. */
  async function expectVisible(locator: Locator): Promise<void> {
    await locator.waitFor({ state: 'visible', timeout: 5000 });
  }

  /** Waits for the document title to read `expected`, then checks it. */
  async function expectTitle(page: Page, expected: string): Promise<void> {
    await page.waitForFunction((text) => document.title === text, expected, { timeout: 5000 }).catch(() => undefined);
    expect(await page.title()).toBe(expected);
  }

  /** The text of the focused element, once it is `expected` or after a short wait. */
  async function expectFocus(page: Page, expected: string): Promise<void> {
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    await page
      .waitForFunction((text) => document.activeElement?.textContent?.trim() === text, expected, { timeout: 5000 })
      .catch(() => undefined);
    expect(await focusedText()).toBe(expected);
  }

  /** Every "Read more" link names its topic: one name per address, and one address per name. */
  async function expectDistinctReadMoreLinks(page: Page, prefix: 'Read more: ' | 'Lees meer: '): Promise<void> {
    const links = page.getByRole('link', { name: prefix });
    const found = await links.evaluateAll((elements) =>
      elements.map((element) => [element.textContent?.trim() ?? '', element.getAttribute('href') ?? ''] as const),
    );
    expect(found.length).toBeGreaterThan(0);
    for (const [name, href] of found) {
      expect(name.length, `a topic after "${prefix}"`).toBeGreaterThan(prefix.length);
      expect(found.filter(([other]) => other === name).every(([, otherHref]) => otherHref === href), `one address for "${name}"`).toBe(true);
      expect(found.filter(([, other]) => other === href).every(([otherName]) => otherName === name), `one name for ${href}`).toBe(true);
    }
  }

  /** The actions right under the advice: Print, a jump to Share, and (own result only) Change your answers. */
  const quickActions = (page: Page) => page.getByRole('group', { name: 'Result actions' });

  /** Answers questions from `from` up to (not including) `to` with the mouse, checking each step's heading. */
  async function answerByMouse(page: Page, answers: Answers, from = 0, to = count, lang: Locale = 'en'): Promise<void> {
    for (let index = from; index < to; index++) {
      const question = questionnaire.questions[index]!;
      const step = lang === 'en' ? `Step ${index + 1} of ${count}` : `Stap ${index + 1} van ${count}`;
      await expectHeading(page, `${step}: ${prompt(index, lang)}`);
      await page.getByRole('radio', { name: label(question.id, answers[question.id]!, lang), exact: true }).check();
      await page.getByRole('button', { name: lang === 'en' ? 'Continue' : 'Verder' }).click();
    }
  }

  test.each(organisations)('$name completes the check and is advised $format', async ({ answers, format }) => {
    const context = await freshContext();
    const page = await open(context);
    await expectVisible(page.getByRole('link', { name: 'Start the check' }));
    await expectClean(page, 'start');
    await page.getByRole('link', { name: 'Start the check' }).click();
    await expectHeading(page, `Step 1 of ${count}: ${prompt(0)}`);
    await expectClean(page, 'question');
    await answerByMouse(page, answers);

    await expectHeading(page, 'Check your answers');
    await expectTitle(page, 'Check your answers – Readiness check | MentorFit');
    await expectClean(page, 'review');
    await page.getByRole('button', { name: 'See your result' }).click();

    await expectHeading(page, `Your result: ${title(format)}`);
    await expectVisible(page.getByText(questionnaire.recommendations[format].summary.en));
    await expect(page.getByRole('table').locator('tbody tr').count()).resolves.toBe(questionnaire.dimensions.length);
    await expectDistinctReadMoreLinks(page, 'Read more: ');
    await expect(page.getByRole('link', { name: 'Read more in the guide' }).count()).resolves.toBe(0);
    await expectVisible(quickActions(page).getByRole('button', { name: 'Print or save as PDF' }));
    await expectVisible(quickActions(page).getByRole('button', { name: 'Change your answers' }));
    await expectClean(page, 'result');
  });

  test(`${ready.name} completes the check by keyboard alone and is advised ${ready.format}`, async () => {
    const context = await freshContext();
    const page = await open(context);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    /** Tabs until the focused element's text is `text`. */
    const tabTo = async (text: string): Promise<void> => {
      for (let i = 0; i < 60 && (await focused()) !== text; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(text);
    };

    await tabTo('Start the check');
    await page.keyboard.press('Enter');
    // Focus moves to the new question, so a screen reader announces "Step 1 of 17: ...".
    await expectFocus(page, `Step 1 of ${count}: ${prompt(0)}`);

    // Continue (Enter in the form) without an answer: the error summary takes focus, the title
    // starts with "Error:", and the summary's link leads to the first radio button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectFocus(page, `There is a problem${'Choose an answer to this question'}`);
    await expectTitle(page, `Error: Step 1 of ${count}: ${prompt(0)} – Readiness check | MentorFit`);
    await expectClean(page, 'error');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio');

    for (const [index, question] of questionnaire.questions.entries()) {
      if (index > 0) {
        await expectFocus(page, `Step ${index + 1} of ${count}: ${prompt(index)}`);
        await page.keyboard.press('Tab');
      }
      const position = question.options.findIndex((option) => option.id === ready.answers[question.id]);
      // Arrow keys move through a radio group and select as they go; Space selects the first.
      if (position === 0) await page.keyboard.press('Space');
      for (let i = 0; i < position; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    }

    await expectFocus(page, 'Check your answers');
    await tabTo('See your result');
    await page.keyboard.press('Enter');
    await expectFocus(page, `Your result: ${title(ready.format)}`);
    await expectClean(page, 'result by keyboard');
    // The actions come right after the advice; the jump link takes focus to the share section.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expectFocus(page, 'Share this result');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'Share this result');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await expect(page.getByRole('heading', { level: 2, name: 'Share this result' }).isVisible()).resolves.toBe(true);
  });

  test('an answer given before the island wakes up is kept when it does, and the check goes on from it', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    // Hold the island's code back until the first question is answered, as on a slow phone.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/QuestionnaireApp\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(site.url + 'questionnaire/', { waitUntil: 'domcontentloaded' });
    await page.getByRole('link', { name: 'Start the check' }).click();
    await expectVisible(heading(page));
    await expectHeading(page, `Step 1 of ${count}: ${prompt(0)}`);
    const first = questionnaire.questions[0]!;
    const answer = page.getByRole('radio', { name: label(first.id, ready.answers[first.id]!), exact: true });
    await answer.check();
    expect(await page.evaluate(() => document.querySelector('astro-island')?.hasAttribute('ssr')), 'island still asleep').toBe(true);

    release();
    // Awake: the island's own Back button shows, and the answer is still chosen.
    await expectVisible(page.getByRole('button', { name: 'Back' }));
    await expect(answer.isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, `Step 2 of ${count}: ${prompt(1)}`);
    await page.getByRole('button', { name: 'Back' }).click();
    await expectHeading(page, `Step 1 of ${count}: ${prompt(0)}`);
    await expect(answer.isChecked()).resolves.toBe(true);
    const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect((JSON.parse(saved ?? '{}') as { answers?: Answers }).answers).toEqual({ [first.id]: ready.answers[first.id] });
    await expectClean(page, 'answered before the island woke up');
  });

  test('Back keeps every answer', async () => {
    const page = await open(await freshContext());
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers, 0, 2);
    await page.getByRole('button', { name: 'Back' }).click();
    await expectHeading(page, `Step 2 of ${count}: ${prompt(1)}`);
    const second = questionnaire.questions[1]!;
    await expect(page.getByRole('radio', { name: label(second.id, ready.answers[second.id]!) }).isChecked()).resolves.toBe(true);
  });

  test("the browser's Back and Forward buttons move between questions", async () => {
    const page = await open(await freshContext());
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers, 0, 2);
    await page.goBack();
    await expectHeading(page, `Step 2 of ${count}: ${prompt(1)}`);
    await page.goBack();
    await expectHeading(page, `Step 1 of ${count}: ${prompt(0)}`);
    await page.goForward();
    await expectHeading(page, `Step 2 of ${count}: ${prompt(1)}`);
  });

  test('a reload midway resumes at the same question with the answers kept', async () => {
    const page = await open(await freshContext());
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers, 0, 5);
    await page.reload({ waitUntil: 'networkidle' });
    await expectHeading(page, `Step 6 of ${count}: ${prompt(5)}`);
    await page.getByRole('button', { name: 'Back' }).click();
    const fifth = questionnaire.questions[4]!;
    await expect(page.getByRole('radio', { name: label(fifth.id, ready.answers[fifth.id]!) }).isChecked()).resolves.toBe(true);
  });

  test('a later visit offers to carry on, and Start again deletes the answers', async () => {
    const context = await freshContext();
    const page = await open(context);
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers, 0, 3);
    await page.getByRole('link', { name: 'Readiness check' }).click();
    await page.waitForLoadState('networkidle');
    // A new visit from the menu resumes at the saved question.
    await expectHeading(page, `Step 4 of ${count}: ${prompt(3)}`);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await expectVisible(page.getByText(`You have answered 3 of ${count} questions.`));
    // Start again asks first, with focus on the safe choice; No and Escape keep everything.
    await page.getByRole('button', { name: 'Start again', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'No, keep my answers', null, { timeout: 5000 });
    await page.keyboard.press('Enter');
    await expect(page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).resolves.not.toBeNull();
    await page.getByRole('button', { name: 'Start again', exact: true }).click();
    await page.keyboard.press('Escape');
    await expectVisible(page.getByRole('button', { name: 'Start again', exact: true }));
    await expect(page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).resolves.not.toBeNull();
    await page.getByRole('button', { name: 'Start again', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, delete and start again' }).click();
    await expectVisible(page.getByRole('link', { name: 'Start the check' }));
    await expect(page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).resolves.toBeNull();
  });

  test('changing an answer on the review page changes the result', async () => {
    const page = await open(await freshContext());
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers);
    // Each Change button names its question for screen readers.
    const [question] = questionsOf('confidentiality');
    const index = questionnaire.questions.findIndex((q) => q.id === question);
    await page.getByRole('button', { name: `Change your answer to: ${prompt(index)}` }).click();
    await expectHeading(page, `Step ${index + 1} of ${count}: ${prompt(index)}`);
    const worst = answersWith({}, 'worst')[question!]!;
    await page.getByRole('radio', { name: label(question!, worst), exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'Check your answers');
    await expect(page.getByRole('definition').filter({ hasText: label(question!, worst) }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'See your result' }).click();
    await expectHeading(page, `Your result: ${title('reverse-groups')}`);
  });

  test('a share link opened in a fresh browser shows the same result, and can be taken over', async () => {
    const organisation = organisations[3]!;
    const page = await open(await freshContext());
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, organisation.answers);
    await page.getByRole('button', { name: 'See your result' }).click();
    const link = await page.getByRole('textbox', { name: 'Link to this result' }).inputValue();
    expect(link).toBe(`${site.url}questionnaire/#a=${encodeShareCode(questionnaire, organisation.answers)}`);
    const scores = await page.getByRole('table').innerText();

    const colleague = await (await freshContext()).newPage();
    await colleague.goto(link, { waitUntil: 'networkidle' });
    await expectHeading(colleague, `Shared result: ${title(organisation.format)}`);
    await expectTitle(colleague, `Shared result: ${title(organisation.format)} – Readiness check | MentorFit`);
    await expect(colleague.getByRole('table').innerText()).resolves.toBe(scores);
    // The top actions offer Print and Share, not Change (the answers are not the colleague's yet);
    // the jump to Share keeps the address, which holds the shared answers.
    await expectVisible(quickActions(colleague).getByRole('button', { name: 'Print or save as PDF' }));
    await expect(quickActions(colleague).getByRole('button', { name: 'Change your answers' }).count()).resolves.toBe(0);
    await quickActions(colleague).getByRole('link', { name: 'Share this result' }).click();
    await expectFocus(colleague, 'Share this result');
    expect(colleague.url()).toBe(link);
    await expectHeading(colleague, `Shared result: ${title(organisation.format)}`);
    await expectVisible(colleague.getByText('A colleague shared these answers with you'));
    await expectClean(colleague, 'shared result');
    // Nothing is saved until the colleague chooses to use the answers.
    await expect(colleague.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).resolves.toBeNull();
    await colleague.getByRole('button', { name: 'Use these answers and change them' }).click();
    await expectHeading(colleague, 'Check your answers');
    expect(new URL(colleague.url()).hash).toBe('');
    await expect(colleague.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).resolves.not.toBeNull();
  });

  const code = encodeShareCode(questionnaire, ready.answers);
  test.each([
    // one answer changed by hand
    ['tampered', code.slice(0, 4) + (code[4] === '1' ? '2' : '1') + code.slice(5)],
    // cut short
    ['truncated', code.slice(0, 9)],
    // a script instead of a code
    ['script-looking', encodeURIComponent('<img src=x onerror="window.xss=1">')],
    // far too long
    ['very long', '1'.repeat(5000)],
  ])('a %s share link shows a clear notice and a way to start fresh', async (_case, badCode) => {
    const page = await open(await freshContext(), `questionnaire/#a=${badCode}`);
    await expectVisible(page.getByText('This share link does not work.', { exact: false }));
    await expectClean(page, 'broken share link');
    expect(await page.evaluate(() => (window as unknown as { xss?: number }).xss)).toBeUndefined();
    await page.getByRole('button', { name: 'Start a fresh check' }).click();
    expect(new URL(page.url()).hash).toBe('');
    await page.getByRole('link', { name: 'Start the check' }).click();
    await expectHeading(page, `Step 1 of ${count}: ${prompt(0)}`);
  });

  const valid = { schemaVersion: 1, questionnaireVersion: questionnaire.version, answers: { aim: 'digital-ai' }, step: 1 };
  test.each([
    // the plain persistentAtom would throw on this at import and leave the island dead
    ['corrupt JSON', '{"schemaVersion":1,"answers":{', 'could not be read'],
    // saved by an older questionnaire
    ['an older questionnaire', JSON.stringify({ ...valid, questionnaireVersion: 0 }), 'The questions have changed'],
    // hand-edited: an answer that does not exist, with a script in it
    ['a hand-edited answer', JSON.stringify({ ...valid, answers: { aim: '<img src=x onerror="window.xss=1">' } }), 'could not be read'],
    // hand-edited: prototype pollution
    ['a __proto__ key', JSON.stringify(valid).replace('"answers":{', '"answers":{"__proto__":{"x":"1"},'), 'could not be read'],
  ])('saved state with %s is discarded with a notice and the check still works', async (_case, stored, notice) => {
    const context = await freshContext();
    const page = await open(context);
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, stored]);
    await page.reload({ waitUntil: 'networkidle' });
    await expectVisible(page.getByText(notice, { exact: false }));
    await expect(page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).resolves.toBeNull();
    await expectClean(page, 'discarded saved state');
    expect(await page.evaluate(() => (window as unknown as { xss?: number }).xss)).toBeUndefined();
    await page.getByRole('link', { name: 'Start the check' }).click();
    await expectHeading(page, `Step 1 of ${count}: ${prompt(0)}`);
  });

  test('with localStorage full, the check can still be completed and says the answers are not saved', async () => {
    const context = await freshContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await open(context);
    await expectVisible(page.getByText('This browser does not let the page save your answers.', { exact: false }));
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers);
    await page.getByRole('button', { name: 'See your result' }).click();
    await expectHeading(page, `Your result: ${title(ready.format)}`);
    await expectClean(page, 'result without storage');
  });

  test('switching language midway keeps the answers and the place', async () => {
    const page = await open(await freshContext());
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers, 0, 3);
    await page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' }).click();
    await page.waitForLoadState('networkidle');
    expect(page.url()).toBe(`${site.url}nl/questionnaire/`);
    await expectHeading(page, `Stap 4 van ${count}: ${prompt(3, 'nl')}`);
    await expectClean(page, 'Dutch question');
    await answerByMouse(page, ready.answers, 3, count, 'nl');
    await expectHeading(page, 'Controleer je antwoorden');
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    await expectHeading(page, `Jouw uitkomst: ${title(ready.format, 'nl')}`);
    await expectDistinctReadMoreLinks(page, 'Lees meer: ');
    await expectVisible(page.getByRole('group', { name: 'Wat je met de uitkomst kunt doen' }).getByRole('link', { name: 'Deel deze uitkomst' }));
    await expectClean(page, 'Dutch result');
  });

  test('a shared result stays shared when the language is switched', async () => {
    const organisation = organisations[0]!;
    const code = encodeShareCode(questionnaire, organisation.answers);
    const page = await open(await freshContext(), `questionnaire/#a=${code}`);
    await page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' }).click();
    await page.waitForLoadState('networkidle');
    expect(page.url()).toBe(`${site.url}nl/questionnaire/#a=${code}`);
    await expectHeading(page, `Gedeelde uitkomst: ${title(organisation.format, 'nl')}`);
  });

  test('without JavaScript the page says plainly that the check needs it', async () => {
    const page = await open(await freshContext({ javaScriptEnabled: false }));
    // Playwright's text locators skip <noscript>, so find the message by its element.
    const message = page.locator('noscript strong');
    await expectVisible(message);
    await expect(message.textContent()).resolves.toMatch(/^The readiness check needs JavaScript\./);
    await expect(page.getByRole('button').count()).resolves.toBe(0);
    // Start would lead to a first question that could go no further.
    await expect(page.getByRole('link', { name: 'Start the check' }).count()).resolves.toBe(0);
    await expectHeading(page, 'Readiness check');
  });

  test('the printed result is the report alone, without site chrome or buttons', async () => {
    const page = await open(await freshContext());
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerByMouse(page, ready.answers);
    await page.getByRole('button', { name: 'See your result' }).click();
    await expectHeading(page, `Your result: ${title(ready.format)}`);
    await page.emulateMedia({ media: 'print' });
    await expectVisible(heading(page));
    await expectVisible(page.getByRole('table'));
    await expect(page.getByRole('navigation').first().isVisible()).resolves.toBe(false);
    // Hidden in print, so out of the accessibility tree: find both Print buttons by their text.
    const printButtons = page.locator('button', { hasText: 'Print or save as PDF' });
    await expect(printButtons.count()).resolves.toBe(2);
    for (const print of await printButtons.all()) await expect(print.isVisible()).resolves.toBe(false);
    await expect(page.locator('a', { hasText: 'Share this result' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('a', { hasText: 'Read more: ' }).first().isVisible()).resolves.toBe(false);
    await expect(page.getByRole('textbox', { name: 'Link to this result' }).isVisible()).resolves.toBe(false);

    const pages = await printedPages(page, 'ready-en');
    const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
    expect(pages[0]).toMatch(new RegExp(`^MentorFit readiness check · ${date} Your result`));
    expectFooters(pages, `${en['site.name']} · ${en['questionnaire.title']}`, (n, of) => `Page ${n} of ${of}`);
  });

  test('a printed Dutch result has its own letterhead and footer, and next steps keep their link text', async () => {
    const organisation = organisations[2]!;
    const code = encodeShareCode(questionnaire, organisation.answers);
    const page = await open(await freshContext(), `nl/questionnaire/#a=${code}`);
    await expectHeading(page, `Gedeelde uitkomst: ${title(organisation.format, 'nl')}`);
    const pages = await printedPages(page, 'foundations-nl');
    const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(new Date());
    expect(pages[0]).toMatch(new RegExp(`^MentorFit-check: is je organisatie er klaar voor\\? · ${date} Gedeelde uitkomst`));
    expectFooters(pages, `${nl['site.name']} · ${nl['questionnaire.title']}`, (n, of) => `Pagina ${n} van ${of}`);
    // Each next step that points to a guide still names it on paper, so no step ends in a gap.
    const printed = pages.join(' ');
    for (const step of questionnaire.recommendations[organisation.format].nextSteps) {
      const topic = step.link ? nl[`questionnaire.topic.${step.link.section}` as keyof typeof nl] : '';
      const expected = step.link ? `${step.text.nl} Lees meer: ${topic}` : step.text.nl;
      expect(printed).toContain(expected);
    }
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

/** The scripts a built page loads: inline ones, and every module its islands import, followed through static imports. */
function pageScripts(html: string): { name: string; source: string }[] {
  const scripts: { name: string; source: string }[] = [];
  // Data blocks (type="application/json") are never run: they count as HTML, not script.
  for (const [, body = ''] of html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)) {
    if (body.trim()) scripts.push({ name: 'inline script', source: body });
  }
  const pending = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!),
  ];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const url = pending.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const source = readFileSync(resolve(dist, `.${url}`), 'utf8');
    scripts.push({ name: url, source });
    // Static imports only: `import{a}from"./x.js"` and `import"./x.js"`; dynamic import() loads on demand.
    for (const [, specifier = ''] of source.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
      pending.push(new URL(specifier, `http://site.test${url}`).pathname);
    }
  }
  return scripts;
}

describe('the questionnaire page script budget', () => {
  test.each(['questionnaire/', 'nl/questionnaire/'])(
    '%s loads at most 15 KB of gzipped script files for its first screens, the later screens on demand',
    (path) => {
      const scripts = pageScripts(readFileSync(resolve(dist, path, 'index.html'), 'utf8'));
      const sizes = scripts.map(({ name, source }) => ({ name, gzipped: gzipSync(source).length }));
      const sum = (list: typeof sizes): number => list.reduce((total, { gzipped }) => total + gzipped, 0);
      const files = sum(sizes.filter(({ name }) => name !== 'inline script'));
      const inline = sum(sizes.filter(({ name }) => name === 'inline script'));
      console.log(`${path}: ${(files / 1024).toFixed(1)} KB gzipped script files + ${(inline / 1024).toFixed(1)} KB inline`, sizes);
      expect(scripts.some(({ name }) => name.includes('QuestionnaireApp'))).toBe(true);
      expect(scripts.filter(({ name }) => name.includes('later-screens'))).toEqual([]);
      expect(files).toBeLessThanOrEqual(15 * 1024);
      // Astro's island loader, inlined in the HTML: bounded too, so nothing else grows unseen there.
      expect(inline).toBeLessThanOrEqual(2.5 * 1024);
    },
  );
});
