// A full localStorage, for real: after a save that no longer fits (the page warns), every island's
// delete still reaches the browser's storage, so nothing comes back on the next visit. The quota is
// filled in the page itself, as another tab of the same site or a large earlier list would.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser } from './support/chromium.ts';
import { expectClean } from './support/page-checks.ts';
import { browserSuite, expectHidden, expectInPage, expectVisible, WAIT } from './support/harness.ts';
import { en } from '../../src/i18n/en.ts';
import { encodeShareCode } from '../../src/lib/questionnaire/share-code.ts';
import { STORAGE_KEY } from '../../src/lib/questionnaire-ui/saved-progress.ts';
import { COMPARISON_STORAGE_KEY } from '../../src/lib/compare/saved-comparison.ts';
import { MATCHING_STORAGE_KEY } from '../../src/stores/matching-reactions.ts';
import { answersWith, questionnaire } from '../unit/questionnaire/support.ts';

/** Fills the origin's localStorage until not one more character fits. */
async function fillStorage(page: Page): Promise<void> {
  const filled = await page.evaluate(() => {
    let size = 1 << 20;
    let count = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`test-filler-${count}`, 'x'.repeat(size));
        count += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return count;
  });
  expect(filled).toBeGreaterThan(0);
}

/** Frees what fillStorage() took. */
async function freeStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('test-filler-')) localStorage.removeItem(key);
  });
}

const stored = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);

describe.skipIf(noBrowser)('a delete after a full localStorage', () => {
  const suite = browserSuite();

  test('questionnaire: "Start again" deletes the saved answers, and they do not come back', async () => {
    const page = await suite.open('questionnaire/');
    const [first, second] = questionnaire.questions;
    if (!first || !second) throw new Error('The questionnaire needs two questions.');
    await page
      .getByRole('button', { name: en['questionnaire.start'] })
      .or(page.getByRole('link', { name: en['questionnaire.start'] }))
      .click();
    await page.getByRole('radio', { name: first.options[0]!.label.en }).check();
    await page.getByRole('button', { name: en['questionnaire.continue'] }).click();
    await expect.poll(() => stored(page, STORAGE_KEY), { timeout: WAIT }).not.toBeNull();

    await fillStorage(page);
    await page.getByRole('radio', { name: second.options[0]!.label.en }).check();
    const warning = page.getByText(en['questionnaire.noticeStorage']);
    await expectVisible(warning);

    await page.getByRole('button', { name: en['questionnaire.back'] }).click();
    await page.getByRole('button', { name: en['questionnaire.back'] }).click();
    await page.getByRole('button', { name: en['questionnaire.startAgain'] }).click();
    await page.getByRole('button', { name: en['questionnaire.startAgainYes'] }).click();
    await expect.poll(() => stored(page, STORAGE_KEY), { timeout: WAIT }).toBeNull();

    await freeStorage(page);
    await page.reload({ waitUntil: 'networkidle' });
    await expectVisible(page.getByRole('link', { name: en['questionnaire.start'] }));
    await expectHidden(page.getByRole('button', { name: en['questionnaire.resume'] }));
    await expect.poll(() => stored(page, STORAGE_KEY), { timeout: WAIT }).toBeNull();
    await expectClean(page, 'answers deleted after a full storage');
  }, 60_000);

  test('compare: "Delete the saved comparison" deletes it, says so, and it does not come back', async () => {
    const code = (overrides: Record<string, string>) => encodeShareCode(questionnaire, answersWith(overrides));
    const link = `#team=${code({})}~Sponsor.${code({ 'protected-time': 'none' })}~HR`;
    const page = await suite.open(`questionnaire/compare/${link}`);
    await page.getByRole('button', { name: en['compare.save'] }).click();
    await expectVisible(page.getByText(en['compare.saved']));
    await expect.poll(() => stored(page, COMPARISON_STORAGE_KEY), { timeout: WAIT }).not.toBeNull();

    await fillStorage(page);
    const shareLink = `https://mentorfit.org/questionnaire/#a=${code({ 'safe-to-speak': 'hard' })}`;
    await page.getByLabel(en['compare.pasteLabel'], { exact: true }).fill(shareLink);
    await page.getByLabel(en['compare.labelLabel'], { exact: true }).fill('A junior with a long label');
    await page.getByRole('button', { name: en['compare.add'] }).click();
    await page.getByRole('button', { name: en['compare.save'] }).click();
    await expectVisible(page.getByText(en['compare.notSaving']));

    await page.getByRole('button', { name: en['compare.deleteSaved'] }).click();
    await expectVisible(page.getByText(en['compare.deleted']));
    await expect.poll(() => stored(page, COMPARISON_STORAGE_KEY), { timeout: WAIT }).toBeNull();

    await freeStorage(page);
    await page.goto(`${suite.url}questionnaire/compare/`, { waitUntil: 'networkidle' });
    await expectVisible(page.getByLabel(en['compare.pasteLabel'], { exact: true }));
    await expectHidden(page.getByText(en['compare.savedOpened']));
    await expect.poll(() => stored(page, COMPARISON_STORAGE_KEY), { timeout: WAIT }).toBeNull();
    await expectClean(page, 'comparison deleted after a full storage');
  }, 60_000);

  test('matching: "Delete everything" deletes the kept list, and it does not come back', async () => {
    const page = await suite.open('matching/');
    const addPerson = async (role: 'roleSenior' | 'roleJunior', name: string) => {
      await page.getByLabel(en[`matching.${role}`]).check();
      await page.getByLabel(en['matching.nameLabel'], { exact: true }).fill(name);
      await page.getByRole('button', { name: en['matching.addButton'] }).click();
      await expectVisible(page.getByText(en['matching.added'].replace('{name}', name)));
    };
    await addPerson('roleSenior', 'Anna de Vries');
    await page.getByLabel(en['matching.keepLabel']).check();
    await expect.poll(() => stored(page, MATCHING_STORAGE_KEY), { timeout: WAIT }).toContain('Anna de Vries');

    await fillStorage(page);
    await addPerson('roleJunior', 'Bram Jansen');
    await expectVisible(page.getByText(en['matching.notSaving']));

    await page.getByRole('button', { name: en['matching.deleteButton'] }).click();
    await page.getByRole('button', { name: en['matching.deleteYes'] }).click();
    await expectVisible(page.getByText(en['matching.deleted']));
    await expect.poll(() => stored(page, MATCHING_STORAGE_KEY), { timeout: WAIT }).toBeNull();

    await freeStorage(page);
    await page.reload({ waitUntil: 'networkidle' });
    await expectVisible(page.getByText(en['matching.emptyList']));
    await expectInPage(page, () => localStorage.getItem('mentorfit:matching'), null);
    await expectClean(page, 'list deleted after a full storage');
  }, 60_000);
});
