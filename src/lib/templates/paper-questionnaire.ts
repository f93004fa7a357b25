/** The paper questionnaire's fixed facts, shared by its page, the templates index and the browser tests. */
export const PAPER_QUESTIONNAIRE = {
  /** Its address below templates/. */
  slug: 'questionnaire-paper',
  /** The workshop's length in minutes: three steps of 15. */
  duration: 45,
  /** Printed A4 pages: the questions, then the facilitator's pages from a new page; the browser tests hold it to this. */
  pages: 6,
} as const;
