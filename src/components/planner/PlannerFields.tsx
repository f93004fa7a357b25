// The planner form's fields, one component each; what they may hold and what is wrong with them is
// decided in src/lib/planner/plan-fields.ts, and every change goes to the store.
import { errorText } from '../../lib/planner/error-text';
import { HOLIDAY_CHOICES } from '../../lib/planner/plan-fields';
import { monthsText, rhythmText } from '../../lib/planner/rhythm-text';
import { PLANNED_FORMATS, WEEKDAYS, type Rhythm, type Weekday } from '../../lib/planner/types';
import { updateField } from '../../stores/planner';
import { ErrorMessage, Fieldset } from '../island-kit/Field';
import { usePlannerView } from './planner-context';
import { describedBy, Field, SelectControl, useField, useFormat } from './fields';

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The format, as radio buttons. */
export function FormatField() {
  const { t, data } = usePlannerView();
  const { fields, error } = useField('format');
  return (
    <Fieldset
      id="planner-format"
      legend={t('planner.format')}
      legendClass="planner-label"
      error={error && errorText(t, error, 'pair')}
      errorPrefix={t('form.errorPrefix')}
    >
      <div class="radios">
        {PLANNED_FORMATS.map((value) => (
          <div class="radios__item">
            <input
              class="radios__input"
              type="radio"
              name="format"
              id={`planner-format-${value}`}
              value={value}
              checked={fields.format === value}
              onChange={() => updateField('format', value)}
            />
            <label class="radios__label" for={`planner-format-${value}`}>
              {data.formats[value]}
            </label>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

/** The number of pairs or groups. */
export function UnitsField() {
  const { t, data } = usePlannerView();
  const { fields, error } = useField('units');
  const own = data.rhythm.formats[useFormat(fields.format)];
  return (
    <Field
      id="planner-units"
      label={t(`planner.units.${own.unit}`)}
      hint={t('planner.unitsHint', { max: own.maxUnits })}
      error={error}
      unit={own.unit}
    >
      <input
        class="input input--short"
        id="planner-units"
        name="units"
        type="text"
        inputMode="numeric"
        spellcheck={false}
        value={fields.units}
        aria-describedby={describedBy('planner-units', true, error)}
        onInput={(event) => updateField('units', event.currentTarget.value)}
      />
    </Field>
  );
}

/** Length, rhythm and weekday, side by side. */
export function PlanSelects() {
  const { t, data } = usePlannerView();
  const months = useField('months');
  const rhythm = useField('rhythm');
  const weekday = useField('weekday');
  const own = data.rhythm.formats[useFormat(months.fields.format)];
  const selects = [
    {
      name: 'months',
      label: t('planner.months'),
      state: months,
      values: own.lengths.map(String),
      word: (value: string) => monthsText(Number(value), t),
    },
    {
      name: 'rhythm',
      label: t('planner.rhythm'),
      state: rhythm,
      values: own.rhythms,
      word: (value: string) => capital(rhythmText(value as Rhythm, t)),
    },
    {
      name: 'weekday',
      label: t('planner.weekday'),
      state: weekday,
      values: WEEKDAYS,
      word: (value: string) => capital(t(`planner.weekday.${value as Weekday}`)),
    },
  ] as const;
  return (
    <div class="planner-selects">
      {selects.map(({ name, label, state, values, word }) => (
        <Field id={`planner-${name}`} label={label} error={state.error} unit={own.unit}>
          <SelectControl
            id={`planner-${name}`}
            name={name}
            values={values}
            label={word}
            error={state.error}
            current={state.fields[name]}
          />
        </Field>
      ))}
    </div>
  );
}

/** The kickoff date, as day, month and year. */
export function StartField() {
  const { t } = usePlannerView();
  const { fields, error } = useField('day', 'month', 'year');
  return (
    <Fieldset
      id="planner-start"
      legend={t('planner.start')}
      legendClass="planner-label"
      hint={t('planner.startHint')}
      error={error && errorText(t, error, 'pair')}
      errorPrefix={t('form.errorPrefix')}
    >
      <div class="date-input">
        {(['day', 'month', 'year'] as const).map((part) => (
          <div class="date-input__item">
            <label class="date-input__label" for={`planner-${part}`}>
              {t(`planner.${part}`)}
            </label>
            <input
              class={`input date-input__${part}${error?.field === part ? ' input--error' : ''}`}
              id={`planner-${part}`}
              name={part}
              type="text"
              inputMode="numeric"
              spellcheck={false}
              value={fields[part]}
              onInput={(event) => updateField(part, event.currentTarget.value)}
            />
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

/** The time of the meetings, optional. */
export function TimeField() {
  const { t } = usePlannerView();
  const { fields, error } = useField('time');
  return (
    <Field id="planner-time" label={t('planner.time')} hint={t('planner.timeHint')} error={error} unit="pair">
      <input
        class="input input--short"
        id="planner-time"
        name="time"
        type="text"
        spellcheck={false}
        value={fields.time}
        aria-describedby={describedBy('planner-time', true, error)}
        onInput={(event) => updateField('time', event.currentTarget.value)}
      />
    </Field>
  );
}

/** Whose public holidays to keep free, and whether the Christmas week is closed. */
export function HolidayFields() {
  const { t } = usePlannerView();
  const holidays = useField('holidays');
  const christmas = useField('christmasWeek');
  return (
    <>
      <Field
        id="planner-holidays"
        label={t('planner.holidays')}
        hint={t('planner.holidaysHint')}
        error={holidays.error}
        unit="pair"
      >
        <SelectControl
          id="planner-holidays"
          name="holidays"
          values={HOLIDAY_CHOICES}
          label={(value) => t(`planner.holidays.${value as (typeof HOLIDAY_CHOICES)[number]}`)}
          hint={t('planner.holidaysHint')}
          error={holidays.error}
          current={holidays.fields.holidays}
        />
      </Field>
      <div class={`field${christmas.error ? ' field--error' : ''}`}>
        {christmas.error && (
          <ErrorMessage id="planner-christmas-week-error" prefix={t('form.errorPrefix')}>
            {errorText(t, christmas.error, 'pair')}
          </ErrorMessage>
        )}
        <div class="checkboxes__item">
          <input
            class="checkboxes__input"
            type="checkbox"
            id="planner-christmas-week"
            name="christmasWeek"
            value="closed"
            checked={christmas.fields.christmasWeek === 'closed'}
            aria-describedby={describedBy('planner-christmas-week', true, christmas.error)}
            onChange={(event) => updateField('christmasWeek', event.currentTarget.checked ? 'closed' : '')}
          />
          <label class="checkboxes__label" for="planner-christmas-week">
            {t('planner.christmasWeek')}
          </label>
          <p class="hint" id="planner-christmas-week-hint">
            {t('planner.christmasWeekHint')}
          </p>
        </div>
      </div>
    </>
  );
}
