/** The document title of a screen, e.g. "Error: Step 4 of 17: Who backs the pilot? – Readiness check | MentorFit". */
export function documentTitle(options: {
  /** The page's own title as the server rendered it, e.g. "Readiness check | MentorFit". */
  readonly pageTitle: string;
  /** The screen's heading, e.g. "Step 4 of 17: Who backs the pilot?"; none on the start screen. */
  readonly screenHeading?: string | undefined;
  /** The translated "Error:" prefix, given only while an error is shown. */
  readonly errorPrefix?: string | undefined;
}): string {
  const { pageTitle, screenHeading, errorPrefix } = options;
  const title = screenHeading ? `${screenHeading} – ${pageTitle}` : pageTitle;
  return errorPrefix ? `${errorPrefix} ${title}` : title;
}
