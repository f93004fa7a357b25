// A form field as GOV.UK builds it: a wrapper that turns red with an error, the label, a hint and an
// error message above the control, both tied to the control with aria-describedby (see describedBy).
import type { ComponentChildren } from 'preact';

/** The ids that describe a field's control: its hint and its error, when shown. */
export const describedBy = (id: string, hint: boolean, error: boolean): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

interface FieldProps {
  /** The control's id; the hint and error get `<id>-hint` and `<id>-error`. */
  readonly id: string;
  readonly label: string;
  /** The label's class: each island sizes its labels itself. */
  readonly labelClass: string;
  readonly hint?: string | undefined;
  /** The error message, already in the user's words. */
  readonly error?: string | undefined;
  /** Read out before the error by screen readers only, e.g. "Error:" (GOV.UK). */
  readonly errorPrefix?: string | undefined;
  /** The control, with `aria-describedby={describedBy(id, …)}`. */
  readonly children: ComponentChildren;
}

/** A field with its label, hint and error message. */
export function Field({ id, label, labelClass, hint, error, errorPrefix, children }: FieldProps) {
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label class={labelClass} for={id}>
        {label}
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error-message" id={`${id}-error`}>
          {errorPrefix && <span class="visually-hidden">{errorPrefix} </span>}
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
