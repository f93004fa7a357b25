import { describedBy, Field } from '../island-kit/Field';
import { useStore } from '../island-kit/use-store';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_LABEL_LENGTH } from '../../lib/compare/comparison-link';
import { pasteErrorText, type PasteField } from '../../lib/compare/paste-error';
import { $change, $pasteError, $team, addPasted } from '../../stores/compare';
import { useCompareView } from './compare-context';

interface Props {
  field: PasteField;
  /** The paste field's label. */
  label: string;
  /** The hint under the label. */
  hint: string;
}

/** A text field's value, kept by the form, and the way to change it. */
interface InputProps {
  value: string;
  onInput: (value: string) => void;
}

/**
 * A share link to paste (or several at once, into the team) and an optional label, with the GOV.UK
 * error pattern when a link cannot be used; links that were not added stay in the field.
 */
export function AddResultForm({ field, label, hint }: Props) {
  const { questionnaire, t } = useCompareView();
  const [link, setLink] = useState('');
  const [name, setName] = useState('');

  const submit = (event: Event): void => {
    event.preventDefault();
    const left = addPasted(questionnaire, field, link, name);
    setLink(left);
    if (left === '') {
      setName('');
      // A before or after form gives way to the result it added: focus moves to the slot's heading.
      if (field !== 'team') document.getElementById(`slot-${field === 'before' ? 0 : 1}-heading`)?.focus();
    }
  };

  return (
    <form class="add-result" onSubmit={submit} noValidate data-print="hide">
      <LinkField field={field} label={label} hint={hint} value={link} onInput={setLink} />
      <LabelField id={`paste-${field}-label`} value={name} onInput={setName} />
      <button type="submit" class="button">
        {t('compare.add')}
      </button>
    </form>
  );
}

/** The share link's field, with the error when the last paste into it was refused. */
function LinkField({ field, label, hint, value, onInput }: Props & InputProps) {
  const view = useCompareView();
  const error = useStore($pasteError);
  const team = useStore($team);
  const change = useStore($change);
  const input = useRef<HTMLInputElement>(null);
  const fieldError = error?.field === field ? error : undefined;
  const id = `paste-${field}`;

  // Each refused paste (a new error object) moves focus to the field, so the error is read out with it.
  useEffect(() => {
    if (fieldError) input.current?.focus();
  }, [fieldError]);

  return (
    <Field
      id={id}
      label={label}
      labelClass="label"
      hint={hint}
      error={fieldError && pasteErrorText(view, fieldError, { team, change })}
      errorPrefix={view.t('form.errorPrefix')}
    >
      <input
        class="input"
        id={id}
        ref={input}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellcheck={false}
        value={value}
        aria-describedby={describedBy(id, true, Boolean(fieldError))}
        aria-invalid={fieldError ? 'true' : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </Field>
  );
}

/** The optional label the result is shown by. */
function LabelField({ id, value, onInput }: InputProps & { id: string }) {
  const { t } = useCompareView();
  return (
    <Field
      id={id}
      label={t('compare.labelLabel')}
      labelClass="label"
      hint={t('compare.labelHint', { max: MAX_LABEL_LENGTH })}
      errorPrefix={t('form.errorPrefix')}
    >
      <input
        class="input input--label"
        id={id}
        type="text"
        autoComplete="off"
        maxLength={MAX_LABEL_LENGTH}
        value={value}
        aria-describedby={describedBy(id, true, false)}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </Field>
  );
}
