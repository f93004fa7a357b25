// How a script meets each form: MentorFit's questionnaire, its SurveyJS twin, and the two references
// for the first question only (the plain HTML page, and MentorFit's page without its scripts).
import type { Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import type { Questionnaire } from '../../src/lib/questionnaire/types.ts';
import type { FormDriver } from './form-timing.ts';

/** A radio button on screen that takes a click: rendered, not hidden, enabled. */
const visibleRadio = (selector: string): string =>
  `[...document.querySelectorAll(${JSON.stringify(selector)})].some((radio) => !radio.disabled && radio.checkVisibility())`;

/** The island's link or button with exactly this text, or null. */
const islandControl = (text: string): string =>
  `[...document.querySelectorAll('astro-island a, astro-island button')].find((b) => b.textContent.trim() === ${JSON.stringify(text)}) ?? null`;

/** The plain HTML reference page: one radio group, no script, nothing to complete. */
export function staticPageDriver(url: string): FormDriver {
  return { url, firstQuestionReady: visibleRadio('input[type=radio]') };
}

/**
 * MentorFit's readiness check page without its scripts: Start (a link to the first question, which
 * the stylesheet shows) clicked the moment it appears, as on the real page; nothing to complete.
 */
export function noScriptPageDriver(url: string): FormDriver {
  return {
    url,
    clickFirst: islandControl(en['questionnaire.start']),
    firstQuestionReady: visibleRadio('astro-island input[type=radio]'),
  };
}

/** Drives the SurveyJS form: the first option of every question, Next, then Preview and Complete. */
export function surveyJsDriver(url: string, questionnaire: Questionnaire): FormDriver {
  return {
    url,
    firstQuestionReady: visibleRadio('#survey input[type=radio]'),
    complete: async (page: Page) => {
      for (const [i, question] of questionnaire.questions.entries()) {
        const first = question.options[0];
        if (!first) throw new Error(`question ${question.id} has no options`);
        await page.getByText(first.label.en, { exact: true }).click();
        const last = i === questionnaire.questions.length - 1;
        await page.getByRole('button', { name: last ? 'Preview' : 'Next', exact: true }).click();
      }
      await page.getByRole('button', { name: 'Complete', exact: true }).click();
      await page.getByRole('heading', { name: 'Your result' }).waitFor();
    },
  };
}

/**
 * True once the island is awake (Astro removes `ssr` then) and has its data: then Continue works, and
 * the first question's Back is the island's button instead of the server-rendered link.
 */
const READY = `document.querySelector('astro-island:not([ssr]) button.back-link') !== null`;

/**
 * Drives MentorFit's questionnaire in English: Start (clicked inside the page the moment it appears,
 * so it counts towards "first question usable"), the first option of every question and Continue,
 * then See your result on the review page. The first question can be answered before the island
 * hydrates; Continue needs the island and its data, so the script waits for them first, as a user's
 * reading does.
 */
export function mentorFitDriver(url: string, questionnaire: Questionnaire): FormDriver {
  return {
    ...noScriptPageDriver(url),
    scriptAwake: READY,
    complete: async (page: Page) => {
      await page.waitForFunction(READY);
      for (const question of questionnaire.questions) {
        const first = question.options[0];
        if (!first) throw new Error(`question ${question.id} has no options`);
        await page.getByRole('radio', { name: first.label.en, exact: true }).check();
        await page.getByRole('button', { name: en['questionnaire.continue'], exact: true }).click();
      }
      await page.getByRole('button', { name: en['questionnaire.seeResult'], exact: true }).click();
      await page.getByRole('heading', { level: 1, name: en['questionnaire.resultCaption'] }).waitFor();
    },
  };
}
