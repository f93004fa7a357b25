// The parts of the person form: the role, a text field and a set of tick boxes. They only show; PersonForm reads them and src/lib/matching/person-input.ts checks.
import type { CatalogueItem, Person } from '../../lib/matching/types';
import { useMatchingView } from './matching-view';
import { describedBy, Field } from '../island-kit/Field';

/** Senior or junior. */
export function RoleField({
  prefix,
  value,
  error,
}: {
  prefix: string;
  value?: Person['role'] | undefined;
  error?: string | undefined;
}) {
  const { t } = useMatchingView();
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset class="fieldset" aria-describedby={error ? `${prefix}-role-error` : undefined}>
        <legend class="fieldset__legend label">{t('matching.roleLegend')}</legend>
        {error && (
          <p class="error-message" id={`${prefix}-role-error`}>
            {error}
          </p>
        )}
        <div class="choices choices--inline">
          {(['senior', 'junior'] as const).map((role) => (
            <label class="choice" key={role}>
              <input
                id={`${prefix}-role-${role}`}
                type="radio"
                name="role"
                value={role}
                defaultChecked={value === role}
              />
              {t(role === 'senior' ? 'matching.roleSenior' : 'matching.roleJunior')}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

interface TextFieldProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly value?: string;
}

/** One line of text, with its hint and error. */
export function TextField({ id, name, label, hint, error, value }: TextFieldProps) {
  return (
    <Field id={id} label={label} labelClass="label" hint={hint} error={error}>
      <input
        id={id}
        name={name}
        class="input"
        type="text"
        autoComplete="off"
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
      />
    </Field>
  );
}

interface ChoicesProps {
  readonly id: string;
  readonly name: string;
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly items: readonly CatalogueItem[];
  readonly checked: readonly string[];
  readonly slots?: boolean;
}

/** Tick boxes for listed topics or half-days. */
export function ChoicesField({ id, name, legend, hint, items, checked, slots }: ChoicesProps) {
  const { lang } = useMatchingView();
  return (
    <fieldset class="fieldset field" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend class="fieldset__legend label">{legend}</legend>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div class={slots ? 'choices choices--slots' : 'choices'}>
        {items.map((item) => (
          <label class="choice" key={item.id}>
            <input type="checkbox" name={name} value={item.id} defaultChecked={checked.includes(item.id)} />
            {item[lang]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
