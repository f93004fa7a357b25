// The GOV.UK error summary, for every island's forms: a box at the top of the form that takes focus
// when it appears and lists each problem as a link to its field. Render it with a new `key` on each
// failed submit, so that it takes focus again.

import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import './error-summary.css';

/** One problem: its message, linked to the field that has it (none: listed without a link). */
export interface SummaryError {
  readonly message: string;
  /** The id of the field the link moves focus to. */
  readonly fieldId?: string;
  /** The id of an element to scroll into view with the field, e.g. a fieldset's legend. */
  readonly scrollToId?: string;
}

interface Props {
  /** The id of the summary's title, unique on the page. */
  id: string;
  /** "There is a problem", in the page's language. */
  title: string;
  /** The title's heading level, after the headings around the form. */
  level?: 2 | 3 | 4;
  readonly errors: readonly SummaryError[];
  /** Text between the title and the list. */
  children?: ComponentChildren;
}

/** Moves focus to a problem's field, showing its question as GOV.UK does. */
function goToField(error: SummaryError) {
  return (event: MouseEvent): void => {
    if (!error.fieldId) return;
    event.preventDefault();
    const field = document.getElementById(error.fieldId);
    if (error.scrollToId) {
      field?.focus({ preventScroll: true });
      document.getElementById(error.scrollToId)?.scrollIntoView();
    } else {
      field?.focus();
    }
  };
}

/** The GOV.UK-style error summary: takes focus when shown and links to each field with a problem. */
export function ErrorSummary({ id, title, level = 2, errors, children }: Props) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, []);
  const Heading = `h${level}` as const;

  return (
    <div class="error-summary" ref={summary} tabIndex={-1} aria-labelledby={id} data-print="hide">
      <div role="alert">
        <Heading class="error-summary__title" id={id}>
          {title}
        </Heading>
        {children}
        <ul class="error-summary__list">
          {errors.map((error) => (
            <li key={`${error.fieldId ?? ''}:${error.message}`}>
              {error.fieldId ? (
                <a href={`#${error.fieldId}`} onClick={goToField(error)}>
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
