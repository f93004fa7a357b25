import { useEffect, useRef } from 'preact/hooks';
import { useFirstScreenView } from './questionnaire-context';

interface Props {
  /** The id of the radio button the error's link moves to. */
  fieldId: string;
  /** The id of the fieldset's legend, scrolled into view with the field. */
  legendId: string;
  /** The error in words, naming the question. */
  message: string;
}

/** The GOV.UK-style error summary: takes focus when shown and links to the field with the problem. */
export function ErrorSummary({ fieldId, legendId, message }: Props) {
  const { t } = useFirstScreenView();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, []);

  const goToField = (event: MouseEvent): void => {
    event.preventDefault();
    document.getElementById(fieldId)?.focus({ preventScroll: true });
    // Show the question, not only the radio button, as GOV.UK does.
    document.getElementById(legendId)?.scrollIntoView();
  };

  return (
    <div class="error-summary" ref={summary} tabIndex={-1} aria-labelledby="error-summary-title" data-print="hide">
      <div role="alert">
        <h2 class="error-summary__title" id="error-summary-title">
          {t('questionnaire.errorTitle')}
        </h2>
        <ul class="error-summary__list">
          <li>
            <a href={`#${fieldId}`} onClick={goToField}>
              {message}
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}
