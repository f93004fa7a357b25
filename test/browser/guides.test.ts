// The guides as a reader uses them, without JavaScript, the two languages taking turns: "On this
// page" folded away on a phone and open on a desktop, previous and next guide at the bottom,
// numbered source markers that lead to the source list. And the readiness check without
// JavaScript is no dead end: it links the paper version.
import { describe, expect, test } from 'vitest';
import { noBrowser } from './support/chromium.ts';
import {
  browserSuite,
  expectAttribute,
  expectCount,
  expectHidden,
  expectText,
  expectVisible,
  WAIT,
} from './support/harness.ts';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';

const LANGS = [
  { lang: 'en', prefix: '', ui: en },
  { lang: 'nl', prefix: 'nl/', ui: nl },
] as const;
/**
 * Behaviour that only the words tell apart is tested once, the two languages taking turns; what the
 * language changes (dates, holidays, lengths on paper and on a phone) is tested in both.
 */
const [EN, NL] = LANGS;

describe.skipIf(noBrowser)('guides without JavaScript', () => {
  const suite = browserSuite();

  const open = (path: string, width: number) =>
    suite.open(path, { javaScriptEnabled: false, viewport: { width, height: 800 } });

  test.each([NL])(
    '$lang: "On this page" is folded on a 360 px phone, opens on a tap and leads to the section',
    async ({ prefix, ui }) => {
      const page = await open(`${prefix}guides/when-it-works-and-fails/`, 360);
      const contents = page.getByRole('navigation', { name: ui['guide.contents'] });
      const firstSection = contents.getByRole('link', {
        name: (await page.locator('#conditions').textContent()) ?? '',
      });
      await expectHidden(firstSection);
      await contents.locator('summary').click();
      await expectVisible(firstSection);
      await firstSection.click();
      await expect.poll(() => new URL(page.url()).hash, { timeout: WAIT }).toBe('#conditions');
    },
  );

  test.each([EN])('$lang: "On this page" lists every section, open, on a 1280 px screen', async ({ prefix, ui }) => {
    const page = await open(`${prefix}guides/making-the-case/`, 1280);
    const contents = page.getByRole('navigation', { name: ui['guide.contents'] });
    const listed = await contents.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // The guide's sections: the article's second-level headings, less those of its boxes.
    const boxes: string[] = [ui['guide.takeaways'], ui['guide.sources']];
    const sections = await page
      .getByRole('article')
      .getByRole('heading', { level: 2 })
      .evaluateAll(
        (headings, boxes) =>
          headings.filter((h) => !boxes.includes(h.textContent?.trim() ?? '')).map((h) => `#${h.id}`),
        boxes,
      );
    expect(sections.length).toBeGreaterThanOrEqual(5);
    expect(listed).toEqual(sections);
  });

  test.each([NL])(
    '$lang: previous and next guide follow the reading order, with none before the first or after the last',
    async ({ prefix, ui }) => {
      const page = await open(`${prefix}guides/`, 1280);
      const order = await page
        .getByRole('main')
        .getByRole('heading', { level: 2 })
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(order.length).toBe(8);
      for (const [i, href] of order.entries()) {
        await page.goto(new URL(href, suite.url).href);
        const pager = page.getByRole('navigation', { name: ui['guide.pager'] });
        const previous = pager.getByRole('link', { name: new RegExp(`^${ui['guide.previous']}`) });
        const next = pager.getByRole('link', { name: new RegExp(`^${ui['guide.nextGuide']}`) });
        await expectCount(previous, i === 0 ? 0 : 1);
        await expectCount(next, i === order.length - 1 ? 0 : 1);
        if (i > 0) await expectAttribute(previous, 'href', order[i - 1]!);
        if (i < order.length - 1) await expectAttribute(next, 'href', order[i + 1]!);
      }
    },
  );

  test.each([EN])('$lang: a source marker leads to its entry in the source list', async ({ prefix, ui }) => {
    const page = await open(`${prefix}guides/benefits/`, 1280);
    const marker = page.getByRole('link', { name: new RegExp(`^${ui['guide.factSource']} \\d+$`) }).first();
    await expectText(marker, new RegExp(`^${ui['guide.factSource']} \\d+$`));
    const target = (await marker.getAttribute('href')) ?? '';
    const entry = page.locator(target);
    await expect(entry.evaluate((li) => li.closest('section')?.getAttribute('aria-labelledby'))).resolves.toBe(
      'sources-heading',
    );
    await expectAttribute(entry, 'value', (await marker.textContent())?.replace(/\D/g, '') ?? '');
  });

  test.each([NL])('$lang: the readiness check without JavaScript links the paper version', async ({ prefix, ui }) => {
    const page = await open(`${prefix}questionnaire/`, 360);
    const paper = page.getByRole('link', { name: ui['questionnaire.noScriptPaper'] });
    await expectVisible(paper);
    await expectAttribute(paper, 'href', `/${prefix}templates/questionnaire-paper/`);
    await paper.click();
    await page.waitForURL(`${suite.url}${prefix}templates/questionnaire-paper/`);
    await expect.poll(() => page.title(), { timeout: WAIT }).toContain(ui['templates.paper.title']);
  });
});
