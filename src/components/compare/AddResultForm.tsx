import { useStore } from '../island-kit/use-store';
import { useEffect, useRef, useState } from 'preact/hooks';
import { COMPARISON_SIZE, MAX_LABEL_LENGTH } from '../../lib/compare/comparison-link';
import { $pasteError, $team, addPasted, type PasteField } from '../../stores/compare';
import { useCompareView } from './compare-context';

interface Props {
  field: PasteField;
  /** The paste field's label. */
  label: string;
  /** The hint under the label. */
  hint: string;
}

/**
 * A share link to paste (or several at once, into the team) and an optional label, with the GOV.UK
 * error pattern when a link cannot be used; links that were not added stay in the field.
 */
export function AddResultForm({ field, label, hint }: Props) {
  const { questionnaire, t, nameOf } = useCompareView();
  const error = useStore($pasteError);
  const team = useStore($team);
  const [link, setLink] = useState('');
  const [name, setName] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const fieldError = error?.field === field ? error : undefined;
  const ids = {
    link: `paste-${field}`,
    name: `paste-${field}-label`,
    hint: `paste-${field}-hint`,
    error: `paste-${field}-error`,
  };

  // Each refused paste (a new error object) moves focus to the field, so the error is read out with it.
  useEffect(() => {
    if (fieldError) input.current?.focus();
  }, [fieldError]);

  let message = '';
  if (fieldError?.reason === 'duplicate') {
    const present = team[fieldError.duplicateOf ?? 0];
    message = t('compare.error.duplicate', { label: present ? nameOf(present, fieldError.duplicateOf ?? 0) : '' });
  } else if (fieldError) {
    message = t(`compare.error.${fieldError.reason}`, { max: COMPARISON_SIZE.max });
  }
  // Several links pasted at once: which one is meant, and what became of the others.
  if (fieldError?.among) {
    const { position, count, refused } = fieldError.among;
    message = t(refused === 1 ? 'compare.error.oneOf' : 'compare.error.someOf', {
      position,
      count,
      refused,
      problem: message,
    });
  }

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
      <div class={fieldError ? 'form-group form-group--error' : 'form-group'}>
        <label class="label" for={ids.link}>
          {label}
        </label>
        <p class="hint" id={ids.hint}>
          {hint}
        </p>
        {fieldError && (
          <p class="error-message" id={ids.error}>
            <span class="visually-hidden">{t('compare.errorPrefix')} </span>
            {message}
          </p>
        )}
        <input
          class="input"
          id={ids.link}
          ref={input}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={link}
          aria-describedby={fieldError ? `${ids.hint} ${ids.error}` : ids.hint}
          aria-invalid={fieldError ? 'true' : undefined}
          onInput={(event) => setLink(event.currentTarget.value)}
        />
      </div>
      <div class="form-group">
        <label class="label" for={ids.name}>
          {t('compare.labelLabel')}
        </label>
        <p class="hint" id={`${ids.name}-hint`}>
          {t('compare.labelHint', { max: MAX_LABEL_LENGTH })}
        </p>
        <input
          class="input input--label"
          id={ids.name}
          type="text"
          autoComplete="off"
          maxLength={MAX_LABEL_LENGTH}
          value={name}
          aria-describedby={`${ids.name}-hint`}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </div>
      <button type="submit" class="button">
        {t('compare.add')}
      </button>
    </form>
  );
}
