// The pieces every planner field is made of: the island kit's GOV.UK field with the planner's error
// texts, and a select that keeps a value it does not offer (from a tampered link).
import type { ComponentChildren } from 'preact';
import { errorText } from '../../lib/planner/error-text';
import { defaultFields, type FieldError, type PlanField, type PlanFields } from '../../lib/planner/plan-fields';
import { PLANNED_FORMATS, type HolidayChoice, type PlannedFormat } from '../../lib/planner/types';
import type { PilotRhythm } from '../../schemas/pilot-rhythm';
import { $errors, $fields, updateField } from '../../stores/planner';
import { useStore } from '../island-kit/use-store';
import { describedBy as describedByIds, Field as KitField } from '../island-kit/Field';
import { usePlannerView } from './planner-context';

/** The fields on show, and the first problem of any of the given fields. */
export function useField(...names: PlanField[]): { fields: PlanFields; error: FieldError | undefined } {
  const { data } = usePlannerView();
  const errors = useStore($errors);
  const fields = useStore($fields) ?? initialFields(data.rhythm, data.defaultHolidays);
  return { fields, error: errors.find((error) => names.includes(error.field)) };
}

/** The fields the server renders, and the island's first render repeats. */
const initialFields = (rhythm: PilotRhythm, holidays: HolidayChoice): PlanFields =>
  defaultFields('reverse-pairs', rhythm, 3, holidays);

/** The format on show, or the default one when the field holds something else (from a tampered link). */
export function useFormat(format: string): PlannedFormat {
  return (PLANNED_FORMATS as readonly string[]).includes(format) ? (format as PlannedFormat) : 'reverse-pairs';
}

interface PlannerFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: FieldError | undefined;
  unit: 'pair' | 'group';
  children: ComponentChildren;
}

/** A planner field: the kit's field with the planner's error texts. */
export function Field({ id, label, hint, error, unit, children }: PlannerFieldProps) {
  const { t } = usePlannerView();
  return (
    <KitField
      id={id}
      label={label}
      labelClass="planner-label"
      hint={hint}
      error={error && errorText(t, error, unit)}
      errorPrefix={t('form.errorPrefix')}
    >
      {children}
    </KitField>
  );
}

/** The ids that describe a planner field's control: its hint and its error, when shown. */
export const describedBy = (id: string, hint: boolean, error: FieldError | undefined): string | undefined =>
  describedByIds(id, hint, Boolean(error));

interface SelectProps {
  id: string;
  name: keyof PlanFields;
  values: readonly string[];
  label: (value: string) => string;
  hint?: string;
  error?: FieldError | undefined;
  current: string;
}

/** A select over a field; a value it does not offer (from a tampered link) is kept, so the user sees what was there. */
export function SelectControl({ id, name, values, label, hint, error, current }: SelectProps) {
  return (
    <select
      class="select"
      id={id}
      name={name}
      aria-describedby={describedBy(id, Boolean(hint), error)}
      onChange={(event) => updateField(name, event.currentTarget.value)}
      value={current}
    >
      {[
        ...(values.includes(current) ? [] : [<option value={current}>{current}</option>]),
        ...values.map((value) => (
          <option value={value} selected={value === current}>
            {label(value)}
          </option>
        )),
      ]}
    </select>
  );
}
