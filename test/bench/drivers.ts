// How a script answers each form: MentorFit's questionnaire and its SurveyJS twin, question by question.
import type { Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import type { Questionnaire } from '../../src/lib/questionnaire/types.ts';
import type { FormDriver } from './form-timing.ts';

/** Drives the SurveyJS form: the first option of every question, Next, then Preview and Complete. */
export function surveyJsDriver(url: string, questionnaire: Questionnaire): FormDriver {
  return {
    url,
    firstQuestionReady: "document.querySelector('#survey input[type=radio]') !== null",
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

/** True once a radio button exists inside an island that has hydrated (Astro removes `ssr` then). */
const HYDRATED_RADIO = `(() => {
  const radio = document.querySelector('astro-island input[type=radio]');
  return radio !== null && !radio.closest('astro-island').hasAttribute('ssr');
})()`;

/** An island button with exactly this text, or null. */
const islandButton = (text: string): string =>
  `[...document.querySelectorAll('astro-island button')].find((b) => b.textContent.trim() === ${JSON.stringify(text)}) ?? null`;

/**
 * Drives MentorFit's questionnaire in English: Start (clicked inside the page the moment it appears,
 * so it counts towards "first question usable"), the first option of every question and Continue,
 * then See your result on the review page.
 */
export function mentorFitDriver(url: string, questionnaire: Questionnaire): FormDriver {
  return {
    url,
    clickFirst: islandButton(en['questionnaire.start']),
    firstQuestionReady: HYDRATED_RADIO,
    complete: async (page: Page) => {
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
