// The parts of the person form: the role, a text field and a set of tick boxes. They only show; PersonForm reads them and src/lib/matching/person-input.ts checks.
import type { CatalogueItem, Person } from '../../lib/matching/types';
import { useMatchingView } from './matching-view';
import { describedBy, Field, Fieldset } from '../island-kit/Field';

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
    <Fieldset
      id={`${prefix}-role`}
      legend={t('matching.roleLegend')}
      legendClass="label"
      error={error}
      errorPrefix={t('form.errorPrefix')}
    >
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
    </Fieldset>
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
  const { t } = useMatchingView();
  return (
    <Field id={id} label={label} labelClass="label" hint={hint} error={error} errorPrefix={t('form.errorPrefix')}>
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
  const { lang, t } = useMatchingView();
  return (
    <Fieldset id={id} legend={legend} legendClass="label" hint={hint} errorPrefix={t('form.errorPrefix')}>
      <div class={slots ? 'choices choices--slots' : 'choices'}>
        {items.map((item) => (
          <label class="choice" key={item.id}>
            <input type="checkbox" name={name} value={item.id} defaultChecked={checked.includes(item.id)} />
            {item[lang]}
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
