// Form fields as GOV.UK builds them: a wrapper that turns red with an error, the label or legend, a
// hint and an error message above the controls, both tied to them with aria-describedby (see
// describedBy). Screen readers read every error message after "Error:" (the `form.errorPrefix`
// string), so a message heard on its own still says what it is. Styles: field.css.
import type { ComponentChildren } from 'preact';

/** The ids that describe a field's control: its hint and its error, when shown. */
export const describedBy = (id: string, hint: boolean, error: boolean): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

interface ErrorMessageProps {
  readonly id: string;
  /** Read out before the message by screen readers only: "Error:". */
  readonly prefix: string;
  readonly children: ComponentChildren;
}

/** An error message, red and bold, read out after "Error:". */
export function ErrorMessage({ id, prefix, children }: ErrorMessageProps) {
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">{prefix} </span>
      {children}
    </p>
  );
}

interface NotesProps {
  readonly id: string;
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
  readonly errorPrefix: string;
}

/** A field's hint and error message, with the ids describedBy names: children of the field, not a component of their own. */
const fieldNotes = ({ id, hint, error, errorPrefix }: NotesProps) => [
  hint && (
    <p class="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ),
  error && (
    <ErrorMessage id={`${id}-error`} prefix={errorPrefix}>
      {error}
    </ErrorMessage>
  ),
];

interface FieldProps extends NotesProps {
  /** The control's id; the hint and error get `<id>-hint` and `<id>-error`. */
  readonly id: string;
  readonly label: string;
  /** The label's class: each island sizes its labels itself. */
  readonly labelClass: string;
  /** The error message, already in the user's words. */
  readonly error?: string | undefined;
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
      {fieldNotes({ id, hint, error, errorPrefix })}
      {children}
    </div>
  );
}

interface FieldsetProps extends NotesProps {
  /** Begins the ids of the hint and error: `<id>-hint` and `<id>-error`. */
  readonly id: string;
  readonly legend: ComponentChildren;
  /** The legend's class besides `fieldset__legend`: each island sizes its legends itself. */
  readonly legendClass?: string;
  readonly legendId?: string | undefined;
  /** The radios, tick boxes or inputs. */
  readonly children: ComponentChildren;
}

/** A group of controls under one legend (radios, tick boxes, a date), with its hint and error message. */
export function Fieldset({ id, legend, legendClass, legendId, hint, error, errorPrefix, children }: FieldsetProps) {
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset class="fieldset" aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}>
        <legend class={legendClass ? `fieldset__legend ${legendClass}` : 'fieldset__legend'} id={legendId}>
          {legend}
        </legend>
        {fieldNotes({ id, hint, error, errorPrefix })}
        {children}
      </fieldset>
    </div>
  );
}
