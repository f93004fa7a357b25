// The planner form's problems in the user's words: one message per field and reason.
import { YEARS, type FieldError } from './plan-fields';
import type { PlannerT } from './strings';

/** The message for a refused field, in the user's words. */
export function errorText(t: PlannerT, error: FieldError, unit: 'pair' | 'group'): string {
  const words = { unit: t(`pilot.unit.${unit}`), units: t(`pilot.units.${unit}`), limit: error.limit ?? 0 };
  switch (error.field) {
    case 'format':
      return t(error.problem === 'missing' ? 'planner.error.format.missing' : 'planner.error.format.unknown-format');
    case 'units':
      if (error.problem === 'missing') return t('planner.error.units.missing', words);
      if (error.problem === 'too-few') return t('planner.error.units.too-few', words);
      if (error.problem === 'too-many') return t('planner.error.units.too-many', words);
      return t('planner.error.units.not-a-whole-number', words);
    case 'months':
      return t('planner.error.months');
    case 'rhythm':
      return t('planner.error.rhythm');
    case 'weekday':
      return t('planner.error.weekday');
    case 'time':
      return t('planner.error.time');
    case 'holidays':
      return t('planner.error.holidays');
    case 'christmasWeek':
      return t('planner.error.christmasWeek');
    case 'day':
    case 'month':
    case 'year':
      if (error.problem === 'missing') return t(`planner.error.date.missing.${error.field}`);
      if (error.problem === 'year-out-of-range') return t('planner.error.date.year', YEARS);
      return t('planner.error.date.impossible');
  }
}
